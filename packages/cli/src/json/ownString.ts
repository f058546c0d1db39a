// Private: strings the parser keeps, owned rather than borrowed from the input.
//
// A string token is built from `chunk.slice(…)`, and V8 represents a slice of 13 or more
// characters as a view into its parent: one 40-character title kept a whole 1 MiB input chunk
// alive, so a 118 MB dataset held every chunk of its input (in UTF-16 when it had one non-Latin-1
// character) on top of its values, 3.4× the file. Short strings (keys, codes, dates — the same few
// hundred values over and over) are interned, as JSON.parse does with keys; longer ones are copied.

const MAX_INTERNED_LENGTH = 32;
const MAX_INTERNED = 20_000;

/**
 * A function that returns `text` as a string that shares no memory with the input chunks: the
 * one interned copy of a short string, or a fresh flat copy of a long one.
 */
export function createStringOwner(): (text: string) => string {
  let pool = new Map<string, string>();
  return (text) => {
    if (text.length <= MAX_INTERNED_LENGTH) {
      const known = pool.get(text);
      if (known !== undefined) return known;
      // Full: start again rather than grow (a stream of distinct short ids must not fill memory).
      if (pool.size >= MAX_INTERNED) pool = new Map();
      const owned = copyOf(text);
      pool.set(owned, owned);
      return owned;
    }
    return copyOf(text);
  };
}

/**
 * A copy of `text` in a string of its own. Concatenation makes a rope of the two parts; reading a
 * character flattens the rope into one new sequential string, which the slice then views; the
 * original chunk is no longer referenced.
 */
function copyOf(text: string): string {
  if (text.length < 13) return text; // V8 copies short slices anyway.
  const rope = `${text} `;
  rope.charCodeAt(0);
  return rope.slice(0, -1);
}
