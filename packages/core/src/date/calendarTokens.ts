// Private tokenizer for the date parser: one linear pass, no regular expressions.
//
// The pass records where each token is (typed arrays, outside the garbage-collected heap); a
// token's object and text are made when the parser reads it and kept in a small ring of recent
// tokens, so what stays alive does not grow with the text.

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

/** Ring of recently made tokens; a power of two larger than the date parser's look-around. */
const CACHE_SIZE = 64;
const CACHE_MASK = CACHE_SIZE - 1;

/** The tokens of a text, read by index (`get(i)`, `length`); `undefined` outside the list. */
export class CalendarTokenList {
  readonly length: number;
  /** The text lower-cased and decomposed (NFKD); token offsets point into it. */
  private readonly folded: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  // Plain arrays filled as words are read: a short text pays for the few slots it uses.
  private readonly cachedIndex: number[] = [];
  private readonly cached: CalendarToken[] = [];

  constructor(text: string) {
    const folded = text.normalize('NFKD').toLowerCase();
    const n = folded.length;
    // Position of the next character that is not a combining mark (the marks are dropped).
    const next = (from: number): number => {
      let p = from;
      while (p < n && isCombiningMark(folded.charCodeAt(p))) p++;
      return p;
    };
    let capacity = 16; // Small typed arrays live in the heap; a long text's grow by doubling.
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let kinds = new Uint8Array(capacity);
    let count = 0;
    const push = (kind: number, start: number, end: number) => {
      if (count === capacity) {
        capacity *= 2;
        starts = grown(starts, new Int32Array(capacity));
        ends = grown(ends, new Int32Array(capacity));
        kinds = grown(kinds, new Uint8Array(capacity));
      }
      starts[count] = start;
      ends[count] = end;
      kinds[count] = kind;
      count++;
    };
    let p = next(0);
    while (p < n) {
      const start = p;
      const code = folded.charCodeAt(p);
      if (isDigitCode(code)) {
        while (p < n && isDigitCode(folded.charCodeAt(p))) p = next(p + 1);
        push(NUMBER, start, p);
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
        push(WORD, start, p);
      } else {
        // One character (a surrogate pair counts as one).
        const pair = code >= 0xd800 && code <= 0xdbff && p + 1 < n && (folded.charCodeAt(p + 1) & 0xfc00) === 0xdc00;
        const end = pair ? p + 2 : p + 1;
        if (folded.slice(p, end).trim() !== '') push(MARK, p, end);
        p = next(end);
      }
    }
    this.length = count;
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }

  get(index: number): CalendarToken | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const slot = index & CACHE_MASK;
    if (this.cachedIndex[slot] === index) return this.cached[slot];
    const written = this.folded.slice(this.starts[index], this.ends[index]);
    const kind = this.kinds[index];
    let token: CalendarToken;
    if (kind === NUMBER) {
      const digits = stripped(written, false);
      token = { kind: 'number', text: digits, value: digits.length <= 8 ? Number(digits) : Number.NaN };
    } else if (kind === WORD) token = { kind: 'word', text: stripped(written, true) };
    else token = { kind: 'mark', text: written };
    this.cachedIndex[slot] = index;
    this.cached[slot] = token;
    return token;
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Splits text into numbers, words (lower case, diacritics and in-word apostrophes removed, so
 * "Jum’at" is `jumat`) and punctuation marks; white space only separates. Digit runs longer than
 * 8 keep their text but get value `NaN`, so no date pattern accepts them.
 */
export function calendarTokens(text: string): CalendarTokenList {
  return new CalendarTokenList(text);
}
