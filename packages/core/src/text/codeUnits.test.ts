import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitsOf } from './codeUnits';

/** The code units as `charCodeAt` reads them, one by one. */
function expected(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

describe('codeUnitsOf', () => {
  it('gives the code units of a short text', () => {
    expect([...codeUnitsOf('Jum’at')]).toEqual([74, 117, 109, 0x2019, 97, 116]);
    expect(codeUnitsOf('').length).toBe(0);
  });

  it('gives the code units of a long text (copied natively), accents and lone surrogates included', () => {
    const text = `${'Kapolres Lebong AKBP Éka “Jum’at” '.repeat(60)}\uD800x\uDC00`;
    expect(text.length).toBeGreaterThan(1_024);
    expect([...codeUnitsOf(text)]).toEqual(expected(text));
  });

  it('gives the code units of a text made by joining and slicing others', () => {
    const base = 'Polsek Kedurang – Polres BS, Polda Bengkulu. '.repeat(40);
    for (const text of [`${base} `, base.slice(3, 1_500), `${base.slice(7)}é`]) {
      expect([...codeUnitsOf(text)]).toEqual(expected(text));
    }
  });

  it('agrees with charCodeAt on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.nat(1_200), (text, pad) => {
        const long = 'x'.repeat(pad) + text;
        expect([...codeUnitsOf(long)]).toEqual(expected(long));
      }),
    );
  });
});
