// Private: a pure function of a short string (a word's key, a unit's phrase) remembered across
// texts — the finders ask the same questions of the same words article after article, and each
// answer costs a parse. One home for the pattern: bounded (emptied when full), so memory stays small
// and the cost linear on any input.

/** Stands for an answer that is `undefined`, so that a remembered "no" costs one map lookup. */
const NONE: unique symbol = Symbol('none');

/**
 * `compute`, remembered for at most `limit` keys; the memo is emptied when it is full. Only for a
 * pure function whose answers callers never change (return a copy where they may).
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const answers = new Map<string, V | typeof NONE>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known === NONE ? (undefined as V) : known;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer === undefined ? NONE : answer);
    return answer;
  };
}
