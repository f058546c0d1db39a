// Private text helpers for the phrase parsers (vocabularies, operation names). Linear-time scans,
// no backtracking regular expressions.

import { foldedWords } from './foldedWords';

/**
 * Folds text for matching: strips diacritics, lower-cases, drops apostrophes inside words
 * ("Jum'at" → "jumat") and turns every other non-alphanumeric run into one space.
 */
export function foldText(text: string): string {
  return wordTokens(text).join(' ');
}

/** The folded words of a text ({@link foldedWords} without offsets); empty for blank text. */
export function wordTokens(text: string): string[] {
  return foldedWords(text).words;
}

/** A phrase to look for, as folded words, and what it stands for. */
export interface Phrase<T> {
  words: readonly string[];
  value: T;
}

/** Index of phrases by their first word, longest first, for {@link findPhrase}. */
export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

/** Builds a {@link PhraseIndex} from raw phrases (folded here); blank phrases are skipped. */
export function indexPhrases<T>(entries: Iterable<readonly [phrase: string, value: T]>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const [phrase, value] of entries) {
    const words = wordTokens(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push({ words, value });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * Finds the earliest phrase in `words` at or after `from` (the longest one where several start at
 * the same word). Cost is linear in `words` times the (small, fixed) number of phrases sharing a
 * first word.
 */
export function findPhrase<T>(
  words: readonly string[],
  index: PhraseIndex<T>,
  from = 0,
): { value: T; start: number; end: number } | undefined {
  const wordAt = (k: number) => words[k];
  for (let i = from; i < words.length; i++) {
    const candidates = index.get(words[i]!);
    if (candidates === undefined) continue;
    const phrase = phraseAt(wordAt, i, candidates);
    if (phrase !== undefined) return { value: phrase.value, start: i, end: i + phrase.words.length };
  }
  return undefined;
}

/**
 * The first (longest) of `candidates` — phrases sharing the first word, the word at `at` — whose
 * other words follow it: the one comparison behind {@link findPhrase} and the vocabulary finder.
 * `wordAt` reads a word by index and gives `undefined` past the last, which matches no word.
 */
export function phraseAt<T>(
  wordAt: (index: number) => string | undefined,
  at: number,
  candidates: readonly Phrase<T>[],
): Phrase<T> | undefined {
  for (const phrase of candidates) {
    let matches = true;
    for (let j = 1; j < phrase.words.length && matches; j++) matches = wordAt(at + j) === phrase.words[j];
    if (matches) return phrase;
  }
  return undefined;
}
