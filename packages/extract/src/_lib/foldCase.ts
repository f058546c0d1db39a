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

/** The part of Node's `Buffer` used here: a view of an array's memory, and its `utf16le` encoder. */
interface Utf16Writer {
  from(memory: ArrayBuffer): { write(text: string, offset: number, encoding: 'utf16le'): number };
}

/** Node's `Buffer` where the platform has one (not in a browser), read from the global object so
 * that the package needs no Node typings and no bundler polyfills it. */
const NODE_BUFFER: Utf16Writer | undefined = /* @__PURE__ */ (() => (globalThis as { Buffer?: Utf16Writer }).Buffer)();

/** The platform stores a 16-bit integer low byte first, as the `utf16le` encoding writes it. */
const LITTLE_ENDIAN: boolean = /* @__PURE__ */ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();

/** Texts at least this long are copied in one native call where the platform has one. */
const NATIVE_FROM_LENGTH = 256;
/** A scratch array is kept for texts up to this long (an article is a few thousand units); a longer
 * one gets an array of its own, so one huge input does not stay in memory. */
const MAX_KEPT_LENGTH = 1 << 16;

/**
 * A reusable array of a text's UTF-16 code units, for the loops that read every character of an
 * article. Optimised code reads a string's unit through a dispatch on how the string is stored (flat
 * or joined, sliced, one or two bytes a character) at every `charCodeAt`, some 40 machine
 * instructions; a typed array's read is a bounds check and a load. The array is overwritten by the
 * next text read: each loop keeps its own scratch and reads it before it reads another text.
 *
 * @example
 * ```ts
 * const scratch = new CodeUnitScratch();
 * [...scratch.read('Jum’at').subarray(0, 6)]
 * //=> [74, 117, 109, 8217, 97, 116]
 * ```
 * @internal
 */
export class CodeUnitScratch {
  private units = new Uint16Array(0);
  private writer: ReturnType<Utf16Writer['from']> | undefined;

  /**
   * The code units of `text` (`units[i] === text.charCodeAt(i)` for every `i < text.length`, lone
   * surrogates included); what lies past `text.length` is left from an earlier text.
   *
   * @param text - Any text.
   * @returns An array whose first `text.length` units are the text's, valid until the next call.
   */
  read(text: string): Uint16Array {
    const { length } = text;
    let units = this.units;
    if (units.length < length) {
      units = new Uint16Array(Math.max(length, 2 * units.length));
      this.writer = undefined;
      if (length <= MAX_KEPT_LENGTH) this.units = units;
    }
    // Node's encoder copies the string's storage at once (about 2 instructions a character).
    if (length >= NATIVE_FROM_LENGTH && LITTLE_ENDIAN && NODE_BUFFER !== undefined) {
      let writer = units === this.units ? this.writer : undefined;
      if (writer === undefined) {
        writer = NODE_BUFFER.from(units.buffer);
        if (units === this.units) this.writer = writer;
      }
      if (writer.write(text, 0, 'utf16le') === 2 * length) return units;
    }
    for (let i = 0; i < length; i++) units[i] = text.charCodeAt(i);
    return units;
  }
}
