// Private: the one "longest form starting at this word" lookup behind ranks, titles, positions
// and acting prefixes. A form's key is its words' letter keys joined, so "Kombes, Pol." and
// "KOMBESPOL" meet at the same key; words must be separated only by spaces, dots or commas.
import { isSoftGapBetween, type WordList } from './wordSpans';

/** A form found in running text: its value and the words it spans (`start` inclusive, `end` exclusive). */
export interface KeyMatch<T> {
  value: T;
  start: number;
  end: number;
}

/** Bounds that keep each call constant work. */
export interface LongestKeyOptions {
  /** Most words a form can span. */
  maxWords?: number;
  /** Longest key in the index: a longer run of words cannot match. */
  maxKeyLength?: number;
  /** Every prefix of every key: a run whose key is not one cannot grow into a match. */
  prefixes?: ReadonlySet<string>;
}

export function longestKeyAt<T>(
  text: string,
  spans: WordList,
  start: number,
  index: ReadonlyMap<string, T>,
  { maxWords = Number.POSITIVE_INFINITY, maxKeyLength = Number.POSITIVE_INFINITY, prefixes }: LongestKeyOptions,
): KeyMatch<T> | undefined {
  let key = '';
  let best: KeyMatch<T> | undefined;
  for (let i = start; i < spans.length && i < start + maxWords; i++) {
    const span = spans.get(i)!;
    if (i > start && !isSoftGapBetween(text, spans.get(i - 1)!, span)) break;
    key += span.key;
    if (key.length > maxKeyLength || (prefixes !== undefined && !prefixes.has(key))) break;
    const value = index.get(key);
    if (value !== undefined) best = { value, start, end: i + 1 };
  }
  return best;
}
