import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayStartHeadIn } from './unitHeads';
import { joinKeys, UnitTokens } from './unitTokens';

const tokensOf = (text: string) => {
  const tokens = new UnitTokens(text);
  return Array.from({ length: tokens.length }, (_, i) => tokens.get(i)!);
};

describe('UnitTokens', () => {
  it('splits a hyphenated place name and marks case and punctuation', () => {
    const tokens = tokensOf('Polres Tapanuli Utara-Sumatera Utara (Sumut), jajaran Polda');
    expect(tokens.map((t) => t.raw)).toEqual([
      'Polres',
      'Tapanuli',
      'Utara',
      'Sumatera',
      'Utara',
      'Sumut',
      'jajaran',
      'Polda',
    ]);
    expect(tokens.map((t) => t.upper)).toEqual([true, true, true, true, true, true, false, true]);
    expect(tokens.map((t) => t.lower)).toEqual([false, false, false, false, false, false, true, false]);
    expect(tokens[5]!.open).toBe(true);
    expect(tokens[6]!.comma).toBe(true);
  });

  it('splits every hyphenated word, wherever the hyphens stand in the text', () => {
    expect(tokensOf('Soekarno-Hatta dan Tanjung-Priok-Baru di Kab. Bogor -').map((t) => t.raw)).toEqual([
      'Soekarno',
      'Hatta',
      'dan',
      'Tanjung',
      'Priok',
      'Baru',
      'di',
      'Kab',
      'Bogor',
    ]);
    const word = fc.stringMatching(/^[A-Za-z]{1,4}(-[A-Za-z]{1,4}){0,2}$/);
    const gap = fc.constantFrom(' ', ' - ', '. ', ', ', '-', ' (', ') ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const expected = (text.match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? []).flatMap((w) => w.split('-'));
        expect(tokensOf(text).map((t) => t.raw)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a dot after a dotted abbreviation as part of the name, after a longer word as a stop', () => {
    const tokens = tokensOf('Kab. Bogor, Kabupaten. Bogor');
    expect(tokens[1]!.stop).toBe(false);
    expect(tokens[3]!.stop).toBe(true);
  });

  it('says a word is in lower case exactly when it has no capital and some cased letter', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9ÉéÀàßİı]{1,8}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        for (const token of tokensOf(words.join(' '))) {
          expect(token.lower).toBe(token.raw === token.raw.toLowerCase() && token.raw !== token.raw.toUpperCase());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stops its head scan at the words the filter accepts, in order', () => {
    const tokens = new UnitTokens('di Polres Lebong dan Polda Bengkulu', (units, start) => units[start] === 0x50); // 'P'
    expect([tokens.nextHeadFrom(0), tokens.nextHeadFrom(2), tokens.nextHeadFrom(5)]).toEqual([1, 4, 6]);
    expect(new UnitTokens('Polres Lebong').nextHeadFrom(1)).toBe(1);
  });

  it('answers a head scan in any order, going back as well as forward', () => {
    const text = 'Pa x Pb y z Pc Pd w Pe';
    const starts = [0, 2, 5, 6, 8];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 20 }), (froms) => {
        const tokens = new UnitTokens(text, (units, start) => units[start] === 0x50); // 'P'
        for (const from of froms) expect(tokens.nextHeadFrom(from)).toBe(starts.find((i) => i >= from) ?? 9);
      }),
      { numRuns: 300 },
    );
  });

  it('passes over no word that starts a unit head', () => {
    // Words that start a head alone or with the next word (polri.md: Polres, Mapolsek, Mako, Markas
    // Komando, Polri, Sat Reskrim, Ditbinmas, Poldasu, PMJ, Kepolisian Resor, Binmas, Samapta).
    const heads = ['Polres', 'Mapolsek', 'Mako', 'Markas', 'Polri', 'Sat', 'Ditbinmas', 'Poldasu', 'PMJ'];
    const others = ['Kepolisian', 'Binmas', 'Samapta', 'di', 'saat', 'sama', 'Lebong', 'Sumsel', 'Jaya', 'Kota'];
    const word = fc.constantFrom(...heads, ...others, 'POLRES', 'polsek');
    const gap = fc.constantFrom(' ', ', ', '. ', ' (', ') ', '-');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 10 }), (parts) => {
        const tokens = new UnitTokens(parts.map(([w, g]) => w + g).join(''), mayStartHeadIn);
        const visited = new Set<number>();
        for (let at = tokens.nextHeadFrom(0); at < tokens.length; at = tokens.nextHeadFrom(at + 1)) visited.add(at);
        for (let at = 0; at < tokens.length; at++) {
          const raw = tokens.get(at)!.raw;
          if ([...heads, 'Kepolisian', 'Binmas', 'Samapta', 'POLRES', 'polsek'].includes(raw)) {
            expect(visited.has(at)).toBe(true);
          }
          // Place names start no head: the filter passes over them.
          if (['Lebong', 'Sumsel'].includes(raw)) expect(visited.has(at)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tells the letter a word's key adds to a joined key, or 0, without making the token", () => {
    const digitOf = (ch: string) => (ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 96 : ch.charCodeAt(0) - 21);
    // "di" + "Polres" → "dipolres": the word adds "p"; "Pol" + "lres" → "polres": the doubled "l" counts once.
    const tokens = new UnitTokens("di Polres lres L'ima é ...");
    expect(tokens.keyDigitAfter(1, 'i'.charCodeAt(0))).toBe(digitOf('p'));
    expect(tokens.keyDigitAfter(2, 'l'.charCodeAt(0))).toBe(digitOf('r'));
    expect(tokens.keyDigitAfter(3, 'l'.charCodeAt(0))).toBe(digitOf('i'));
    // A letter past ASCII: unknown.
    expect(tokens.keyDigitAfter(4, 'a'.charCodeAt(0))).toBe(0);
    const word = fc.stringMatching(/^[A-Za-z0-9'’éÉ-]{1,8}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,4}$/), word, (key, written) => {
        const tokens = new UnitTokens(`x ${written}`);
        for (let index = 1; index < tokens.length; index++) {
          const digit = tokens.keyDigitAfter(index, key.charCodeAt(key.length - 1));
          const joined = joinKeys(key, tokens.get(index)!.key);
          if (digit !== 0) expect(digitOf(joined.charAt(key.length))).toBe(digit);
          // 0 only for a letter past ASCII or a word that adds nothing.
          else if (!/[’éÉ]/.test(written)) expect(joined.length).toBe(key.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
