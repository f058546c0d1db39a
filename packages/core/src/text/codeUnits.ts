// Private: a text's UTF-16 code units in a typed array, for the tokenizers that read every
// character. Optimised code reads a string's code unit through a dispatch on how the string is
// stored (flat or joined, sliced, one or two bytes a character) at every `charCodeAt`, about 40
// machine instructions; a typed array's read is a bounds check and a load.

import { lastTextMemo } from './lastTextMemo';

/** Texts at least this long (an article) are copied in one native call where the platform has one. */
const NATIVE_FROM_LENGTH = 1_024;

/** The platform stores a 16-bit integer low byte first, as the `utf16le` encoding writes it. */
const LITTLE_ENDIAN: boolean = /* @__PURE__ */ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();

/** The part of Node's `Buffer` used here: its `utf16le` encoder. */
interface Utf16Encoder {
  from(text: string, encoding: 'utf16le'): Uint8Array;
}

/** Node's `Buffer` where the platform has one (not in a browser), read from the global object so
 * that the package's types need no Node typings and no bundler polyfills it. */
const NODE_BUFFER: Utf16Encoder | undefined = /* @__PURE__ */ (() =>
  (globalThis as { Buffer?: Utf16Encoder }).Buffer)();

/**
 * The code units of `text` (`units[i] === text.charCodeAt(i)` for every `i`, lone surrogates
 * included), in a typed array: what a loop that reads every character of an article should read.
 * Optimised code reads a string's code unit through a dispatch on how the string is stored, about
 * 40 machine instructions at every `charCodeAt`; a typed array's read is a bounds check and a load.
 * In Node one native copy (`Buffer`'s `utf16le` encoder); elsewhere a loop. Linear in
 * `text.length`. The library's tokenizers and `@kamtibmas/extract`'s word-list scan read articles
 * through it.
 *
 * @param text - Any text.
 * @returns Its code units, `text.length` of them.
 * @example
 * ```ts
 * [...codeUnitsOf('Jum’at')]
 * //=> [74, 117, 109, 8217, 97, 116]
 * ```
 * @category Text
 */
export function codeUnitsOf(text: string): Uint16Array {
  const { length } = text;
  // Node's encoder copies the string's storage at once (an article: ~2 instructions a character).
  if (length >= NATIVE_FROM_LENGTH && LITTLE_ENDIAN && NODE_BUFFER !== undefined) {
    const bytes = NODE_BUFFER.from(text, 'utf16le');
    if (bytes.byteOffset % 2 === 0 && bytes.length === 2 * length)
      return new Uint16Array(bytes.buffer, bytes.byteOffset, length);
  }
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = String.prototype.charCodeAt.call(text, i);
  return units;
}

/** The last article's code units: its tokenizers (words, folded words, calendar tokens) read one copy. */
const lastCodeUnits = /* @__PURE__ */ lastTextMemo(codeUnitsOf);

/**
 * {@link codeUnitsOf}, shared by the tokenizers of one article: a text as long as an article gets
 * the copy made for the last text when it is the same text. The array must not be written to.
 *
 * @param text - Any text.
 * @returns Its code units.
 * @example
 * ```ts
 * sharedCodeUnitsOf('Polres')[0]
 * //=> 80
 * ```
 * @internal
 */
export function sharedCodeUnitsOf(text: string): Uint16Array {
  return text.length >= NATIVE_FROM_LENGTH ? lastCodeUnits(text) : codeUnitsOf(text);
}
