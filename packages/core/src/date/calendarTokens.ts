// Private tokenizer for the date parser: one linear pass, no regular expressions. The pass records
// only where each token is; a token is made when the parser reads it (see TokenOffsets).

import { TokenOffsets } from '../text/tokenOffsets';

/** A token of date text: a run of digits, a folded word, or one punctuation character. */
export type CalendarToken =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'word'; text: string }
  | { kind: 'mark'; text: string };

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ']);

const NUMBER = 0;
const WORD = 1;
const MARK = 2;

function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `text` without combining marks (and, for words, without apostrophes). */
function stripped(text: string, apostrophes: boolean): string {
  const dropped = (i: number) =>
    isCombiningMark(text.charCodeAt(i)) ||
    (apostrophes && !isLetterCode(text.charCodeAt(i)) && APOSTROPHES.has(text[i]!));
  let i = 0;
  while (i < text.length && !dropped(i)) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!dropped(i)) out += text[i];
  return out;
}

/** The tokens of a text, read by index (`get(i)`, `length`); `undefined` outside the list. */
export class CalendarTokenList extends TokenOffsets<CalendarToken> {
  /** The text lower-cased and decomposed (NFKD); token offsets point into it. */
  private readonly folded: string;

  constructor(text: string) {
    // A ring of 64 tokens: more than the date parser's look-around.
    super(63);
    const folded = text.normalize('NFKD').toLowerCase();
    this.folded = folded;
    const n = folded.length;
    // Position of the next character that is not a combining mark (the marks are dropped).
    const next = (from: number): number => {
      let p = from;
      while (p < n && isCombiningMark(folded.charCodeAt(p))) p++;
      return p;
    };
    let p = next(0);
    while (p < n) {
      const start = p;
      const code = folded.charCodeAt(p);
      if (isDigitCode(code)) {
        while (p < n && isDigitCode(folded.charCodeAt(p))) p = next(p + 1);
        this.push(start, p, NUMBER);
      } else if (isLetterCode(code)) {
        while (p < n) {
          const c = folded.charCodeAt(p);
          if (isLetterCode(c)) {
            p = next(p + 1);
          } else if (APOSTROPHES.has(folded[p]!)) {
            const after = next(p + 1);
            if (after < n && isLetterCode(folded.charCodeAt(after)))
              p = after; // Jum'at, Jum’at
            else break;
          } else break;
        }
        this.push(start, p, WORD);
      } else {
        // One character (a surrogate pair counts as one).
        const pair = code >= 0xd800 && code <= 0xdbff && p + 1 < n && (folded.charCodeAt(p + 1) & 0xfc00) === 0xdc00;
        const end = pair ? p + 2 : p + 1;
        if (folded.slice(p, end).trim() !== '') this.push(p, end, MARK);
        p = next(end);
      }
    }
  }

  protected make(start: number, end: number, kind: number): CalendarToken {
    const written = this.folded.slice(start, end);
    if (kind === NUMBER) {
      const digits = stripped(written, false);
      return { kind: 'number', text: digits, value: digits.length <= 8 ? Number(digits) : Number.NaN };
    }
    if (kind === WORD) return { kind: 'word', text: stripped(written, true) };
    return { kind: 'mark', text: written };
  }
}

/**
 * Splits text into numbers, words (lower case, diacritics and in-word apostrophes removed, so
 * "Jum’at" is `jumat`) and punctuation marks; white space only separates. Digit runs longer than
 * 8 keep their text but get value `NaN`, so no date pattern accepts them.
 */
export function calendarTokens(text: string): CalendarTokenList {
  return new CalendarTokenList(text);
}
