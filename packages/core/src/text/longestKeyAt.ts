// Private: the one key index of the text layer and its "longest form starting at this word"
// lookup, behind ranks, titles, positions, position heads and functions, and acting prefixes. A
// form's key is its words' keys joined, so "Kombes, Pol." and "KOMBESPOL" meet at the same key;
// words must be separated only by spaces, dots or commas.
import { wordHashTable } from './wordHash';
import { isSoftGap, letterKey, type WordList } from './wordSpans';

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

/** Forms by key, with the bounds {@link longestKeyAt} needs: built once by {@link buildKeyIndex}. */
export interface KeyIndex<T> extends LongestKeyOptions {
  byKey: ReadonlyMap<string, T>;
  prefixes: ReadonlySet<string>;
  maxKeyLength: number;
  /** {@link wordHashTable} of `prefixes`: a word whose key's hash is not in it starts no form. */
  prefixHashes: Uint8Array;
  /** Each prefix → its value when it is a key, else {@link MORE}: one lookup a word, not two. */
  steps: ReadonlyMap<string, T | typeof MORE>;
}

/** The step of a prefix that is no key: a longer run of words may still be one. */
const MORE: unique symbol = Symbol('more');

function indexOf<T>(
  byKey: ReadonlyMap<string, T>,
  prefixes: ReadonlySet<string>,
  maxKeyLength: number,
  maxWords?: number,
): KeyIndex<T> {
  const steps = new Map<string, T | typeof MORE>();
  for (const prefix of prefixes) {
    const value = byKey.get(prefix);
    steps.set(prefix, value === undefined ? MORE : value);
  }
  const index: KeyIndex<T> = { byKey, prefixes, maxKeyLength, prefixHashes: wordHashTable(prefixes), steps };
  if (maxWords !== undefined) index.maxWords = maxWords;
  return index;
}

/** A {@link KeyIndex} of keys already made (`'kombespol'`), bounded only by its prefixes. */
export function keyIndexOf<T>(byKey: ReadonlyMap<string, T>, prefixes: ReadonlySet<string>): KeyIndex<T> {
  let maxKeyLength = 0;
  for (const key of byKey.keys()) if (key.length > maxKeyLength) maxKeyLength = key.length;
  return indexOf(byKey, prefixes, maxKeyLength);
}

/**
 * Builds a {@link KeyIndex} from written forms (`'Kasat Binmas'`, `'S.I.K'`): each form's key is
 * {@link letterKey}; the first value given for a key wins. Blank forms are skipped.
 */
export function buildKeyIndex<T>(entries: Iterable<readonly [form: string, value: T]>, maxWords = 8): KeyIndex<T> {
  const byKey = new Map<string, T>();
  const prefixes = new Set<string>();
  let maxKeyLength = 0;
  for (const [form, value] of entries) {
    const key = letterKey(form);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, value);
    for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
    if (key.length > maxKeyLength) maxKeyLength = key.length;
  }
  return indexOf(byKey, prefixes, maxKeyLength, maxWords);
}

/**
 * Whether word `start` may start a form of `index`: `false` when its key's hash is no prefix's
 * (told without making its span; most words start no form).
 */
export function mayStartKeyAt<T>(spans: WordList, start: number, index: KeyIndex<T>): boolean {
  const hash = spans.keyHashAt(start);
  return hash === -1 || index.prefixHashes[hash] !== 0;
}

/**
 * The longest form of `index` starting at word `start` and ending before word `limit` (constant
 * work: bounded by the index).
 */
export function longestKeyAt<T>(
  _text: string,
  spans: WordList,
  start: number,
  index: KeyIndex<T>,
  limit = spans.length,
): KeyMatch<T> | undefined {
  if (!mayStartKeyAt(spans, start, index)) return undefined;
  const { steps } = index;
  const maxWords = index.maxWords ?? Number.POSITIVE_INFINITY;
  let key = '';
  let best: KeyMatch<T> | undefined;
  for (let i = start; i < limit && i < start + maxWords; i++) {
    if (i > start && !isSoftGap(spans.gapBefore(i))) break;
    key += spans.get(i)!.key;
    // No prefix (and so no key, nor a key longer than maxKeyLength) ends here: no longer run matches.
    const step = steps.get(key);
    if (step === undefined) break;
    if (step !== MORE) best = { value: step, start, end: i + 1 };
  }
  return best;
}
