// Private: the words of a text as the unit recognizers read them. Word boundaries come from the
// shared tokenizer (text/wordSpans); this adds what unit names need: the place key of each word and
// what punctuation stands before it (a bracket, or a stop that a chain may not cross).
import { DOTTED_PLACE_ABBREVIATIONS } from '../data/unitNameWords';
import { placeKeyOfRange } from '../region/placeKey';
import { TokenOffsets } from '../text/tokenOffsets';
import { GAP, wordSpans } from '../text/wordSpans';

/** One word of the text, with the punctuation in the gap before it. */
export interface UnitToken {
  /** Offsets of the word in the text. */
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** {@link placeKey} of the word. */
  key: string;
  /** A `(` or `[` stands between the previous word and this one. */
  open: boolean;
  /** A `)` or `]` stands between the previous word and this one. */
  close: boolean;
  /** Sentence or list punctuation (`, . ; : ! ?`, quotes) stands before this word. */
  stop: boolean;
  /** The punctuation before this word is one comma and nothing else (an apposition may follow). */
  comma: boolean;
  /** The first letter is a capital. */
  upper: boolean;
  /** The word is all lower case. */
  lower: boolean;
  /** Cache of the head lookup at this word (see unitHeads); `null` when no head starts here. */
  head?: unknown;
}

const OPEN = 1;
const CLOSE = 2;
const STOP = 4;
/** The gap is one comma and spaces: "Polres Bengkulu Selatan, Polda Bengkulu". */
const COMMA = 8;

/** Letters of a word's {@link prefixCodeOf}: five tell "tahun" from "tahanan", "kepada" from "kepolisian". */
export const PREFIX_LETTERS = 5;

/**
 * The prefix code of the key or word at `units[from … to)` (code units, see codeUnits): its first
 * (up to) five a–z/0–9 characters, a run of one character counted once (as `placeKey` does),
 * packed base 37 (a small integer); -1 for another character.
 */
export function prefixCodeOf(units: Uint16Array, from: number, to: number): number {
  let code = 0;
  let count = 0;
  let last = -1;
  for (let i = from; i < to && count < PREFIX_LETTERS; i++) {
    let c = units[i]!;
    if (c >= 65 && c <= 90) c += 32;
    let digit: number;
    if (c >= 97 && c <= 122) digit = c - 96;
    else if (c >= 48 && c <= 57) digit = c - 21;
    else if (c === 39 || c === 45 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4 || c === 0x2bc) continue;
    else return -1;
    if (c === last) continue;
    last = c;
    code = code * 37 + digit;
    count++;
  }
  return code;
}

/**
 * The place key of two words' keys joined, as `placeKey` of the joined text gives it: a letter
 * that ends the first and starts the second counts once. Both keys are place keys already.
 */
export function joinKeys(first: string, second: string): string {
  if (first === '') return second;
  return first.charCodeAt(first.length - 1) === second.charCodeAt(0) ? first + second.slice(1) : first + second;
}

let dotted: ReadonlySet<string> | undefined;
function dottedAbbreviations(): ReadonlySet<string> {
  dotted ??= new Set(DOTTED_PLACE_ABBREVIATIONS.map((word) => word.toLowerCase()));
  return dotted;
}
/** Length of the longest dotted abbreviation: a longer word before a dot is none (no string made). */
const DOTTED_MAX_LENGTH = /* @__PURE__ */ (() => Math.max(...DOTTED_PLACE_ABBREVIATIONS.map((word) => word.length)))();

/** Internal to the constructor: a dot stands in the gap (a stop unless it ends "Kab."). */
const DOT_BEFORE = 16;
/** The constructor's filter accepted the word: {@link UnitTokens.passes} reads it in the tag. */
const HEAD = 32;

const HARD_STOP = GAP.CLAUSE | GAP.SENTENCE | GAP.PARAGRAPH | GAP.QUOTE;

/**
 * The flags of the gap before a word, from the shared tokenizer's gap class: brackets, a stop
 * (clause or sentence punctuation, a blank line, quotes), one comma alone (COMMA), a dot (left to
 * the caller). A slash or an ampersand does not stop a name ("Polres Lampung Selatan/Lamsel").
 */
