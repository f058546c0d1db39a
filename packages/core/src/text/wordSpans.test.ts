import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordHash } from './wordHash';
import { collapseRepeats, GAP, isSoftGap, letterKey, WordList, type WordSpan, wordKey, wordSpans } from './wordSpans';

const all = (text: string): WordSpan[] => {
  const words = wordSpans(text);
  return Array.from({ length: words.length }, (_, i) => words.get(i)!);
};

describe('wordSpans', () => {
  it('gives offsets, the word as written, a folded key and the capital flag', () => {
    expect(all("Jum'at, AKBP Imam-S.H. éclair")).toEqual([
      { start: 0, end: 6, raw: "Jum'at", key: 'jumat', capitalized: true },
      { start: 8, end: 12, raw: 'AKBP', key: 'akbp', capitalized: true },
      { start: 13, end: 19, raw: 'Imam-S', key: 'imams', capitalized: true },
      { start: 20, end: 21, raw: 'H', key: 'h', capitalized: true },
      { start: 23, end: 29, raw: 'éclair', key: 'eclair', capitalized: false },
    ]);
  });

  it('does not join on a leading or trailing apostrophe or hyphen', () => {
    expect(all("-Polres' x").map((w) => w.raw)).toEqual(['Polres', 'x']);
  });

  it('gives undefined outside the list', () => {
    const words = wordSpans('satu dua');
    expect(words.length).toBe(2);
    expect(words.get(-1)).toBeUndefined();
    expect(words.get(2)).toBeUndefined();
    expect(wordSpans('').length).toBe(0);
  });

  it('gives equal spans however the words are visited (more words than its ring of recent spans)', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Kata${i}`).join(' ');
    const words = wordSpans(text);
    expect(words.length).toBe(5000);
    const forward = Array.from({ length: 5000 }, (_, i) => words.get(i));
    for (const i of [4999, 0, 130, 2, 4000, 2, 129, 1]) expect(words.get(i)).toEqual(forward[i]);
    // Kata0…Kata9 take 6 characters with their space, Kata10… 7, Kata100… 8, Kata1000… 9.
    expect(forward[1234]).toEqual({ start: 9996, end: 10004, raw: 'Kata1234', key: 'kata1234', capitalized: true });
  });

  it('letterKey joins the keys of a phrase', () => {
    expect(letterKey('Jend. Pol.')).toBe('jendpol');
  });

  it('keeps every apostrophe inside a word, the acute accent included ("Jum´at" is one word)', () => {
    for (const written of ["Jum'at", 'Jum´at', 'Jum’at', 'Jum`at']) {
      expect(all(`${written} (24/11/2023)`)[0]).toMatchObject({ raw: written, key: 'jumat' });
    }
    expect(wordKey('Jum´at', 0, 6)).toBe('jumat');
    // Decomposed (NFKD), the acute accent is a space and a combining mark: still one word.
    const decomposed = 'Jum´at (24/11/2023)'.normalize('NFKD');
    expect(all(decomposed)[0]).toMatchObject({ raw: 'Jum\u0020\u0301at', key: 'jumat' });
    // Accents fold: precomposed and decomposed letters have one key.
    expect(letterKey('Éclair')).toBe('eclair');
    expect(letterKey('E\u0301clair')).toBe('eclair');
  });

  it('classifies the gap before each word', () => {
    const text = 'Kapolres Banyuasin, AKBP Ferly. Kegiatan (Jumat) "aman"; selesai!\n\nBaru S.H.\nlagi';
    const words = wordSpans(text);
    const gaps = Array.from({ length: words.length }, (_, i) => words.gapBefore(i));
    expect(gaps).toEqual([
      GAP.START,
      GAP.SPACE,
      GAP.COMMA | GAP.SPACE,
      GAP.SPACE,
      GAP.DOT | GAP.SPACE | GAP.DOT_SPACE,
      GAP.SPACE | GAP.OPEN_BRACKET,
      GAP.CLOSE_BRACKET | GAP.SPACE | GAP.QUOTE,
      GAP.QUOTE | GAP.CLAUSE | GAP.SPACE,
      GAP.SENTENCE | GAP.SPACE | GAP.PARAGRAPH,
      GAP.SPACE,
      GAP.DOT,
      GAP.DOT | GAP.SPACE | GAP.DOT_SPACE,
    ]);
    expect(words.gapBefore(-1)).toBe(0);
    expect(words.gapBefore(words.length)).toBe(0);
    expect(isSoftGap(gaps[2]!)).toBe(true);
    expect(isSoftGap(gaps[4]!)).toBe(true);
    expect(isSoftGap(gaps[5]!)).toBe(false);
    expect(isSoftGap(gaps[8]!)).toBe(false);
    expect(isSoftGap(wordSpans(`a${' '.repeat(9)}b`).gapBefore(1))).toBe(false);
  });

  it('collapses doubled letters for typos of unit words', () => {
    expect(collapseRepeats('pollres')).toBe('polres');
    expect(collapseRepeats('poolres')).toBe('polres');
    expect(collapseRepeats('polres')).toBe('polres');
  });
});

describe('WordList.keyHashAt', () => {
  it("gives a plain word's key hash without making its span, and -1 for a word with a joiner or an accent", () => {
    const words = new WordList("Kapolres AKBP Jum'at Éclair 2024");
    expect(words.keyHashAt(0)).toBe(wordHash('kapolres'));
    expect(words.keyHashAt(1)).toBe(wordHash('akbp'));
    expect(words.keyHashAt(2)).toBe(-1);
    expect(words.keyHashAt(3)).toBe(-1);
    expect(words.keyHashAt(4)).toBe(wordHash('2024'));
    expect(words.keyHashAt(5)).toBe(-1);
  });

  it('is the hash of the key the span gets, whenever it is known', () => {
    const piece = fc.constantFrom(
      'Polres',
      'AKBP',
      'kota',
      "Jum'at",
      'Imam-S',
      'É',
      'e\u0301',
      ' \u0301',
      ' ',
      ', ',
      '.',
      '(',
      '2024',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const words = new WordList(pieces.join(''));
        for (let i = 0; i < words.length; i++) {
          const hash = words.keyHashAt(i);
          if (hash !== -1) expect(hash).toBe(wordHash(words.get(i)!.key));
        }
      }),
      { numRuns: 500 },
    );
  });
});
