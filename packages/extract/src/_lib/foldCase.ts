/**
 * Lower-cases a text one UTF-16 unit at a time, so that every offset in the result is the same
 * offset in the text (`String#toLowerCase` may lengthen a string: 'İ' becomes two units).
 *
 * @param text - Any text.
 * @returns The text in lower case, of the same length.
 * @example
 * ```ts
 * foldCase('Polres LEBONG')
 * //=> 'polres lebong'
 * ```
 * @internal
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const one = text[i]!.toLowerCase();
    out += one.length === 1 ? one : text[i];
  }
  return out;
}

/**
 * Whether the UTF-16 unit at `index` is part of a word (a letter or digit of any script).
 *
 * @param text - The text.
 * @param index - An offset; outside the text counts as not a word character.
 * @returns `true` for a letter or digit.
 * @example
 * ```ts
 * isWordCharAt('a b', 1)
 * //=> false
 * ```
 * @internal
 */
export function isWordCharAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));
}

/**
 * Whether a UTF-16 unit is part of a word (a letter or digit of any script), tested on its code:
 * the loops over an article read each code once and ask this (a helper that took the string would be
 * shared by callers with every kind of string, and its reads slowed by all of them).
 *
 * @param code - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns `true` for a letter or digit.
 * @example
 * ```ts
 * [isWordCode(97), isWordCode(32)]
 * //=> [true, false]
 * ```
 * @internal
 */
export function isWordCode(code: number): boolean {
  let known = WORD_CODE_UNITS[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE_UNITS[code] = known;
  }
  return known === 1;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The table of {@link isWordCode}: 1 word, 2 not, 0 not yet known (ASCII is known from the start). A
 * loop over a text reads `table[code]` for its test and asks `isWordCode` only on a 0 — one table
 * read per character, and no pass over the text beforehand to classify its other code units.
 *
 * @returns The word-character table, by UTF-16 code unit.
 * @example
 * ```ts
 * const table = wordCodeTable();
 * [table[0x50], table[0x20]]
 * //=> [1, 2]
 * ```
 * @internal
 */
export function wordCodeTable(): Uint8Array {
  return WORD_CODE_UNITS;
}

/** {@link isWordCharAt} of each code unit, memoised (0 unknown, 1 word, 2 not); ASCII filled at
 * once — the extractor's word scan asks it of every character of an article: one table read. */
const WORD_CODE_UNITS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x80; code++)
    table[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;
  return table;
})();

/**
 * Whether a UTF-16 unit is white space as JavaScript counts it (`/\s/`, what `String#trim`
 * removes), tested on its code: no one-character string or regular expression for ASCII.
 *
 * @param code - A UTF-16 code unit (`text.charCodeAt(i)`).
 * @returns `true` for white space and line terminators.
 * @example
 * ```ts
 * [isWhiteSpaceCode(32), isWhiteSpaceCode(0xa0), isWhiteSpaceCode(65)]
 * //=> [true, true, false]
 * ```
 * @internal
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/u;
