// Private helper for the officer-mention, rank and position parsers: splits text into word spans
// that keep their offsets, so parsers can match on folded letters yet return text as written.
// One linear pass, no regular expressions over the whole input.

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

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** Splits `text` into {@link WordSpan}s in order. Never throws; linear in `text.length`. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let key = '';
    while (i < length) {
      const ch = text[i]!;
      if (isWordChar(ch)) {
        key += ch;
        i++;
      } else if (JOINERS.has(ch) && i + 1 < length && isWordChar(text[i + 1]!) && i > start) {
        i++;
      } else break;
    }
    const raw = text.slice(start, i);
    const first = raw[0]!;
    spans.push({
      start,
      end: i,
      raw,
      key: key.toLowerCase(),
      capitalized: first !== first.toLowerCase() && first === first.toUpperCase(),
    });
  }
  return spans;
}

/** Letters-and-digits key of a phrase (`'Jend. Pol.'` → `'jendpol'`). */
export function letterKey(text: string): string {
  let key = '';
  for (const span of wordSpans(text)) key += span.key;
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
