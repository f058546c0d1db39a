/**
 * Remembers a function of a word or short phrase across articles: the official reader asks the
 * same pure questions of the same words article after article ("is Balikpapan a place?", "is
 * Agustus a month?"), and each answer costs a parse. The memo holds at most `limit` answers and is
 * emptied when full, so memory stays bounded and the cost linear on any input.
 *
 * @param compute - A pure function of the word (same word, same answer, always).
 * @param limit - Most answers kept.
 * @returns `compute`, remembered.
 * @example
 * ```ts
 * const length = wordMemo((word: string) => word.length);
 * [length('Kota'), length('Kota')]
 * //=> [4, 4]
 * ```
 * @internal
 */
export function wordMemo<V>(compute: (word: string) => V, limit = DEFAULT_LIMIT): (word: string) => V {
  const answers = new Map<string, V>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined || answers.has(word)) return known as V;
    const answer = compute(word);
    if (answers.size >= limit) answers.clear();
    answers.set(word, answer);
    return answer;
  };
}

/** Enough for the words of many articles' officials; a few hundred kilobytes at most. */
const DEFAULT_LIMIT = 4096;
