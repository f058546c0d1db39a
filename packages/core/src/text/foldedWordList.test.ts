import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldedWordList } from './foldedWordList';
import { wordHash as foldedWordHash } from './wordHash';

describe('FoldedWordList', () => {
  it('reads words by index with their offsets, making each string on demand', () => {
    const words = new FoldedWordList("Doa Bersama Jum'at, café");
    expect(words.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => words.get(i))).toEqual(['doa', 'bersama', 'jumat', 'cafe']);
    expect([words.startAt(2), words.endAt(2)]).toEqual([12, 18]);
    expect(words.get(4)).toBeUndefined();
    expect(words.get(-1)).toBeUndefined();
  });

  it('gives each word the hash of its fold, so a matcher can pass over a word without making it', () => {
    const words = new FoldedWordList('PEMILU Damai — pemilu');
    expect(words.hashAt(0)).toBe(foldedWordHash('pemilu'));
    expect(words.hashAt(2)).toBe(words.hashAt(0));
    expect(words.hashAt(1)).toBe(foldedWordHash('damai'));
    expect(words.hashAt(1)).not.toBe(foldedWordHash('Damai'));
  });

  it('compares a word with a folded string where it is written', () => {
    const words = new FoldedWordList("Doa BERSAMA Jum'at bersama");
    expect(words.isWordAt(0, 'doa')).toBe(true);
    expect(words.isWordAt(1, 'bersama')).toBe(true);
    expect(words.isWordAt(1, 'bersam')).toBe(false);
    expect(words.isWordAt(1, 'bersamb')).toBe(false);
    expect(words.isWordAt(2, 'jumat')).toBe(true);
    expect(words.isWordAt(2, "jum'at")).toBe(false);
    expect(words.isWordAt(3, 'bersama')).toBe(true);
  });

  it('hashes every word as its folded string hashes, whatever the characters', () => {
    const piece = fc.oneof(
      fc.constantFrom('Polres', 'ASN', "Jum'at", 'Jum’at', 'café', 'e\u0301', 'ﬁ', '𝐀', '\ud800', ' ', '-', '“', '\n'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const words = new FoldedWordList(pieces.join(''));
        for (let i = 0; i < words.length; i++) {
          expect(words.hashAt(i)).toBe(foldedWordHash(words.get(i)!));
          expect(words.isWordAt(i, words.get(i)!)).toBe(true);
          expect(words.startAt(i)).toBeLessThan(words.endAt(i));
        }
      }),
      { numRuns: 500 },
    );
  });
});
