// Private: where a text holds URLs, paths and file names, so that the date finder never reads a
// date out of "/2024/01/25/", "tribunnews.com/…/2023/11/03/…" or "IMG-20240125-WA0012.jpg".
// One linear pass over the text's chunks (runs of characters without white space).
import { FILE_NAME_EXTENSIONS, FILE_NAME_TIME_JOINERS } from '../data/dateWords';

const EXTENSIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(FILE_NAME_EXTENSIONS);
const TIME_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(FILE_NAME_TIME_JOINERS);
// The longest extension, so the check of a chunk's end stays constant work.
const MAX_EXTENSION = /* @__PURE__ */ FILE_NAME_EXTENSIONS.reduce((n, e) => Math.max(n, e.length), 0);

/** White space as `String.prototype.trim` sees it, by code unit. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A line break, as far as joining words into one date goes. */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Characters that may wrap a link or file name without being part of it. */
function isWrapper(code: number): boolean {
  // ( ) [ ] " ' , . ; : !  ?
  return (
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x2c ||
    code === 0x2e ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f
  );
}

/** Whether `text[start, end)` ends in a file extension (`….jpg`, `….pdf)`). */
function hasFileExtension(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isWrapper(text.charCodeAt(e - 1))) e--;
  for (let dot = e - 1; dot > start && dot >= e - MAX_EXTENSION - 1; dot--) {
    if (text.charCodeAt(dot) === 0x2e) return EXTENSIONS.has(text.slice(dot + 1, e).toLowerCase());
    if (!isAsciiLetter(text.charCodeAt(dot)) && !(text.charCodeAt(dot) >= 48 && text.charCodeAt(dot) <= 57))
      return false;
  }
  return false;
}

/** Whether `text[from, to)` is a domain name: letters, digits and hyphens in two or more dotted labels. */
function isDomain(text: string, from: number, to: number): boolean {
  let dots = 0;
  let letters = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      if (i === from || text.charCodeAt(i - 1) === 0x2e) return false;
      dots++;
    } else if (isAsciiLetter(code)) letters = true;
    else if (!(code >= 48 && code <= 57) && code !== 0x2d) return false;
  }
  return dots > 0 && letters && text.charCodeAt(to - 1) !== 0x2e;
}

/**
 * Whether the chunk `text[start, end)` is a URL, a path, an address or a file name: it has `://`,
 * `www.`, `@` or `_`; starts with `/` and goes on (a path, not a lone slash); is a domain followed
 * by a path (`detik.com/berita/…`); has
 * three slashes or more and ends in a slash or a segment with letters (`berita/2024/01/25/judul`,
 * not the date `(Rabu/13/12/2023)`); or ends in a file extension.
 */
function isLinkChunk(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && isWrapper(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isWrapper(text.charCodeAt(e - 1))) e--;
  // A path ("/2024/01/25/"), not a slash standing alone ("24 / 11 / 2023").
  if (s + 1 < e && text.charCodeAt(s) === 0x2f) return true;
  if (e - s >= 4 && (text.charCodeAt(s) | 0x20) === 0x77 && (text.charCodeAt(s + 1) | 0x20) === 0x77) {
    if ((text.charCodeAt(s + 2) | 0x20) === 0x77 && text.charCodeAt(s + 3) === 0x2e) return true; // www.
  }
  let slashes = 0;
  let firstSlash = -1;
  let lastSlash = -1;
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x40 || code === 0x5f) return true; // @ _
    if (code === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) return true;
    if (code !== 0x2f) continue;
    slashes++;
    if (firstSlash < 0) firstSlash = i;
    lastSlash = i;
  }
  if (firstSlash > s && isDomain(text, s, firstSlash)) return true;
  if (slashes >= 3) {
    if (lastSlash === e - 1) return true;
    for (let i = lastSlash + 1; i < e; i++) if (isAsciiLetter(text.charCodeAt(i))) return true;
  }
  return hasFileExtension(text, s, end);
}

/**
 * The ranges of `text` that are links or file names, as `[start, end)` pairs in order in one
 * flat array. A file name's date and time written apart ("WhatsApp Image 2024-01-25 at
 * 10.15.30.jpeg") count as part of it. Linear in `text.length`.
 */
