import { describe, expect, it } from 'vitest';
import { letterKey, type WordSpan, wordSpans } from './wordSpans';

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
      { start: 23, end: 29, raw: 'éclair', key: 'éclair', capitalized: false },
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
});
