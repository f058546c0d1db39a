// Private: a 15-bit hash of a word's key (FNV-1a), computed by a tokenizer as it reads the word's
// characters, so that a matcher can tell a word starts none of its phrases without making the
// word's string (most words of an article start none).

/** Number of distinct hashes: a table of this many entries holds one flag per hash. */
export const WORD_HASHES = 1 << 15;

/** The hash before any character. */
export const WORD_HASH_START = 0x811c9dc5;

/** The hash after one more character code. */
export function wordHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of the characters read, in `0 … WORD_HASHES - 1`. */
export function wordHashEnd(hash: number): number {
  return (hash ^ (hash >>> 15)) & (WORD_HASHES - 1);
}

/**
 * The hash of a whole key, as a tokenizer computes it character by character.
 *
 * @param key - A word's key.
 * @returns Its hash.
 * @example
 * ```ts
 * wordHash('polres') === wordHash('polres')
 * //=> true
 * ```
 * @internal
 */
export function wordHash(key: string): number {
  let hash = WORD_HASH_START;
  for (let i = 0; i < key.length; i++) hash = wordHashStep(hash, key.charCodeAt(i));
  return wordHashEnd(hash);
}

/** A table with a flag at the hash of each key. */
export function wordHashTable(keys: Iterable<string>): Uint8Array {
  const table = new Uint8Array(WORD_HASHES);
  for (const key of keys) table[wordHash(key)] = 1;
  return table;
}