function gapFlags(text: string, gap: number, from: number, to: number): number {
  if ((gap & ~(GAP.SPACE | GAP.START)) === 0) return 0;
  let flags = 0;
  if ((gap & GAP.OPEN_BRACKET) !== 0) flags |= OPEN;
  if ((gap & GAP.CLOSE_BRACKET) !== 0) flags |= CLOSE;
  if ((gap & HARD_STOP) !== 0) flags |= STOP;
  if ((gap & GAP.OTHER) !== 0) {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      // A slash, an ampersand, or what the other classes name; anything else is a stop.
      if (code === 47 || code === 38 || code <= 32 || code === 0xa0) continue;
      if (code === 46 || code === 44 || code === 40 || code === 41 || code === 91 || code === 93) continue;
      flags |= STOP;
      break;
    }
  }
  if ((gap & GAP.DOT) !== 0) flags |= DOT_BEFORE;
  if ((gap & GAP.COMMA) !== 0) {
    // One comma, perhaps after the `)` of a parenthetical: "Polres X (Tubaba), Polda Lampung".
    let commas = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) commas++;
    flags |= (flags & ~CLOSE) === 0 && commas === 1 ? STOP | COMMA : STOP;
  }
  return flags;
}

/** Written in lower case: no capital letter and at least one cased letter (`raw === raw.toLowerCase()
 * && raw !== raw.toUpperCase()`), told for ASCII without making two strings. `raw` is
 * `text.slice(start, end)`, read in `text` (one string shape, not each word's own). */
function isAllLowerCase(text: string, start: number, end: number, raw: string): boolean {
  let lower = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return raw === raw.toLowerCase() && raw !== raw.toUpperCase();
    if (code >= 65 && code <= 90) return false;
    if (code >= 97 && code <= 122) lower = true;
  }
  return lower;
}

/** Whether the first letter of `raw` (at `text[start]`) is a capital (`first !== first.toLowerCase()`). */
function isCapitalAt(text: string, start: number, raw: string): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}

/** Whether the word at `start … end` of a text, given as its code units, may start a unit name (see unitHeads). */
export type HeadFilter = (units: Uint16Array, start: number, end: number) => boolean;

/** The words of one text, read by index (`get(i)`, `length`); `undefined` outside the list. */
export class UnitTokens extends TokenOffsets<UnitToken> {
  /** Indexes of the words the constructor's `filter` accepts, ascending; `undefined` without a filter (any word may). */
  private readonly heads: number[] | undefined;
  /** The text's code units (the shared tokenizer's), read by the head filter. */
  private readonly units: Uint16Array;
  /** The constructor's filter, whose answers the tags keep. */
  private readonly filter: HeadFilter | undefined;
  /** Index in `heads` of the last answer of {@link UnitTokens.nextHeadFrom}. */
  private headCursor = 0;

  /**
   * @param filter - Tells the words that may start a unit name: they are recorded as the tokens
   * are, where their offsets are at hand (see {@link UnitTokens.nextHeadFrom}).
   */
  constructor(
    readonly text: string,
    filter?: HeadFilter,
  ) {
    // A ring of 256 tokens: more than a chain of mentions reaches.
    super(255, text.length);
    const heads: number[] | undefined = filter === undefined ? undefined : [];
    this.heads = heads;
    this.filter = filter;
    const words = wordSpans(text);
    const units = words.units;
    this.units = units;
    let previousStart = 0;
    let previousEnd = 0;
    // The next hyphen at or after the current word, found by one native search and searched again
    // only once passed (linear overall): most words have none, and a loop over their characters cost more.
    let hyphen = -1;
    const slots = words.offsetSlots();
    const count = words.length;
    for (let w = 0; w < count; w++) {
      const start = slots[3 * w]!;
      const end = slots[3 * w + 1]!;
      const gap = slots[3 * w + 2]!;
      // Most gaps are spaces: told here, without a call a word.
      let flags = (gap & ~(GAP.SPACE | GAP.START)) === 0 ? 0 : gapFlags(text, gap, previousEnd, start);
      if ((flags & DOT_BEFORE) !== 0) {
        // "Kep. Meranti", "Kab. Bogor": the dot ends an abbreviation, not a sentence.
        const abbreviation =
          w > 0 &&
          previousEnd - previousStart <= DOTTED_MAX_LENGTH &&
          dottedAbbreviations().has(text.slice(previousStart, previousEnd).toLowerCase());
        flags &= ~DOT_BEFORE;
        if (!abbreviation) flags = (flags & ~COMMA) | STOP;
      }
      // A hyphen inside a word separates place names here ("Tapanuli Utara-Sumatera Utara"); the
      // name as written keeps it ("Soekarno-Hatta").
      let from = start;
      if (hyphen !== -2 && hyphen <= start) hyphen = text.indexOf('-', start + 1);
      if (hyphen === -1) hyphen = -2;
      if (hyphen >= 0 && hyphen < end - 1) {
        for (let i = hyphen; i < end - 1; i++) {
          if (text.charCodeAt(i) !== 45) continue;
          if (heads !== undefined && filter!(units, from, i)) {
            heads.push(this.length);
            flags |= HEAD;
          }
          this.push(from, i, flags);
          flags = 0;
          from = i + 1;
        }
      }
      if (heads !== undefined && filter!(units, from, end)) {
        heads.push(this.length);
        flags |= HEAD;
      }
      this.push(from, end, flags);
      previousStart = from;
      previousEnd = end;
    }
  }

