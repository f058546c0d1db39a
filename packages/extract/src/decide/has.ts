/**
 * Whether a word is in a word list of data/, looked up in a set made from the list on first use
 * (the list is a module constant: its identity is the key) instead of walking the list per word.
 *
 * @param list - A word list of data/.
 * @param word - The word, as the list writes its words (lower case).
 * @returns `true` when the list holds the word.
 * @example
 * ```ts
 * has(PLACE_MARKERS, 'kota')
 * //=> true
 * ```
 * @internal
 */
export function has(list: readonly string[], word: string): boolean {
  let set = SETS.get(list);
  if (set === undefined) {
    set = new Set(list);
    SETS.set(list, set);
  }
  return set.has(word);
}

const SETS = new WeakMap<readonly string[], ReadonlySet<string>>();
