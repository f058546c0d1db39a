// Private: THE tokenizer of the text layer. Splits a text into words that keep their offsets, so
// recognizers match on keys yet return text as written, and classifies the gap before each word
// (comma, clause, sentence, paragraph, brackets, quotes) so that no recognizer re-reads punctuation.
// One linear pass, no regular expressions over the whole input. The pass records only offsets and
// gap classes; a word's span object is made when a recognizer reads it (see TokenOffsets).
//
// API (additive; the date and unit readers are to move onto it): `wordSpans(text)` → `WordList`
// (`get(i)`, `length`, `gapBefore(i)`), the `GAP` flags and `isSoftGap`, `wordKey`/`letterKey`
// (the one key function of words), `collapseRepeats` (doubled-letter typos) and `isWordCode`
// (the one definition of a word character).

import { APOSTROPHES } from '../data/apostrophes';
import { sharedCodeUnitsOf } from './codeUnits';
import { lastTextMemo } from './lastTextMemo';
import { TokenOffsets } from './tokenOffsets';
import { WORD_HASH_START, wordHashEnd, wordHashStep } from './wordHash';

/** A run of letters/digits in the source text (apostrophes and hyphens between letters included). */
export interface WordSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The word as written. */
  raw: string;
  /** Lower-cased letters and digits only (`"Jum'at"` → `'jumat'`), for matching. */
  key: string;
  /** First character is an upper-case letter. */
  capitalized: boolean;
}

const LETTER = /\p{L}|\p{N}|\p{M}/u;

// Hot loops read code units as `String.prototype.charCodeAt.call(text, i)`, not
// `text.charCodeAt(i)`: the method looked up on the receiver became a generic call once a call site
// had seen more kinds of string (articles, slices, joined strings, literals) than an inline cache
// keeps, and the WordList constructor ran twice as slow inside the officer pipeline as on articles
// alone. Written out in full: bundlers turn a module's `const` alias into a `var`, which the
// optimizer no longer reads as the known method.
/**
 * Characters that join two word characters into one word and vanish from its key: apostrophes
 * (`Jum'at`, `Jum´at`, `Jum’at`) and the hyphen (`Imam-S`).
 */
const JOINERS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...APOSTROPHES, '-']))();
/** Code units of {@link JOINERS} (each is one code unit), looked up without making a string. */
const JOINER_CODES: ReadonlySet<number> = /* @__PURE__ */ (() => new Set([...JOINERS].map((ch) => ch.charCodeAt(0))))();

/** ASCII joiners by code (most joiners in news are the hyphen and the ASCII apostrophe). */
const ASCII_JOINERS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x80);
  for (const code of JOINER_CODES) if (code < 0x80) table[code] = 1;
  return table;
})();

function isJoinerCode(code: number): boolean {
  return code < 0x80 ? ASCII_JOINERS[code] === 1 : JOINER_CODES.has(code);
}

/** Word-character test of each code unit, memoised: 0 unknown, 1 word, 2 not. ASCII is filled at
 * once (letters and digits), so the common test is one table read. */
const WORD_CODE_UNITS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x80; code++)
    table[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;
  return table;
})();

/**
 * Whether the code unit at `i` is a word character: an ASCII letter or digit, or any Unicode
 * letter, number or combining mark. The one definition of a word character of the text layer.
 */
export function isWordCode(text: string, i: number): boolean {
  return isWordCodeUnit(String.prototype.charCodeAt.call(text, i), text, i);
}

/** {@link isWordCode} of the code unit at `i`, read in `units` (the text's code units). */
function isWordUnit(units: Uint16Array, text: string, i: number): boolean {
  return isWordCodeUnit(units[i]!, text, i);
}

/** {@link isWordCode} of a code unit already read (`code` is `text.charCodeAt(i)`). */
function isWordCodeUnit(code: number, text: string, i: number): boolean {
  let known = WORD_CODE_UNITS[code]!;
  if (known === 0) {
    known = LETTER.test(text[i]!) ? 1 : 2;
    WORD_CODE_UNITS[code] = known;
  }
  return known === 1;
}

