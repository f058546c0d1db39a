// Private: the words of a text as the unit recognizers read them. Word boundaries come from the
// shared tokenizer (text/wordSpans); this adds what unit names need: the place key of each word and
// what punctuation stands before it (a bracket, or a stop that a chain may not cross).
import { DOTTED_PLACE_ABBREVIATIONS } from '../data/unitNameWords';
import { placeKey } from '../region/placeKey';
import { TokenOffsets } from '../text/tokenOffsets';
import { WordList } from '../text/wordSpans';

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
 * The prefix code of a key or word: its first (up to) five a–z/0–9 characters, a run of one
 * character counted once (as `placeKey` does), packed base 64; -1 for another character.
 */
export function prefixCodeOf(text: string, from: number, to: number): number {
  let code = 0;
  let count = 0;
  let last = -1;
  for (let i = from; i < to && count < PREFIX_LETTERS; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (c === 39 || c === 45 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4 || c === 0x2bc) continue;
      return -1;
    }
    if (c === last) continue;
    last = c;
    code = code * 64 + (c - 47);
    count++;
  }
  return code;
}

/** The shared tokenizer's word offsets, read without making a span object per word. */
class WordOffsets extends WordList {
  startAtIndex(index: number): number {
    return this.startOf(index);
  }
  endAtIndex(index: number): number {
    return this.endOf(index);
  }
}

let dotted: ReadonlySet<string> | undefined;
function dottedAbbreviations(): ReadonlySet<string> {
  dotted ??= new Set(DOTTED_PLACE_ABBREVIATIONS.map((word) => word.toLowerCase()));
  return dotted;
}

/** Punctuation of a gap that does not stop a unit name: spaces, hyphens, slashes, ampersands. */
function isSoftCharacter(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '-' || ch === '/' || ch === '&' || ch === '\u00a0';
}

/** The words of one text, read by index (`get(i)`, `length`); `undefined` outside the list. */
export class UnitTokens extends TokenOffsets<UnitToken> {
  constructor(readonly text: string) {
    // A ring of 256 tokens: more than a chain of mentions reaches.
    super(255);
    const words = new WordOffsets(text);
    let previousStart = 0;
    let previousEnd = 0;
    for (let w = 0; w < words.length; w++) {
      const start = words.startAtIndex(w);
      const end = words.endAtIndex(w);
      let flags = 0;
      let commas = 0;
      // Whether the previous word is an abbreviation a dot ends; read on the gap's first dot only.
      let dottedBefore: boolean | undefined;
      for (let i = previousEnd; i < start; i++) {
        const ch = text[i]!;
        if (ch === '(' || ch === '[') flags |= OPEN;
        else if (ch === ')' || ch === ']') flags |= CLOSE;
        else if (ch === ',') commas++;
        else if (ch === '.') {
          dottedBefore ??= w > 0 && dottedAbbreviations().has(text.slice(previousStart, previousEnd).toLowerCase());
          // "Kep. Meranti", "Kab. Bogor": the dot ends an abbreviation, not a sentence.
          if (!dottedBefore) flags |= STOP;
        } else if (!isSoftCharacter(ch)) flags |= STOP;
      }
      // One comma, perhaps after the `)` of a parenthetical: "Polres X (Tubaba), Polda Lampung".
      if (commas > 0) flags |= commas === 1 && (flags & ~CLOSE) === 0 ? STOP | COMMA : STOP;
      // A hyphen inside a word separates place names here ("Tapanuli Utara-Sumatera Utara"); the
      // name as written keeps it ("Soekarno-Hatta").
      let from = start;
      for (let i = start + 1; i < end - 1; i++) {
        if (text.charCodeAt(i) !== 45) continue;
        this.push(from, i, flags);
        flags = 0;
        from = i + 1;
      }
      this.push(from, end, flags);
      previousStart = from;
      previousEnd = end;
    }
  }

  /**
   * A code of the first (up to) five letters of word `index`, repeated letters counted once, read
   * without making the token; -1 when the word has a character outside a–z, 0–9 and joiners.
   */
  prefixCode(index: number): number {
    return prefixCodeOf(this.text, this.startOf(index), this.endOf(index));
  }

  protected make(start: number, end: number, flags: number): UnitToken {
    const raw = this.text.slice(start, end);
    const first = raw[0] ?? '';
    return {
      start,
      end,
      raw,
      key: placeKey(raw),
      open: (flags & OPEN) !== 0,
      close: (flags & CLOSE) !== 0,
      stop: (flags & STOP) !== 0,
      comma: (flags & COMMA) !== 0,
      upper: first !== first.toLowerCase(),
      lower: raw === raw.toLowerCase() && raw !== raw.toUpperCase(),
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
