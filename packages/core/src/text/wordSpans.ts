// Private helper for the officer-mention, rank and position parsers: splits text into word spans
// that keep their offsets, so parsers can match on folded letters yet return text as written.
// One linear pass, no regular expressions over the whole input. The pass records only offsets; a
// word's span is made when a parser reads it (see TokenOffsets).

import { TokenOffsets } from './tokenOffsets';

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
const JOINERS = new Set(["'", '’', '‘', '`', 'ʼ', '-']);

/** Word-character test of non-ASCII code units, memoised: 0 unknown, 1 word, 2 not. */
const NON_ASCII_WORD = /* @__PURE__ */ new Uint8Array(0x10000);

function isWordCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = NON_ASCII_WORD[code]!;
  if (known === 0) {
    known = LETTER.test(text[i]!) ? 1 : 2;
    NON_ASCII_WORD[code] = known;
  }
  return known === 1;
}

/**
 * The words of a text in order, read by index like an array (`get(i)`, `length`). Indexes outside
 * `0 … length - 1` give `undefined`. A span asked for again may be a new but equal object.
 */
export class WordList extends TokenOffsets<WordSpan> {
  constructor(private readonly text: string) {
    // A ring of 128 spans: more than any parser's look-around.
    super(127);
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (!isWordCode(text, i)) {
        i++;
        continue;
      }
      const start = i;
      while (i < length) {
        if (isWordCode(text, i)) i++;
        else if (i > start && i + 1 < length && JOINERS.has(text[i]!) && isWordCode(text, i + 1)) i++;
        else break;
      }
      this.push(start, i, 0);
    }
  }

  protected make(start: number, end: number): WordSpan {
    const { text } = this;
    const raw = text.slice(start, end);
    // The key leaves out joiners; most words have none, and their key is the word itself.
    let key = '';
    let run = start;
    for (let i = start; i < end; i++) {
      if (isWordCode(text, i)) continue;
      key += text.slice(run, i);
      run = i + 1;
    }
    key = run === start ? raw : key + text.slice(run, end);
    const first = raw[0]!;
    return {
      start,
      end,
      raw,
      key: key.toLowerCase(),
      capitalized: first !== first.toLowerCase() && first === first.toUpperCase(),
    };
  }
}

/** Splits `text` into {@link WordSpan}s in order. Never throws; linear in `text.length`. */
export function wordSpans(text: string): WordList {
  return new WordList(text);
}

/** Letters-and-digits key of a phrase (`'Jend. Pol.'` → `'jendpol'`). */
export function letterKey(text: string): string {
  const words = wordSpans(text);
  let key = '';
  for (let i = 0; i < words.length; i++) key += words.get(i)!.key;
  return key;
}

/** The text between two word spans (or from/to the text's ends when a span is missing). */
export function gapBetween(text: string, before: WordSpan | undefined, after: WordSpan | undefined): string {
  return text.slice(before ? before.end : 0, after ? after.start : text.length);
}

/** Longest gap that can still sit inside one rank, title or name. */
const MAX_SOFT_GAP = 8;

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
