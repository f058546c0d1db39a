// Private: a table of the first two letters a set of keys starts with, read with
// WordList.firstPairAt, so a matcher can tell that a word starts none of its keys without making
// the word's span (most words of an article start no rank, no position, no unit part).
import type { WordList } from './wordSpans';

/** Pair numbers of WordList.firstPairAt: `c0 * 128 + c1` for two ASCII codes. */
const PAIRS = 128 * 128;

/**
 * A flag at the pair number of each key's first two characters. A one-character key flags every
 * pair it starts (a longer word may still begin with it); a key whose first two characters are not
 * ASCII flags nothing, as firstPairAt gives -1 for such words and the caller then looks.
 */
export function firstPairTable(keys: Iterable<string>): Uint8Array {
  const table = new Uint8Array(PAIRS);
  for (const key of keys) {
    if (key.length === 0) continue;
    const a = key.charCodeAt(0);
    if (a >= 128) continue;
    if (key.length === 1) table.fill(1, a * 128, a * 128 + 128);
    else if (key.charCodeAt(1) < 128) table[a * 128 + key.charCodeAt(1)] = 1;
  }
  return table;
}

/** Whether word `index` cannot start any key of `table`'s keys, told from its first two letters. */
export function startsNoKeyAt(spans: WordList, index: number, table: Uint8Array): boolean {
  const pair = spans.firstPairAt(index);
  return pair !== -1 && table[pair] === 0;
}

/**
 * The first word from `from` on that may start a key of `table` (see {@link startsNoKeyAt}), or
 * `spans.length` when none does: a scan passes over the words that start none in one loop.
 */
export function nextKeyStartFrom(spans: WordList, from: number, table: Uint8Array): number {
  const { length } = spans;
  let i = from;
  while (i < length && startsNoKeyAt(spans, i, table)) i++;
  return i;
}
