import type { TextSpan } from '@kamtibmas/core';
import { NAMING_REACH, PAGE_NOISE_LINE_STARTS, QUOTED_NAME_CUES } from '../data/pageNoise';
import { foldCase, isWhiteSpaceCode, isWordCharAt } from './foldCase';

/**
 * An article cut once into the pieces every decision reads: lines, sentences, the headline, the
 * spans inside quotation marks, and the page-noise lines to ignore. All offsets are into `text`.
 *
 * @internal
 */
export interface ArticleText {
  /** The article as given. */
  readonly text: string;
  /** `text` folded to lower case, same offsets. */
  readonly folded: string;
  /** Non-empty lines that are not page noise. */
  readonly lines: readonly TextSpan[];
  /** Sentences (a line is split at `.`, `!`, `?` followed by a space and a capital or quote). */
  readonly sentences: readonly TextSpan[];
  /** The headline: the first line of at least four words that is not page noise. */
  readonly headline: TextSpan | undefined;
  /** Spans inside quotation marks (“…”, "…"), closed at the end of a paragraph. */
  readonly quotes: readonly TextSpan[];
}

const MIN_HEADLINE_WORDS = 4;
// A headline is one of the first lines, short, and not a sentence: a lead paragraph ("WARTALIDIK,
// MANADO – Kapolda … melaksanakan …, Kamis (25/1/2024).") ends with a period and is long.
const HEADLINE_SEARCH_LINES = 6;
const MAX_HEADLINE_LENGTH = 200;
const BODY_LINE_WORDS = 12;
// Abbreviations a period does not end a sentence after are short (H., Pj., Dr., Jl., No.) or
// contain a period themselves (S.IK., M.Si.).
const MAX_ABBREVIATION = 3;

/**
 * Cuts an article into lines, sentences, headline and quotation spans, in one linear pass each.
 *
 * @param text - The article.
 * @returns The article's pieces.
 * @example
 * ```ts
 * readArticleText('Judul Berita Yang Cukup Panjang\nIsi. Kalimat dua.').sentences.length
 * //=> 3
 * ```
 * @internal
 */
export function readArticleText(text: string): ArticleText {
  const folded = foldCase(text);
  const lines: TextSpan[] = [];
  let headline: TextSpan | undefined;
  let searching = true;
  // The sentence marks, found once: for telling a paragraph (in the lines, in order) and for
  // splitting the lines into sentences.
  const marks = offsetsOfAny(text, SENTENCE_MARKS);
  const lineMark = nextOf(marks, text.length);
  // The line breaks, kept for the quotation marks.
  const breaks: number[] = [];
  // Lines are cut at each '\n' found by indexOf (native), not by reading the text a character at a
  // time in JavaScript.
  for (let lineStart = 0; lineStart <= text.length; ) {
    let i = text.indexOf('\n', lineStart);
    if (i === -1) i = text.length;
    else breaks.push(i);
    const span = trimSpan(text, lineStart, i);
    lineStart = i + 1;
    if (span === undefined || isNoise(folded, span) || isHeadlineList(text, span, lineMark)) continue;
    lines.push(span);
    if (headline === undefined && searching && lines.length <= HEADLINE_SEARCH_LINES) {
      if (isHeadlineLike(text, span)) headline = span;
      // The body has begun: a headline comes before it.
      else if (countLetterWords(text, span, BODY_LINE_WORDS) >= BODY_LINE_WORDS) searching = false;
    }
  }
  const sentences: TextSpan[] = [];
  const nextMark = nextOf(marks, text.length);
  for (const line of lines) splitSentences(text, line, sentences, nextMark);
  return { text, folded, lines, sentences, headline, quotes: findQuotes(text, folded, breaks) };
}

function trimSpan(text: string, start: number, end: number): TextSpan | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x200b || c === 0xfeff;
}

/** The page-noise starts by their first character: a line is compared only with those that open
 * with its own first character (most lines: none). */
const NOISE_BY_INITIAL: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => {
  const byInitial = new Map<number, string[]>();
  for (const start of PAGE_NOISE_LINE_STARTS) {
    const initial = start.charCodeAt(0);
    const starts = byInitial.get(initial);
    if (starts === undefined) byInitial.set(initial, [start]);
    else starts.push(start);
  }
  return byInitial;
})();

function isNoise(folded: string, span: TextSpan): boolean {
  const starts = NOISE_BY_INITIAL.get(folded.charCodeAt(span.start));
  if (starts === undefined) return false;
  for (const start of starts) {
    if (folded.startsWith(start, span.start)) return true;
  }
  return false;
}

