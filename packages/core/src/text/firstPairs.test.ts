import { describe, expect, it } from 'vitest';
import { firstPairTable, nextKeyStartFrom, startsNoKeyAt } from './firstPairs';
import { wordSpans } from './wordSpans';

describe('firstPairTable / startsNoKeyAt', () => {
  const table = firstPairTable(['kapolres', 'kasat', 'x']);
  // Words: Kapolres(0) AKBP(1) Kasatreskrim(2) xyz(3) K(4) Élan(5)
  const words = wordSpans('Kapolres AKBP Kasatreskrim xyz K Élan');

  it('tells a word whose first two letters start no key', () => {
    expect(startsNoKeyAt(words, 1, table)).toBe(true);
  });

  it('lets through a word whose first two letters start a key, whatever its case', () => {
    expect(startsNoKeyAt(words, 0, table)).toBe(false);
    expect(startsNoKeyAt(words, 2, table)).toBe(false);
  });

  it('lets through every word starting with a one-letter key', () => {
    expect(startsNoKeyAt(words, 3, table)).toBe(false);
  });

  it('lets through what it cannot tell from two ASCII letters: a one-letter word, an accent, no word', () => {
    expect(startsNoKeyAt(words, 4, table)).toBe(false);
    expect(startsNoKeyAt(words, 5, table)).toBe(false);
    expect(startsNoKeyAt(words, 6, table)).toBe(false);
    expect(startsNoKeyAt(words, -1, table)).toBe(false);
  });

  it('finds the next word that may start a key, or the end of the list', () => {
    // "kasatreskrim" (2) starts as "kasat" does; "AKBP" (1) starts no key.
    expect(nextKeyStartFrom(words, 1, table)).toBe(2);
    expect(nextKeyStartFrom(words, 0, table)).toBe(0);
    const none = wordSpans('AKBP Imam Tarmudi');
    expect(nextKeyStartFrom(none, 0, table)).toBe(none.length);
  });
});