/** A lower-cased (`| 32`) ASCII code that is a letter or a digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Classes of the characters between two words, as bit flags (`gapBefore(i) & GAP.COMMA`). A gap
 * may hold several ("., " is DOT | COMMA | SPACE).
 */
export const GAP = {
  /** Spaces or tabs. */
  SPACE: 1,
  /** A dot (abbreviation or sentence end; see DOT_SPACE). */
  DOT: 2,
  COMMA: 4,
  /** `;`, `:` or a dash standing alone (`–`, `—`, ` - `). */
  CLAUSE: 8,
  /** `!`, `?` or an ellipsis. */
  SENTENCE: 16,
  /** Two line breaks or more (a blank line); one line break counts as a space (wrapped text). */
  PARAGRAPH: 32,
  /** `(`, `[` or `{`. */
  OPEN_BRACKET: 64,
  /** `)`, `]` or `}`. */
  CLOSE_BRACKET: 128,
  /** A quotation mark. */
  QUOTE: 256,
  /** Any other character (`/`, `&`, `+`, an emoji …). */
  OTHER: 512,
  /** More than {@link MAX_SOFT_GAP} characters. */
  LONG: 1024,
  /** A dot followed by a space or line break: "Tarmudi. Kegiatan", "A. R.", not "TP.MARBUN". */
  DOT_SPACE: 2048,
  /** No word before: the gap from the start of the text. */
  START: 4096,
} as const;

/** Longest gap that can still sit inside one rank, title or name. */
const MAX_SOFT_GAP = 8;
const SOFT_MASK = GAP.SPACE | GAP.DOT | GAP.COMMA | GAP.DOT_SPACE;

/** Whether a gap holds only spaces, dots and commas, and is short (what may sit inside a rank or title). */
export function isSoftGap(gap: number): boolean {
  return (gap & ~SOFT_MASK) === 0;
}

function gapClass(units: Uint16Array, from: number, to: number): number {
  // Most gaps are one space.
  if (to - from === 1 && from > 0 && units[from] === 32) return GAP.SPACE;
  let gap = from === 0 ? GAP.START : 0;
  if (to - from > MAX_SOFT_GAP) gap |= GAP.LONG;
  let dot = false;
  let lineBreaks = 0;
  for (let i = from; i < to; i++) {
    const code = units[i]!;
    switch (code) {
      case 32:
      case 9:
      case 0xa0:
        gap |= GAP.SPACE;
        if (dot) gap |= GAP.DOT_SPACE;
        continue;
      case 10:
        // One line break is a wrapped line; two (a blank line) end a paragraph.
        if (lineBreaks++ > 0) gap |= GAP.PARAGRAPH;
        else gap |= GAP.SPACE;
        if (dot) gap |= GAP.DOT_SPACE;
        continue;
      case 13:
        gap |= GAP.SPACE;
        if (dot) gap |= GAP.DOT_SPACE;
        continue;
      case 46: // .
        gap |= GAP.DOT;
        dot = true;
        continue;
      case 44: // ,
        gap |= GAP.COMMA;
        continue;
      case 59: // ;
      case 58: // :
      case 45: // -
      case 0x2013: // –
      case 0x2014: // —
        gap |= GAP.CLAUSE;
        continue;
      case 33: // !
      case 63: // ?
      case 0x2026: // …
        gap |= GAP.SENTENCE;
        continue;
      case 40: // (
      case 91: // [
      case 123: // {
        gap |= GAP.OPEN_BRACKET;
        continue;
      case 41: // )
      case 93: // ]
      case 125: // }
        gap |= GAP.CLOSE_BRACKET;
        continue;
      case 34: // "
      case 39: // '
      case 0x201c: // “
      case 0x201d: // ”
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0xab: // «
      case 0xbb: // »
        gap |= GAP.QUOTE;
        continue;
      default:
        gap |= code === 0x2003 || code === 0x2002 || code === 0x2009 || code === 0x202f ? GAP.SPACE : GAP.OTHER;
    }
  }
  return gap;
}

/**
 * The words of a text in order, read by index like an array (`get(i)`, `length`). Indexes outside
 * `0 … length - 1` give `undefined`. A span asked for again may be a new but equal object.
 */
export class WordList extends TokenOffsets<WordSpan> {
  /** The text's code units: read here, not through `charCodeAt` (see codeUnits); the unit tokenizer reads them too. */
  readonly units: Uint16Array;