// A site's ticker or list of other stories is headlines run together on one line: longer than a
// headline, no sentence ends in it, nearly every word capitalised ("Antisipasi 1 Desember, TNI
// Polri Patroli 2×24 jam di Kota Jayapura Pesan Sejuk Polri di Deklarasi Pemilu Ceria …", corpus
// 057: 0.92 of its words). A paragraph has its words in lower case, but one listing places and
// officers comes close (076: 0.85), and a photo caption in title case (041: 0.78).
const HEADLINE_LIST_MIN_WORDS = 12;
const HEADLINE_LIST_CAPITALISED_SHARE = 0.9;

function isHeadlineList(text: string, span: TextSpan, nextMark: (from: number) => number): boolean {
  if (span.end - span.start <= MAX_HEADLINE_LENGTH) return false;
  // A sentence ends inside: a lead or body paragraph (most long lines; told by native search).
  for (let at = nextMark(span.start); at < span.end; at = nextMark(at + 1)) {
    if (at + 1 === span.end || isSpace(text.charCodeAt(at + 1))) return false;
  }
  let words = 0;
  let capitalised = 0;
  // Whether the character before `i` is a word character: each character is asked about once.
  let after = isWordCharAt(text, span.start - 1);
  for (let i = span.start; i < span.end; i++) {
    const before = after;
    after = isWordCharAt(text, i);
    if (!after || before) continue;
    words++;
    const first = text[i]!;
    const code = text.charCodeAt(i);
    if (first !== first.toLowerCase() || (code >= 48 && code <= 57)) capitalised++;
  }
  return words >= HEADLINE_LIST_MIN_WORDS && capitalised >= HEADLINE_LIST_CAPITALISED_SHARE * words;
}

function isHeadlineLike(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_HEADLINE_LENGTH) return false;
  if (text[span.end - 1] === '.' && text[span.end - 2] !== '.') return false;
  return countLetterWords(text, span, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS;
}

/** Words of two or more letters (a date widget, "Selasa, 24 Februari 2026", is no headline), counted
 * up to `enough`: the callers ask whether a line has that many, and a paragraph is not read to its
 * end for it. */
function countLetterWords(text: string, span: TextSpan, enough: number): number {
  let words = 0;
  let letters = 0;
  let digits = false;
  for (let i = span.start; i <= span.end && words < enough; i++) {
    if (i < span.end && isWordCharAt(text, i)) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits = true;
      else letters++;
      continue;
    }
    if (letters >= 2 && !digits) words++;
    letters = 0;
    digits = false;
  }
  return words;
}

function splitSentences(text: string, line: TextSpan, out: TextSpan[], nextMark: (from: number) => number): void {
  let start = line.start;
  for (let i = nextMark(line.start); i < line.end - 1; i = nextMark(i + 1)) {
    const c = text.charCodeAt(i);
    if (!isSpace(text.charCodeAt(i + 1))) continue;
    if (c === FULL_STOP && isAbbreviationBefore(text, i, line.start)) continue;
    let next = i + 1;
    while (next < line.end && isSpace(text.charCodeAt(next))) next++;
    const n = text[next];
    if (n === undefined || !(isUpper(n) || n === '"' || n === '“' || n === '(')) continue;
    const span = trimSpan(text, start, i + 1);
    if (span !== undefined) out.push(span);
    start = next;
  }
  const last = trimSpan(text, start, line.end);
  if (last !== undefined) out.push(last);
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
}

function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let s = dot;
  // A word longer than this is no abbreviation; the walk back stops there (linear on long words).
  const limit = Math.max(floor, dot - 12);
  while (s > limit && !isSpace(text.charCodeAt(s - 1))) s--;
  if (s === limit && s > floor && !isSpace(text.charCodeAt(s - 1))) return false;
  const word = text.slice(s, dot);
  return word.length <= MAX_ABBREVIATION || word.includes('.');
}

const SENTENCE_MARKS = ['.', '!', '?'] as const;
const FULL_STOP = 46;

/**
 * The offsets of every one of `chars` in the text, in order: one native indexOf sweep per
 * character (reading each character in JavaScript, or a scanning regular expression, cost several
 * times more), the sweeps merged.
 */
function offsetsOfAny(text: string, chars: readonly string[], more: readonly number[] = []): readonly number[] {
  let offsets = more;
  for (const char of chars) {
    const found: number[] = [];
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found.push(at);
    offsets = mergeOffsets(offsets, found);
  }
  return offsets;
}

