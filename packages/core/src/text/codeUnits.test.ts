import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitsOf, sharedCodeUnitsOf } from './codeUnits';

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

  it("keeps each short text's units when many more are read after it", () => {
    const texts = Array.from({ length: 3_000 }, (_, i) => `Kapolsek ${i} Ipda Suharno`);
    const kept = texts.map((text) => codeUnitsOf(text));
    for (const [i, text] of texts.entries()) expect([...kept[i]!]).toEqual(expected(text));
  });

  it('shares one copy among the readers of the same long text', () => {
    const text = 'Polres Lebong menggelar apel. '.repeat(50);
    const units = sharedCodeUnitsOf(text);
    expect(sharedCodeUnitsOf(text)).toBe(units);
    expect([...units]).toEqual(expected(text));
    const other = `${text}!`;
    expect([...sharedCodeUnitsOf(other)]).toEqual(expected(other));
    expect([...sharedCodeUnitsOf('AKBP Imam')]).toEqual(expected('AKBP Imam'));
  });
});