  constructor(private readonly text: string) {
    // A ring of 128 spans: more than any parser's look-around.
    super(127, text.length);
    const length = text.length;
    const units = sharedCodeUnitsOf(text);
    this.units = units;
    let i = 0;
    let previousEnd = 0;
    // A short text (a name, a position) records its words in the heap array itself, not through push
    // by every tokenizer of TokenOffsets, whose reads of the array are then polymorphic).
    const heap = this.heap;
    const wordCodes = WORD_CODE_UNITS;
    // The loop reads the word-character table itself and calls out only for what is rare (a code
    // unit not yet classified, a joiner).
    while (i < length) {
      if (!isWordUnit(units, text, i)) {
        i++;
        continue;
      }
      let start = i++;
      let gap = gapClass(units, previousEnd, start);
      for (;;) {
        let code = 0;
        // The code unit after the space that ended the word.
        let next = 0;
        while (i < length) {
          // Most characters of a word are known word characters: a run of them is passed in a loop
          // with no call in it, where the optimizer keeps both arrays at hand (with the calls below
          // in the same loop it reloaded and checked them at every character).
          while (i < length && wordCodes[units[i]!] === 1) i++;
          if (i >= length) break;
          code = units[i]!;
          if (wordCodes[code] === 0 && isWordCodeUnit(code, text, i)) i++;
          else if (code === 32) {
            // A space ends most words. A spacing accent in decomposed form is a space, a combining
            // mark and a word character: `"Jum´at"` (U+00B4) decomposed (NFKD) is `"Jum ́at"`, one word.
            // 0 (no word character) past the end.
            next = i + 1 < length ? units[i + 1]! : 0;
            if (isCombiningMark(next) && i + 2 < length && isWordUnit(units, text, i + 2)) i += 2;
            else break;
          } else if (i + 1 < length && isJoinerCode(code) && isWordUnit(units, text, i + 1)) i += 2;
          else break;
        }
        if (heap !== undefined) heap.push(start, i, gap);
        else this.push(start, i, gap);
        previousEnd = i;
        // Most words are followed by one space and the next word: its gap is a space, known without
        // reading the gap again.
        if (code !== 32 || i + 1 >= length) break;
        const nextKnown = WORD_CODE_UNITS[next]!;
        if (nextKnown !== 1 && !(nextKnown === 0 && isWordCodeUnit(next, text, i + 1))) break;
        start = ++i;
        i++;
        gap = GAP.SPACE;
      }
    }
    if (heap !== undefined) this.length = heap.length / 3;
  }

  /**
   * {@link wordHash} of word `index`'s key, without making its span: a matcher whose phrases' keys
   * do not have it can pass the word over. -1 when the word is not ASCII letters and digits only
   * (a joiner, an accent) or `index` is outside the list: the caller must then look.
   */
  keyHashAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return -1;
    const end = this.endOf(index);
    let hash = WORD_HASH_START;
    for (let i = this.startOf(index); i < end; i++) {
      const code = this.units[i]!;
      // `code | 32` lower-cases an ASCII letter and leaves a digit as it is.
      if (!isAsciiWordCode(code | 32)) return -1;
      hash = wordHashStep(hash, code | 32);
    }
    return wordHashEnd(hash);
  }

  /** {@link GAP} flags of the characters before word `index` (after the previous word); 0 outside. */
  gapBefore(index: number): number {
    return index >= 0 && index < this.length ? this.tagOf(index) : 0;
  }

  /** Offset of word `index`'s first character (no span object made); -1 outside. */
  startAt(index: number): number {
    return index >= 0 && index < this.length ? this.startOf(index) : -1;
  }

  /** Offset after word `index`'s last character (no span object made); -1 outside. */
  endAt(index: number): number {
    return index >= 0 && index < this.length ? this.endOf(index) : -1;
  }

  /**
   * The first two characters of word `index` lower-cased, as one number (`c0 * 128 + c1`), without
   * making its span: a cheap pre-check before a key lookup. -1 when they are not two ASCII word
   * characters (a one-letter word, a joiner or a non-ASCII letter): the caller must then look.
   */
  firstPairAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return -1;
    const start = this.startOf(index);
    if (this.endOf(index) - start < 2) return -1;
    const a = this.units[start]! | 32;
    const b = this.units[start + 1]! | 32;
    if (!isAsciiWordCode(a) || !isAsciiWordCode(b)) return -1;
    return a * 128 + b;
  }

  protected make(start: number, end: number): WordSpan {
    const { text } = this;
    // String methods called as wordKey reads code units (see the note at the top).
    const raw: string = String.prototype.slice.call(text, start, end);
    const { units } = this;
    const code = units[start]!;
    let capitalized: boolean;
    if (code < 0x80) capitalized = code >= 65 && code <= 90;
    else {
      const first = raw[0]!;
      capitalized = first !== first.toLowerCase() && first === first.toUpperCase();
    }
    const key = isAsciiUnits(units, start, end) ? String.prototype.toLowerCase.call(raw) : wordKey(text, start, end);
    return { start, end, raw, key, capitalized };
  }
}