/** Two sorted lists of distinct offsets as one. */
function mergeOffsets(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The first of `offsets` (sorted) at or after an offset, for offsets that only grow; `none` when
 * none is left.
 */
function nextOf(offsets: readonly number[], none: number): (from: number) => number {
  let k = 0;
  return (from) => {
    while (k < offsets.length && offsets[k]! < from) k++;
    return k < offsets.length ? offsets[k]! : none;
  };
}
const QUOTE_MARKS = ['"', '“', '”'] as const;
const NEWLINE = 10;
const STRAIGHT_QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

// A few words in quotation marks name something (“Ngopi Bareng”, “Cooling System”); a statement is
// longer.
const MIN_QUOTE_WORDS = 5;

function findQuotes(text: string, folded: string, breaks: readonly number[]): TextSpan[] {
  const quotes: TextSpan[] = [];
  let open = -1;
  // Only line breaks and quotation marks matter.
  for (const i of offsetsOfAny(text, QUOTE_MARKS, breaks)) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (open !== -1) pushQuote(text, folded, quotes, open, i);
      open = -1;
    } else if (open === -1 && (c === LEFT_QUOTE || c === STRAIGHT_QUOTE)) {
      open = i + 1;
    } else if (open !== -1 && (c === LEFT_QUOTE || c === STRAIGHT_QUOTE || c === RIGHT_QUOTE)) {
      pushQuote(text, folded, quotes, open, i);
      open = -1;
    }
  }
  if (open !== -1) pushQuote(text, folded, quotes, open, text.length);
  return quotes;
}

function pushQuote(text: string, folded: string, quotes: TextSpan[], start: number, end: number): void {
  // A name in quotation marks after "acara", "tema", "bertajuk" … is no statement. The cue is
  // compared in place in the folded text, before the white space `trimEnd` would drop (no slice
  // per quote).
  const floor = Math.max(0, start - NAMING_REACH);
  let cueEnd = start - 1;
  while (cueEnd > floor && isWhiteSpaceCode(text.charCodeAt(cueEnd - 1))) cueEnd--;
  if (QUOTED_NAME_CUES.some((cue) => cueEnd - cue.length >= floor && folded.startsWith(cue, cueEnd - cue.length)))
    return;
  let words = 0;
  // Whether the character before `i` is a word character: each character is asked about once.
  let after = isWordCharAt(text, start - 1);
  for (let i = start; i < end && words < MIN_QUOTE_WORDS; i++) {
    const before = after;
    after = isWordCharAt(text, i);
    if (after && !before) words++;
  }
  if (words >= MIN_QUOTE_WORDS) quotes.push({ start, end });
}

/**
 * Index of the span of a sorted, non-overlapping list that contains `offset`, or -1.
 *
 * @param spans - Sorted spans.
 * @param offset - An offset into the text.
 * @returns The index, or -1 when no span contains the offset.
 * @example
 * ```ts
 * spanIndexAt([{ start: 0, end: 5 }, { start: 6, end: 9 }], 7)
 * //=> 1
 * ```
 * @internal
 */
export function spanIndexAt(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The sentence containing `offset`, if any.
 *
 * @param article - The article.
 * @param offset - An offset.
 * @returns The sentence span, or `undefined` (page noise, blank space).
 * @example
 * ```ts
 * sentenceAt(readArticleText('Satu dua tiga empat. Lima enam.'), 22)
 * //=> { start: 21, end: 31 }
 * ```
 * @internal
 */
export function sentenceAt(article: ArticleText, offset: number): TextSpan | undefined {
  return article.sentences[spanIndexAt(article.sentences, offset)];
}

/**
 * Whether `offset` lies inside quotation marks.
 *
 * @param article - The article.
 * @param offset - An offset.
 * @returns `true` inside a quotation.
 * @example
 * ```ts
 * inQuote(readArticleText('Ia berkata "aman" hari ini.'), 13)
 * //=> true
 * ```
 * @internal
 */
export function inQuote(article: ArticleText, offset: number): boolean {
  return spanIndexAt(article.quotes, offset) !== -1;
}

/**
 * Whether `offset` lies in the headline.
 *
 * @param article - The article.
 * @param offset - An offset.
 * @returns `true` in the headline.
 * @example
 * ```ts
 * inHeadline(readArticleText('Polres Lebong Gelar Apel Siaga\nIsi.'), 3)
 * //=> true
 * ```
 * @internal
 */
export function inHeadline(article: ArticleText, offset: number): boolean {
  const h = article.headline;
  return h !== undefined && offset >= h.start && offset < h.end;
}
