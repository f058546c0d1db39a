// Private: the words of a text as the phrase matchers see them (vocabularies, operation names) —
// lower-case ASCII letters and digits, diacritics removed, apostrophes and combining marks vanishing
// inside a word, anything else ending one — with where each one is in the text as written.
//
// One linear pass records where each word is and a hash of its fold; the word's string is made only
// when asked for. A phrase matcher looks first at the hash, so most words of an article are passed
// over without a string made for them (making one per word was most of the vocabulary finders' time).

import { APOSTROPHES } from '../data/apostrophes';
import { sharedCodeUnitsOf } from './codeUnits';
import { TokenOffsets } from './tokenOffsets';
import { WORD_HASH_START, WORD_HASHES, wordHashEnd, wordHashStep } from './wordHash';

/** Apostrophes vanish inside a word ("Jum'at", "Jum´at" → "jumat"); they never split one. */
const APOSTROPHE_SET: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(APOSTROPHES))();

/** Not part of a word: ends the current one. */
const BREAK = 0;
/** Part of nothing, ends nothing (an apostrophe, a combining mark). */
const SKIP = 1;

/** What a code point other than an ASCII letter or digit folds to: its word characters, or a mark. */
function foldCodePoint(ch: string): string | typeof BREAK | typeof SKIP {
  const code = ch.charCodeAt(0);
  if (code >= 0x300 && code <= 0x36f) return SKIP;
  if (APOSTROPHE_SET.has(ch)) return SKIP;
  if (code < 0x80) return BREAK;
  let out = '';
  for (const part of ch.normalize('NFKD').toLowerCase()) {
    const c = part.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += part;
  }
  // A letter with no ASCII base (Arabic, CJK …) is no word character here: it splits.
  return out === '' ? BREAK : out;
}

/** The lower-cased code of each ASCII letter or digit, -1 for every other UTF-16 code unit: the
 * tokenizer's test of every character is one table read, with no range test before it. */
const ASCII_FOLDS: Int16Array = /* @__PURE__ */ (() => {
  const table = new Int16Array(0x10000).fill(-1);
  for (let code = 48; code <= 57; code++) table[code] = code;
  for (let code = 97; code <= 122; code++) table[code] = code;
  for (let code = 65; code <= 90; code++) table[code] = code + 32;
  return table;
})();

/** Folds of the ASCII characters, read without a call: a letter or digit is itself in lower case. */
const ASCII_FOLD: readonly (string | typeof BREAK | typeof SKIP)[] = /* @__PURE__ */ Array.from(
  { length: 128 },
  (_, code) => {
    const ascii = asciiFold(code);
    return ascii === -1 ? foldCodePoint(String.fromCharCode(code)) : String.fromCharCode(ascii);
  },
);

/** Folds of the other code points of the Basic Multilingual Plane met so far. */
const FOLD_OF = /* @__PURE__ */ new Map<number, string | typeof BREAK | typeof SKIP>();

/** What the character at `i` folds to (a code point: two code units for a surrogate pair). */
function foldAt(text: string, i: number): string | typeof BREAK | typeof SKIP {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_FOLD[code]!;
  const point = text.codePointAt(i)!;
  if (point > 0xffff) return foldCodePoint(String.fromCodePoint(point));
  let fold = FOLD_OF.get(point);
  if (fold === undefined) {
    fold = foldCodePoint(String.fromCharCode(point));
    FOLD_OF.set(point, fold);
  }
  return fold;
}

/** Code units of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 0xd800 || code > 0xdbff || text.codePointAt(i)! <= 0xffff ? 1 : 2;
}

/** Lower-cased ASCII letter or digit code of a UTF-16 code unit, or -1. */
function asciiFold(code: number): number {
  return ASCII_FOLDS[code]!;
}

/** Texts shorter than this keep their words in a heap array (TokenOffsets' TYPED_FROM_LENGTH). */
const SHORT_TEXT = 1_024;

/** A word's tag: bit 15 set when the word is ASCII letters and digits only (its fold is its slice
 * in lower case); the low 15 bits hold its hash. */
const ASCII_ONLY = 0x8000;
const HASH_MASK = WORD_HASHES - 1;

/**
 * The folded words of a text, read by index (`length`, {@link FoldedWordList.get}): each word's
 * string is made when it is read (`'Pemilu'` → `'pemilu'`, `"Jum'at"` → `'jumat'`), its offsets and
 * its hash without making it.
 */
export class FoldedWordList extends TokenOffsets<string> {
  /** Indexes of the words whose hash is flagged in `marks`, in order. */
  readonly marked: number[] = [];
  /** The text's code units, read here rather than through `charCodeAt` (see codeUnits). */
  private readonly units: Uint16Array;