  /** Whether word `index` (which must exist) passes `filter`, told without making its token. */
  passes(index: number, filter: HeadFilter): boolean {
    // The constructor's filter was asked once already (the head readers ask again at every word they pass).
    if (filter === this.filter) return (this.tagOf(index) & HEAD) !== 0;
    return filter(this.units, this.startOf(index), this.endOf(index));
  }

  /**
   * The first word from `from` on that the constructor's `filter` accepted, or `length` when
   * none is left (`from` itself without a filter): a reader passes over the words that start no
   * unit name without asking each.
   */
  nextHeadFrom(from: number): number {
    const heads = this.heads;
    if (heads === undefined) return Math.min(from, this.length);
    // A scan reads forward: stepping on from the last answer costs, over the whole scan, one step
    // a recorded word (linear); a call that goes back searches (logarithmic).
    let i = this.headCursor;
    if (i > 0 && heads[i - 1]! >= from) {
      let high = i;
      i = 0;
      while (i < high) {
        const middle = (i + high) >>> 1;
        if (heads[middle]! < from) i = middle + 1;
        else high = middle;
      }
    }
    while (i < heads.length && heads[i]! < from) i++;
    this.headCursor = i;
    return i < heads.length ? heads[i]! : this.length;
  }

  /** {@link prefixCodeOf} of word `index` (which must exist), without making its token. */
  prefixCodeAt(index: number): number {
    return prefixCodeOf(this.units, this.startOf(index), this.endOf(index));
  }

  /** Whether word `index` (which must exist) has no stop or bracket before it, told without making its token. */
  joinsPrevious(index: number): boolean {
    return (this.tagOf(index) & (STOP | OPEN | CLOSE)) === 0;
  }

  /**
   * The base-37 digit (as {@link prefixCodeOf} counts) of the character that word `index`'s key
   * adds after a key ending in `last` when the two are joined ({@link joinKeys}), told from the
   * word's characters without making its token; 0 when unknown (a character past ASCII) or when
   * it adds none. A head reader tests the next word's first letter before it makes the token.
   */
  keyDigitAfter(index: number, last: number): number {
    const units = this.units;
    const end = this.endOf(index);
    const skip = last >= 97 && last <= 122 ? last - 96 : last >= 48 && last <= 57 ? last - 21 : -1;
    for (let i = this.startOf(index); i < end; i++) {
      let c = units[i]!;
      if (c >= 0x80) return 0;
      if (c >= 65 && c <= 90) c += 32;
      let digit: number;
      if (c >= 97 && c <= 122) digit = c - 96;
      else if (c >= 48 && c <= 57) digit = c - 21;
      // placeKey drops every other ASCII character.
      else continue;
      // A run of one character counts once, and the key's last letter joins the word's first.
      if (digit === skip) continue;
      return digit;
    }
    return 0;
  }

  protected make(start: number, end: number, flags: number): UnitToken {
    const { text } = this;
    const raw = text.slice(start, end);
    return {
      start,
      end,
      raw,
      key: placeKeyOfRange(text, start, end, raw),
      open: (flags & OPEN) !== 0,
      close: (flags & CLOSE) !== 0,
      stop: (flags & STOP) !== 0,
      comma: (flags & COMMA) !== 0,
      upper: isCapitalAt(text, start, raw),
      lower: isAllLowerCase(text, start, end, raw),
      // Made with the cache's slot: a slot added later gave the tokens two shapes.
      head: undefined,
    };
  }

  /** Offset just after the `)` or `]` that stands before word `index` (which must have `close`). */
  closeAfter(index: number): number {
    const before = this.get(index - 1);
    const token = this.get(index);
    if (before === undefined || token === undefined) return token?.start ?? this.text.length;
    for (let i = before.end; i < token.start; i++) {
      const ch = this.text[i];
      if (ch === ')' || ch === ']') return i + 1;
    }
    return before.end;
  }
}
