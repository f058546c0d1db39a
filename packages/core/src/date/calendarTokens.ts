// Private tokenizer for the date finder: one linear pass, no regular expressions over the words.
// Offsets point into the text as given (not a normalized copy), so a date's span is what was
// written; words are compared by a folded key (lower case, diacritics and apostrophes dropped).
// The pass records only where each token is; a token is made when the finder reads it (see
// TokenOffsets). For the finder, it records only the tokens near a number that may start a date
// (every date reading starts at one and looks a bounded number of tokens around it): about a
// quarter of a news article's.
//
// Still its own tokenizer: the shared one of text/ (issue 10) did not yet give numbers, marks and
// line breaks with offsets when this was written. It folds words the same way (NFKD, no marks).

import { WORD_APOSTROPHES } from '../data/dateWords';
import { TokenOffsets } from '../text/tokenOffsets';
import { isLineBreakCode, isSpaceCode, LinkChunks } from './linkRanges';

/** A token of date text: a run of digits, a folded word, or one punctuation character. */
export type CalendarToken =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'word'; text: string }
  | { kind: 'mark'; text: string };

const NUMBER = 0;
const WORD = 1;
const MARK = 2;

/** Flags of a token, beside its kind (kept in the low two bits, so it is known without making the token). */
const KIND_MASK = 3;
const SPACE_BEFORE = 4;
const LINE_BREAK_BEFORE = 8;

// Character classes, by UTF-16 code unit.
const UNKNOWN = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const COMBINING = 4;
const APOSTROPHE = 5;
const OTHER = 6;

const APOSTROPHES: ReadonlySet<string> = /* @__PURE__ */ new Set(WORD_APOSTROPHES);
const COMBINING_MARK = /\p{M}/u;
const ANY_LETTER = /\p{L}/u;

/** Class of each code unit: ASCII filled at once (the tokenizer asks of every character, one table
 * read), the others on first sight. */
const CLASS_OF: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x80; code++) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) table[code] = LETTER;
    else if (code >= 48 && code <= 57) table[code] = DIGIT;
    else if (isSpaceCode(code)) table[code] = SPACE;
    else table[code] = code === 0x27 || code === 0x60 ? APOSTROPHE : OTHER;
  }
  return table;
})();
/** Folded form (NFKD, lower case, no combining marks) of each non-ASCII letter or digit seen. */
const FOLD_OF: string[] = [];

function isAsciiLetters(text: string, digits: boolean): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (digits ? !(c >= 48 && c <= 57) : !(c >= 97 && c <= 122)) return false;
  }
  return true;
}

function classifyNonAscii(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(code);
  if (APOSTROPHES.has(ch)) return APOSTROPHE;
  if (isSpaceCode(code)) return SPACE;
  if (COMBINING_MARK.test(ch)) return COMBINING;
  let fold = '';
  for (const part of ch.normalize('NFKD').toLowerCase()) if (!COMBINING_MARK.test(part)) fold += part;
  if (isAsciiLetters(fold, false)) {
    FOLD_OF[code] = fold;
    return LETTER;
  }
  if (isAsciiLetters(fold, true)) {
    FOLD_OF[code] = fold;
    return DIGIT;
  }
  if (ANY_LETTER.test(ch)) {
    FOLD_OF[code] = ch.toLowerCase();
    return LETTER;
  }
  return OTHER;
}

function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let known = CLASS_OF[code]!;
  if (known === UNKNOWN) {
    known = classifyNonAscii(code);
    CLASS_OF[code] = known;
  }
  return known;
}

/** The folded key of a letter or digit at `text[i]` (its class is LETTER or DIGIT). */
function foldAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
  return FOLD_OF[code] ?? '';
}

const NOT_ASCII_RUN = 0;
const ASCII_LOWER = 1;
const ASCII_CAPITALS = 2;

/**
 * Whether `text[start…end)` holds only ASCII letters and digits (most words: their key is the slice
 * in lower case), and whether it has capitals (toLowerCase costs even a word with none).
 */
function asciiWordRunCase(text: string, start: number, end: number): number {
  let capitals = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = code | 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return NOT_ASCII_RUN;
    if (c !== code) capitals = true;
  }
  return capitals ? ASCII_CAPITALS : ASCII_LOWER;
}

/** The folded key of a token with non-ASCII letters, apostrophes or combining marks: its letters and digits folded. */
function foldedKey(text: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) {
    const c = classOf(text, i);
    if (c === LETTER || c === DIGIT) key += foldAt(text, i);
  }
  return key;
}

