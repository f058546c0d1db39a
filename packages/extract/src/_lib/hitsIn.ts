import type { ArticleText } from './ArticleText';
import { findPhrases, type PhraseHit } from './findPhrases';

// Every decision asks about the same word lists in many small windows; each list is searched once
// per article and the windows are cut from its hits by binary search.
const CACHE = new WeakMap<ArticleText, Map<readonly string[], PhraseHit[]>>();

/**
 * The hits of a word list (a module constant: its identity is the cache key) in the article,
 * between `from` and `to`, in text order. The list is searched once per article.
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
  let lists = CACHE.get(article);
  if (lists === undefined) {
    lists = new Map();
    CACHE.set(article, lists);
  }
  let all = lists.get(list) as PhraseHit<T>[] | undefined;
  if (all === undefined) {
    all = findPhrases(article.folded, list);
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