export function linkRanges(text: string): number[] {
  const ranges: number[] = [];
  const n = text.length;
  // Only a chunk with one of / @ _ . can be a link or a file name; most words have none. The marks
  // are found natively, each chunk holding one read once: a text is not read a character at a time.
  const marks = LINK_MARKS.map((mark) => ({ mark, at: text.indexOf(mark) }));
  let from = 0;
  for (;;) {
    let mark = -1;
    for (const next of marks) {
      if (next.at !== -1 && next.at < from) next.at = text.indexOf(next.mark, from);
      if (next.at !== -1 && (mark === -1 || next.at < mark)) mark = next.at;
    }
    if (mark === -1) break;
    let start = mark;
    while (start > from && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = mark + 1;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    from = end;
    const first = chunkLinkStart(text, start, end);
    if (first === -1) continue;
    // Merge with the last range when they touch or overlap (the marked chunks before this one).
    if (ranges.length > 0 && ranges[ranges.length - 1]! >= first) {
      ranges[ranges.length - 1] = end;
      if (ranges[ranges.length - 2]! > first) ranges[ranges.length - 2] = first;
    } else {
      ranges.push(first, end);
    }
  }
  return ranges;
}

/** The characters one of which a link or a file name holds. */
const LINK_MARKS = ['/', '@', '_', '.'] as const;

/** Whether a code unit is one of LINK_MARKS. */
function isLinkMark(code: number): boolean {
  return code === 0x2f || code === 0x40 || code === 0x5f || code === 0x2e;
}

/**
 * Where the link range of the chunk `text[start, end)` starts (before the chunk for a camera's file
 * name written with its date and time apart), or -1 when the chunk is no link.
 */
function chunkLinkStart(text: string, start: number, end: number): number {
  // Most chunks with a mark are a word and its full stop ("kata."): when the chunk's first mark is
  // in the punctuation that ends it, its body has none and it is no link (isLinkChunk not run).
  let body = end;
  while (body > start && isWrapper(text.charCodeAt(body - 1))) body--;
  let mark = start;
  while (mark < body && !isLinkMark(text.charCodeAt(mark))) mark++;
  if (mark >= body || !isLinkChunk(text, start, end)) return -1;
  return hasFileExtension(text, start, end) ? fileTimeStart(text, start) : start;
}

/**
 * Whether offsets of a text are in the ranges {@link linkRanges} finds, asked of the chunks they are
 * in only: the date finder asks of a few tokens, and most of an article's chunks are never looked at.
 */
export class LinkChunks {
  // The last chunk asked of (`text[start, end)`) and its answer: asked in text order, each chunk is
  // read a bounded number of times, so the whole stays linear.
  private start = 0;
  private end = 0;
  private inLink = false;

  constructor(private readonly text: string) {}

  /** Whether `text[at]`, not white space, is in a link or a file name. */
  has(at: number): boolean {
    if (at >= this.start && at < this.end) return this.inLink;
    const { text } = this;
    const n = text.length;
    let start = at;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    this.start = start;
    this.end = end;
    this.inLink = chunkLinkStart(text, start, end) !== -1 || this.fileNameAfter(start, end);
    return this.inLink;
  }

  /** Whether a file name one or two chunks after `text[start, end)` on its line has its range start there (fileTimeStart). */
  private fileNameAfter(start: number, end: number): boolean {
    const { text } = this;
    const n = text.length;
    let from = end;
    for (let k = 0; k < 2; k++) {
      let next = from;
      while (next < n && isSpaceCode(text.charCodeAt(next))) {
        if (isLineBreakCode(text.charCodeAt(next))) return false; // fileTimeStart never reaches over one
        next++;
      }
      if (next === n) return false;
      let nextEnd = next + 1;
      while (nextEnd < n && !isSpaceCode(text.charCodeAt(nextEnd))) nextEnd++;
      const first = chunkLinkStart(text, next, nextEnd);
      if (first !== -1 && first <= start) return true;
      from = nextEnd;
    }
    return false;
  }
}

/**
 * Where a file name that starts at `start` really starts: "Screenshot 2024-08-24 at 10.15.30.jpeg"
 * — two chunks before it on the same line, the one just before a time joiner ("at") — or `start`.
 */
function fileTimeStart(text: string, start: number): number {
  const joiner = chunkBefore(text, start);
  if (joiner === undefined || !TIME_JOINERS.has(text.slice(joiner.start, joiner.end).toLowerCase())) return start;
  const before = chunkBefore(text, joiner.start);
  return before === undefined ? start : before.start;
}

/** The chunk (a run of characters other than white space) before offset `at`, on the same line. */
function chunkBefore(text: string, at: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) {
    if (isLineBreakCode(text.charCodeAt(end - 1))) return undefined;
    end--;
  }
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return { start, end };
}