/**
 * Tokens recorded before each number that may start a date (when only those near such numbers
 * are): more than a date reading looks at. Every reading starts at such a number or two tokens
 * before one (a month first), and looks back at most over a day name with its fillers and a
 * bracket (8), then a day-name range with its joiner (6), or a range joiner and its first day (7),
 * which is such a number: 16 or fewer (7 seen in the corpus and the test cases).
 * calendarTokens.test.ts checks the 20.
 */
const READ_BEFORE_NUMBER = 20;
/** Tokens recorded after each number: more than a date reading looks at, 6 or fewer (a bracket
 * and a day name in brackets after a date without a year; 3 seen). */
export const READ_AFTER_NUMBER = 10;
/**
 * Characters before a number from which reading starts: {@link READ_BEFORE_NUMBER} tokens of news
 * text take about 120. When they hold fewer tokens, the stretch is read again from its start.
 */
const BACK_CHARACTERS = 160;

/** Texts shorter than this keep their tokens in a heap array (TokenOffsets' TYPED_FROM_LENGTH). */
const SHORT_TEXT = 1_024;
/** A count of tokens never reached. */
const NEVER = 0x3fffffff;

/** An ASCII digit, or a character that may fold to one. */
const DIGIT_OR_NOT_ASCII = /[0-9\u0080-\uffff]/g;

/**
 * Where to start reading the window of the number at `digit`, when the text from `from` is read
 * only near numbers: the white space BACK_CHARACTERS or so before it (a token starts after white
 * space, unless a combining mark there joins it to the word before), or `from`.
 */
function windowStart(text: string, from: number, digit: number): number {
  if (digit - BACK_CHARACTERS <= from) return from;
  let start = text.indexOf(' ', digit - BACK_CHARACTERS);
  if (start === -1 || start >= digit) return from;
  let end = start + 1;
  while (start > from && isSpaceCode(text.charCodeAt(start - 1))) start--;
  while (isSpaceCode(text.charCodeAt(end))) end++;
  return classOf(text, end) === COMBINING ? from : start;
}

/** Offset of the first digit at or after `from`, or `text.length`. */
function nextDigit(text: string, from: number): number {
  // A regular expression's scan is native: most of an article is passed over without a JS step a character.
  DIGIT_OR_NOT_ASCII.lastIndex = from;
  while (DIGIT_OR_NOT_ASCII.test(text)) {
    const at = DIGIT_OR_NOT_ASCII.lastIndex - 1;
    if (text.charCodeAt(at) < 0x80 || classOf(text, at) === DIGIT) return at;
  }
  return text.length;
}

/**
 * Whether the number starting at `at` may start a date, told from its characters: a day or a month
 * (one or two digits), or a year followed by `/` or `-` ("2024-08-14"); not "2024" alone or
 * "100.000" (most of an article's numbers). A number with anything but ASCII digits counts.
 */
function mayStartDate(text: string, at: number): boolean {
  const n = text.length;
  let end = asciiDigitsEnd(text, at);
  if (end === at || end - at <= 2 || (end < n && text.charCodeAt(end) >= 0x80)) return true;
  if (end - at !== 4) return false;
  while (end < n && isSpaceCode(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  return next === 0x2f || next === 0x2d || next >= 0x80;
}

/** End of the run of ASCII digits starting at `from` (`from` itself when none is there). */
function asciiDigitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) <= 57 && text.charCodeAt(end) >= 48) end++;
  return end;
}

/** Offset of the first digit at or after `from` of a number that may start a date, or `text.length`. */
function nextDateDigit(text: string, from: number): number {
  let digit = nextDigit(text, from);
  while (digit < text.length && !mayStartDate(text, digit)) {
    digit = nextDigit(text, asciiDigitsEnd(text, digit + 1));
  }
  return digit;
}

/** The tokens of a text, read by index (`get(i)`, `length`); `undefined` outside the list. */
export class CalendarTokenList extends TokenOffsets<CalendarToken> {
  /**
   * Indexes of the number tokens, in order: a date finder visits only the tokens near one. Near
   * numbers only, those of the numbers that may start a date (see `mayStartDate`): a date reading
   * starts at one (or two tokens before one) and looks at most READ_BEFORE_NUMBER tokens before it
   * and READ_AFTER_NUMBER after.
   */
  readonly numbers: number[] = [];
  /** Where the links are, when first asked. */
  private links: LinkChunks | undefined;

