// Private: the words of a text as the unit recognizers read them. Word boundaries come from the
// shared tokenizer (text/wordSpans); this adds what unit names need: the place key of each word and
// what punctuation stands before it (a bracket, or a stop that a chain may not cross).
import { DOTTED_PLACE_ABBREVIATIONS } from '../data/unitNameWords';
import { placeKey } from '../region/placeKey';
import { TokenOffsets } from '../text/tokenOffsets';
import { wordSpans } from '../text/wordSpans';

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
    const words = wordSpans(text);
    let previousEnd = 0;
    let previousKey = '';
    for (let w = 0; w < words.length; w++) {
      const word = words.get(w)!;
      let flags = 0;
      for (let i = previousEnd; i < word.start; i++) {
        const ch = text[i]!;
        if (ch === '(' || ch === '[') flags |= OPEN;
        else if (ch === ')' || ch === ']') flags |= CLOSE;
        else if (ch === '.' && dottedAbbreviations().has(previousKey)) {
          // "Kep. Meranti", "Kab. Bogor": the dot ends an abbreviation, not a sentence.
        } else if (!isSoftCharacter(ch)) flags |= STOP;
      }
      this.push(word.start, word.end, flags);
      previousEnd = word.end;
      previousKey = word.key;
    }
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
