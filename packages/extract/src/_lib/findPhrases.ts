import { isWordCharAt } from './foldCase';

/** One occurrence of a phrase of a word list in a text. */
export interface PhraseHit<T extends string = string> {
  /** The phrase of the list that matched (in the list's spelling). */
  phrase: T;
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/**
 * Every whole-word occurrence of the phrases of a list in `folded` (a text already folded with
 * `foldCase`; the phrases are lower case), between `from` and `to`, in text order; where two
 * overlap at one start the longer wins. Linear in the window for each phrase (`indexOf` on the
 * window only), so the cost is the window's length times the list's (short) length.
 *
 * @param folded - The folded text.
 * @param phrases - Lower-case phrases.
 * @param from - First offset searched.
 * @param to - Offset the phrases must end at or before.
 * @returns The hits, sorted by start.
 * @example
 * ```ts
 * findPhrases('polres lebong menggelar apel', ['menggelar', 'gelar']).map((hit) => hit.start)
 * //=> [14]
 * ```
 * @internal
 */
export function findPhrases<T extends string>(
  folded: string,
  phrases: readonly T[],
  from = 0,
  to = folded.length,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  // Search only the window: `indexOf` on the whole text would read past `to` to the text's end
  // whenever a phrase is absent, and callers ask about a short window around each of an article's
  // mentions — that made the cost grow with the square of the text.
  const start = Math.max(0, from);
  const stop = Math.min(folded.length, to);
  if (stop <= start) return hits;
  const window = start === 0 && stop === folded.length ? folded : folded.slice(start, stop);
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    let at = window.indexOf(phrase);
    while (at !== -1) {
      const begin = start + at;
      const end = begin + phrase.length;
      const wordStart = !isWordCharAt(phrase, 0) || !isWordCharAt(folded, begin - 1);
      const wordEnd = !isWordCharAt(phrase, phrase.length - 1) || !isWordCharAt(folded, end);
      if (wordStart && wordEnd) hits.push({ phrase, start: begin, end });
      at = window.indexOf(phrase, at + 1);
    }
  }
  return longestFirst(hits);
}

/**
 * Hits in text order, none overlapping: where two start together the longer is kept, and a hit
 * starting inside a kept one is dropped. Sorts `hits` in place.
 *
 * @param hits - Hits of one or more phrase lists, in any order.
 * @returns The kept hits, sorted by start.
 * @example
 * ```ts
 * longestFirst([{ phrase: 'gelar', start: 16, end: 21 }, { phrase: 'menggelar', start: 14, end: 23 }])
 * //=> [{ phrase: 'menggelar', start: 14, end: 23 }]
 * ```
 * @internal
 */
export function longestFirst<T extends string>(hits: PhraseHit<T>[]): PhraseHit<T>[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutOverlaps(hits);
}

/**
 * Hits already in text order, at most one per start: a hit starting inside the one kept before it
 * is dropped (the second half of {@link longestFirst}, for hits found in order).
 *
 * @param hits - Hits sorted by start, no two with the same start.
 * @returns The kept hits.
 * @example
 * ```ts
 * withoutOverlaps([{ phrase: 'dibuka oleh', start: 0, end: 11 }, { phrase: 'oleh', start: 7, end: 11 }]).length
 * //=> 1
 * ```
 * @internal
 */
export function withoutOverlaps<T extends string>(hits: readonly PhraseHit<T>[]): PhraseHit<T>[] {
  const kept: PhraseHit<T>[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}