  /**
   * @param findLinks - Whether to mark the tokens of URLs, paths and file names (see `inLink`).
   * @param nearNumbersOnly - Whether to record only the tokens a date reading can look at (see
   *   {@link READ_BEFORE_NUMBER}); the others are left out, each skipped stretch one empty mark.
   */
  constructor(
    private readonly text: string,
    private readonly findLinks = true,
    nearNumbersOnly = false,
  ) {
    // A ring of 64 tokens: more than the date finder's look-around. Near numbers only, about half an
    // article's tokens are recorded: their typed array is made for half the text (making one costs
    // about a microsecond per 600 slots), not below what keeps a short text's tokens in a heap array.
    super(63, nearNumbersOnly ? Math.max(Math.min(text.length, SHORT_TEXT), text.length >> 1) : text.length);
    const n = text.length;
    // Tokens recorded since the last number: at `reach`, the text up to the next number's window is
    // skipped (at once when only the tokens near numbers are wanted).
    const reach = nearNumbersOnly ? READ_AFTER_NUMBER : NEVER;
    let afterNumber = nearNumbersOnly ? reach : 0;
    // SPACE_BEFORE and LINE_BREAK_BEFORE of the next token. One loop, no closures: the class of an
    // ASCII character is one table read, and a run of ASCII letters or digits one comparison a character.
    let before = 0;
    let p = 0;
    // A window guessed to start BACK_CHARACTERS before its number: where its reading started, the
    // token count then, and the index of its first token (-1 when not guessed).
    let retryFrom = 0;
    let retryLength = 0;
    let windowFirst = -1;
    while (p < n) {
      if (afterNumber >= reach) {
        // Most of an article is far from any number: its tokens are never read, so not recorded.
        const digit = nextDateDigit(text, p);
        if (digit === n) break;
        const from = windowStart(text, p, digit);
        if (from > p) {
          retryFrom = p;
          retryLength = this.length;
          // The skipped stretch is one empty mark after a line break, which no date reading reaches.
          this.push(p, p, MARK | SPACE_BEFORE | LINE_BREAK_BEFORE);
          windowFirst = this.length;
          p = from;
        }
        afterNumber = -NEVER; // no stop before the number
      }
      const start = p;
      const code = text.charCodeAt(p);
      const kind = code < 0x80 ? CLASS_OF[code]! : classOf(text, p);
      let tokenKind: number;
      if (kind === SPACE) {
        before |= isLineBreakCode(code) ? SPACE_BEFORE | LINE_BREAK_BEFORE : SPACE_BEFORE;
        p++;
        continue;
      } else if (kind === COMBINING) {
        p++;
        continue;
      } else if (kind === DIGIT) {
        // Other numbers are tokens like words: no date starts at them.
        const dated = !nearNumbersOnly || mayStartDate(text, p);
        if (dated && windowFirst !== -1 && this.length - windowFirst < READ_BEFORE_NUMBER) {
          // Too few tokens before the window's number (long words): the stretch is read whole.
          this.length = retryLength;
          this.heap?.splice(3 * retryLength); // a short text's offsets are pushed on a heap array
          p = retryFrom;
          before = 0;
          windowFirst = -1;
          continue;
        }
        p = this.numberEnd(p);
        tokenKind = NUMBER;
        if (dated) {
          windowFirst = -1;
          this.numbers.push(this.length);
          afterNumber = -1;
        }
      } else if (kind === LETTER) {
        p = this.wordEnd(p);
        tokenKind = WORD;
      } else {
        // One character (a surrogate pair counts as one).
        const pair = code >= 0xd800 && code <= 0xdbff && p + 1 < n && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00;
        p = this.afterMarks(pair ? p + 2 : p + 1);
        tokenKind = MARK;
      }
      // The kind and the flags share the token's tag (kind in the low bits, see KIND_MASK).
      this.push(start, p, tokenKind | before);
      before = 0;
      afterNumber++;
    }
  }

  /** Skips combining marks from `from`; a mark that follows no letter or digit is dropped. */
  private afterMarks(from: number): number {
    const { text } = this;
    const n = text.length;
    let q = from;
    while (q < n && classOf(text, q) === COMBINING) q++;
    return q;
  }

