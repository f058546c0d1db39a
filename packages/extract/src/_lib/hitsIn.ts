import type { ArticleText } from './ArticleText';
import { findPhrases, longestFirst, type PhraseHit } from './findPhrases';
import { isWordCharAt } from './foldCase';

// Every decision asks about the same word lists in many small windows. The article's words are
// indexed once (word → where it occurs); each list is compiled once (phrases by their first word)
// and looked up in that index once per article; windows are cut from those hits by binary search.
// So a list costs one map lookup per distinct first word of the list (or of the article, if fewer).

interface Compiled {
  /** Phrases by their first word, longest first. */
  readonly byFirst: Map<string, string[]>;
  /** Phrases that do not start with a word character, matched the slow way. */
  readonly other: string[];
}

const COMPILED = new WeakMap<readonly string[], Compiled>();
const WORDS = new WeakMap<ArticleText, Map<string, number[]>>();
const HITS = new WeakMap<ArticleText, Map<readonly string[], PhraseHit[]>>();

function compile(list: readonly string[]): Compiled {
  let compiled = COMPILED.get(list);
  if (compiled !== undefined) return compiled;
  const byFirst = new Map<string, string[]>();
  const other: string[] = [];
  for (const phrase of list) {
    if (phrase.length === 0) continue;
    if (!isWordCharAt(phrase, 0)) {
      other.push(phrase);
      continue;
    }
    let end = 0;
    while (end < phrase.length && isWordCharAt(phrase, end)) end++;
    const first = phrase.slice(0, end);
    const phrases = byFirst.get(first) ?? [];
    phrases.push(phrase);
    byFirst.set(first, phrases);
  }
  for (const phrases of byFirst.values()) phrases.sort((a, b) => b.length - a.length);
  compiled = { byFirst, other };
  COMPILED.set(list, compiled);
  return compiled;
}

/** The article's words: where each word key occurs (its starts, in text order). */
function wordsOf(article: ArticleText): Map<string, number[]> {
  let words = WORDS.get(article);
  if (words !== undefined) return words;
  const { folded } = article;
  words = new Map();
  let i = 0;
  while (i < folded.length) {
    if (!isWordCharAt(folded, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isWordCharAt(folded, i)) i++;
    const key = folded.slice(start, i);
    const starts = words.get(key);
    if (starts === undefined) words.set(key, [start]);
    else starts.push(start);
  }
  WORDS.set(article, words);
  return words;
}

function allHits<T extends string>(article: ArticleText, list: readonly T[]): PhraseHit<T>[] {
  const { folded } = article;
  const { byFirst, other } = compile(list);
  const words = wordsOf(article);
  const hits: PhraseHit<T>[] = [];
  // Walk the list's first words, or the article's words, whichever is fewer: either way each
  // pair of (first word, occurrence) is looked at once.
  const fromList = byFirst.size <= words.size;
  for (const [key, phrases] of fromList ? byFirst : words) {
    const list = fromList ? phrases : byFirst.get(key);
    const starts = fromList ? words.get(key) : phrases;
    if (list === undefined || starts === undefined) continue;
    for (const start of starts as number[]) {
      for (const phrase of list as string[]) {
        if (!folded.startsWith(phrase, start)) continue;
        const end = start + phrase.length;
        if (isWordCharAt(phrase, phrase.length - 1) && isWordCharAt(folded, end)) continue;
        hits.push({ phrase: phrase as T, start, end });
        break;
      }
    }
  }
  if (other.length > 0) hits.push(...findPhrases(folded, other as T[]));
  return longestFirst(hits);
}

/**
 * The hits of a word list (a module constant: its identity is the cache key) in the article,
 * between `from` and `to`, in text order: whole-word matches, the longest where two start together,
 * none overlapping — as {@link findPhrases} finds them in the whole text. The list is matched once
 * per article.
 *
 * @param article - The article.
 * @param list - Lower-case phrases.
 * @param from - First offset.
 * @param to - Offset the hits must end at or before.
 * @returns The hits.
 * @example
 * ```ts
 * hitsIn(readArticleText('Polres Lebong menggelar apel.'), ['menggelar']).map((hit) => hit.start)
 * //=> [14]
 * ```
 * @internal
 */
export function hitsIn<T extends string>(
  article: ArticleText,
  list: readonly T[],
  from = 0,
  to = article.folded.length,
): PhraseHit<T>[] {
  let lists = HITS.get(article);
  if (lists === undefined) {
    lists = new Map();
    HITS.set(article, lists);
  }
  let all = lists.get(list) as PhraseHit<T>[] | undefined;
  if (all === undefined) {
    all = allHits(article, list);
    lists.set(list, all);
  }
  if (from <= 0 && to >= article.folded.length) return all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PhraseHit<T>[] = [];
  for (let i = lo; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(all[i]!);
  return out;
}
