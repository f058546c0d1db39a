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
 * overlap at one start the longer wins. Linear in the text for each phrase (`indexOf`), so the
 * cost is the text's length times the list's (short) length.
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
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    let at = folded.indexOf(phrase, from);
    while (at !== -1 && at + phrase.length <= to) {
      const end = at + phrase.length;
      const wordStart = !isWordCharAt(phrase, 0) || !isWordCharAt(folded, at - 1);
      const wordEnd = !isWordCharAt(phrase, phrase.length - 1) || !isWordCharAt(folded, end);
      if (wordStart && wordEnd) hits.push({ phrase, start: at, end });
      at = folded.indexOf(phrase, at + 1);
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseHit<T>[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}