  /** End of the number starting at `from`: digits, and the combining marks after them. */
  private numberEnd(from: number): number {
    const { text } = this;
    const n = text.length;
    let p = from;
    while (p < n) {
      const code = text.charCodeAt(p);
      if (code >= 48 && code <= 57) p++;
      else if (code < 0x80) break;
      else {
        const kind = classOf(text, p);
        if (kind === DIGIT) p = this.afterMarks(p + 1);
        else if (kind === COMBINING) p = this.afterMarks(p);
        else break;
      }
    }
    return p;
  }

  /** End of the word starting at `p`: letters, marks, and apostrophes between letters. */
  private wordEnd(from: number): number {
    const { text } = this;
    const n = text.length;
    let p = from;
    while (p < n) {
      // ASCII letters, the common case, without the class lookup (`| 32` lower-cases A–Z).
      const code = text.charCodeAt(p);
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) {
        p++;
        continue;
      }
      const kind = code < 0x80 ? CLASS_OF[code]! : classOf(text, p);
      if (kind === LETTER || kind === COMBINING) {
        p++;
        continue;
      }
      // Jum'at, Jum’at; and a decomposed acute accent (a space then U+0301): "Jum ́at".
      let joinEnd = -1;
      if (kind === APOSTROPHE) joinEnd = this.afterMarks(p + 1);
      else if (kind === SPACE && p + 1 < n && classOf(text, p + 1) === COMBINING) joinEnd = this.afterMarks(p + 1);
      if (joinEnd > p && joinEnd < n && classOf(text, joinEnd) === LETTER) p = joinEnd;
      else break;
    }
    return p;
  }

  /** The kind and flags of token `index`; 0 outside the list. */
  private flagsAt(index: number): number {
    return index >= 0 && index < this.length ? this.tagOf(index) : 0;
  }

  protected make(start: number, end: number, tag: number): CalendarToken {
    const { text } = this;
    const kind = tag & KIND_MASK;
    if (kind === MARK) return { kind: 'mark', text: text.slice(start, end) };
    const run = asciiWordRunCase(text, start, end);
    const key =
      run === NOT_ASCII_RUN
        ? foldedKey(text, start, end)
        : run === ASCII_LOWER
          ? text.slice(start, end)
          : text.slice(start, end).toLowerCase();
    if (kind === NUMBER) return { kind: 'number', text: key, value: key.length <= 8 ? Number(key) : Number.NaN };
    return { kind: 'word', text: key };
  }

  /** Offset of token `index`'s first character in the text (the token must exist). */
  startAt(index: number): number {
    return this.startOf(index);
  }

  /** Offset just after token `index`'s last character (the token must exist). */
  endAt(index: number): number {
    return this.endOf(index);
  }

  /** Whether token `index` is a number, without making the token. */
  isNumberAt(index: number): boolean {
    return index >= 0 && index < this.length && (this.tagOf(index) & KIND_MASK) === NUMBER;
  }

  /** Whether white space separates token `index` from the one before it. */
  spaceBefore(index: number): boolean {
    return (this.flagsAt(index) & SPACE_BEFORE) !== 0;
  }

  /** Whether a line break separates token `index` from the one before it. */
  lineBreakBefore(index: number): boolean {
    return (this.flagsAt(index) & LINE_BREAK_BEFORE) !== 0;
  }

  /** Whether token `index` is part of a URL, a path or a file name. */
  inLink(index: number): boolean {
    if (!this.findLinks || index < 0 || index >= this.length) return false;
    // Asked of a few tokens, the dates' own: only their chunks of the text are looked at.
    this.links ??= new LinkChunks(this.text);
    return this.links.has(this.startOf(index));
  }

  /** Whether token `index` is written with a capital first letter. */
  capitalized(index: number): boolean {
    const first = this.text[this.startOf(index)] ?? '';
    return first !== first.toLowerCase() && first === first.toUpperCase();
  }
}

/**
 * Splits text into numbers, words (lower case, diacritics and in-word apostrophes removed, so
 * "Jum’at", "Jum´at" and its decomposed form are all `jumat`) and punctuation marks; white space
 * only separates. Digit runs longer than 8 keep their text but get value `NaN`, so no date
 * pattern accepts them. Offsets ({@link CalendarTokenList.startAt}) point into `text` as given.
 * Without `findLinks`, no token is marked as part of a link. With `nearNumbersOnly`, only the tokens
 * a date reading can look at are recorded (see {@link CalendarTokenList}'s constructor).
 */
export function calendarTokens(text: string, findLinks = true, nearNumbersOnly = false): CalendarTokenList {
  return new CalendarTokenList(text, findLinks, nearNumbersOnly);
}