  /**
   * @param marks - Flags by {@link wordHash} (a {@link wordHashTable}): the words with a flagged hash
   *   are listed in `marked` as they are read, so a matcher visits those only (and not every word
   *   once for each of its phrase sets).
   */
  constructor(
    private readonly text: string,
    private readonly marks?: Uint8Array,
  ) {
    // A ring of 64 words: more than the longest phrase a matcher compares. TokenOffsets makes an
    // article's typed array for a token per 4 characters; news has a word per 7 or so, and making
    // the array costs about a microsecond per 600 slots: it is made for one per 6 (given 2/3 of the
    // length), but not below the length that keeps a short text's words in a heap array.
    super(63, Math.max(Math.min(text.length, SHORT_TEXT), Math.ceil((text.length * 2) / 3)));
    const length = text.length;
    const units = sharedCodeUnitsOf(text);
    this.units = units;
    let i = 0;
    while (i < length) {
      const code = units[i]!;
      const first = asciiFold(code);
      if (first === -1) {
        // Most characters between words are ASCII marks that break (a space): told without a call.
        if (code < 0x80 && ASCII_FOLD[code] === BREAK) i++;
        else i = foldAt(text, i) === BREAK ? i + widthAt(text, i) : this.readMixedWord(i);
        continue;
      }
      // Most words are ASCII letters and digits ended by a space or a mark: recorded whole.
      let hash = wordHashStep(WORD_HASH_START, first);
      let end = i + 1;
      while (end < length) {
        const c = ASCII_FOLDS[units[end]!]!;
        if (c === -1) break;
        hash = wordHashStep(hash, c);
        end++;
      }
      if (end < length && (units[end]! >= 0x80 || ASCII_FOLD[units[end]!] !== BREAK) && foldAt(text, end) !== BREAK) {
        i = this.readMixedWord(i);
        continue;
      }
      this.record(i, end, ASCII_ONLY, wordHashEnd(hash));
      i = end;
    }
  }

  /** Reads the word at `from` a character at a time (apostrophes, combining marks, accented
   * letters), records it if there is one, and returns where reading goes on. */
  private readMixedWord(from: number): number {
    const { text } = this;
    let start = -1;
    let end = -1;
    let hash = WORD_HASH_START;
    let i = from;
    while (i < text.length) {
      const width = widthAt(text, i);
      const fold = foldAt(text, i);
      if (fold === BREAK) {
        if (start !== -1) break;
        return i + width;
      }
      if (fold !== SKIP) {
        if (start === -1) start = i;
        for (let c = 0; c < fold.length; c++) hash = wordHashStep(hash, fold.charCodeAt(c));
        end = i + width;
      }
      i += width;
    }
    if (start !== -1) this.record(start, end, 0, wordHashEnd(hash));
    return i;
  }

  /** Records a word with its flags and hash, and lists it in `marked` when its hash is flagged. */
  private record(start: number, end: number, flags: number, hash: number): void {
    if (this.marks !== undefined && this.marks[hash] === 1) this.marked.push(this.length);
    this.push(start, end, flags | hash);
  }

  /** Offset of word `index`'s first character (the word must exist). */
  startAt(index: number): number {
    return this.startOf(index);
  }

  /** Offset just after word `index`'s last character (the word must exist). */
  endAt(index: number): number {
    return this.endOf(index);
  }

  /** {@link wordHash} of word `index`'s fold (which must exist), without making it. */
  hashAt(index: number): number {
    return this.tagOf(index) & HASH_MASK;
  }

  /**
   * Whether word `index` (which must exist) folds to `word`; a word of ASCII letters and digits is
   * compared where it is written, without making its string.
   */
  isWordAt(index: number, word: string): boolean {
    if ((this.tagOf(index) & ASCII_ONLY) === 0) return this.get(index) === word;
    const start = this.startOf(index);
    if (this.endOf(index) - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) {
      if (ASCII_FOLDS[this.units[start + k]!] !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  protected make(start: number, end: number, tag: number): string {
    const { text } = this;
    if ((tag & ASCII_ONLY) !== 0) {
      // toLowerCase costs even a word with no capital: called only for one with.
      for (let i = start; i < end; i++) {
        const code = this.units[i]!;
        if (code >= 65 && code <= 90) return text.slice(start, end).toLowerCase();
      }
      return text.slice(start, end);
    }
    let word = '';
    for (let i = start; i < end; i += widthAt(text, i)) {
      const fold = foldAt(text, i);
      if (typeof fold === 'string') word += fold;
    }
    return word;
  }
}