/** A combining diacritical mark (U+0300–U+036F). */
function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * The key of the word at `text[start … end)`: lower case, accents and joiners left out (`"Jum'at"`,
 * `"Jum´at"` and its decomposed form → `'jumat'`; `'Éclair'` → `'eclair'`). The one key function of
 * words.
 */
export function wordKey(text: string, start: number, end: number): string {
  // Most words are ASCII letters and digits: their key is the word itself, lower-cased.
  if (isAsciiWord(text, start, end))
    return String.prototype.toLowerCase.call(String.prototype.slice.call(text, start, end));
  let key = '';
  for (const ch of text.slice(start, end).normalize('NFD').toLowerCase()) {
    const code = ch.charCodeAt(0);
    if (isCombiningMark(code) || JOINERS.has(ch) || ch === ' ') continue;
    key += ch;
  }
  return key;
}

/** {@link isAsciiWord} read in the text's code units. */
function isAsciiUnits(units: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = units[i]!;
    if (code >= 0x80 || WORD_CODE_UNITS[code] !== 1) return false;
  }
  return true;
}

/** Whether `text[start … end)` is ASCII letters and digits only. */
function isAsciiWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = String.prototype.charCodeAt.call(text, i);
    if (code >= 0x80 || WORD_CODE_UNITS[code] !== 1) return false;
  }
  return true;
}

// The last long text's words: the finders an extractor runs over one article in turn (officers,
// units) share one tokenization. Short texts (a position, a name) are cheaper to split again than
// to compare; one entry, so what is kept alive is at most one text's offsets.
const SHARED_FROM_LENGTH = 256;
const sharedWordList = /* @__PURE__ */ lastTextMemo((text) => new WordList(text));

/** Splits `text` into {@link WordSpan}s in order. Never throws; linear in `text.length`. */
export function wordSpans(text: string): WordList {
  return text.length < SHARED_FROM_LENGTH ? new WordList(text) : sharedWordList(text);
}

/** Letters-and-digits key of a phrase (`'Jend. Pol.'` → `'jendpol'`): its words' keys joined. */
export function letterKey(text: string): string {
  const words = wordSpans(text);
  let key = '';
  for (let i = 0; i < words.length; i++) key += words.get(i)!.key;
  return key;
}

/** A key with runs of one letter collapsed (`'pollres'`, `'poolres'` → `'polres'`), for typos of unit words. */
export function collapseRepeats(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) if (i === 0 || key[i] !== key[i - 1]) out += key[i];
  return out;
}

/** The text between two word spans (or from/to the text's ends when a span is missing). */
export function gapBetween(text: string, before: WordSpan | undefined, after: WordSpan | undefined): string {
  return text.slice(before ? before.end : 0, after ? after.start : text.length);
}

/**
 * Whether the gap between two adjacent spans is short and holds only spaces, dots and commas
 * (what may sit inside a rank or a title: `Kombes, Pol.`, `S.H .`). Constant time.
 */
export function isSoftGapBetween(text: string, before: WordSpan, after: WordSpan): boolean {
  if (after.start - before.end > MAX_SOFT_GAP) return false;
  for (let i = before.end; i < after.start; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== ',' && ch.trim() !== '') return false;
  }
  return true;
}
