// Private: the words of a text as the phrase matchers see them (vocabularies, operation names), with
// where each one is in the text as written. One linear pass; `foldText` and `wordTokens` are this
// pass without the offsets, so the two cannot drift apart.

import { APOSTROPHES } from '../data/apostrophes';

/** Apostrophes vanish inside a word ("Jum'at", "Jum´at" → "jumat"); they never split one. */
const APOSTROPHE_SET: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(APOSTROPHES))();

/** Folded words of a text and their offsets in the text as written (`ends[i]` is exclusive). */
export interface FoldedWords {
  /** Lower-case ASCII letters and digits, diacritics removed (`'Pemilu'` → `'pemilu'`). */
  words: string[];
  starts: number[];
  ends: number[];
}

enum Fold {
  /** Not part of a word: ends the current one. */
  Break = 0,
  /** Part of nothing, ends nothing (an apostrophe, a combining mark). */
  Skip = 1,
}

/** What one code point folds to: its word characters, or a {@link Fold} mark. */
function foldCodePoint(ch: string): string | Fold {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 97 && code <= 122) return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code >= 48 && code <= 57) return ch;
    return APOSTROPHE_SET.has(ch) ? Fold.Skip : Fold.Break;
  }
  if (code >= 0x300 && code <= 0x36f) return Fold.Skip;
  if (APOSTROPHE_SET.has(ch)) return Fold.Skip;
  let out = '';
  for (const part of ch.normalize('NFKD').toLowerCase()) {
    const c = part.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += part;
  }
  if (out !== '') return out;
  // A letter with no ASCII base (Arabic, CJK …) is still a letter: it neither matches nor splits
  // differently from today's fold, which dropped it and split there.
  return Fold.Break;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** End of the run of ASCII letters and digits that starts at `from`. */
function asciiRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
  return i;
}

/** An ASCII character that ends a word: not a letter or digit, and no apostrophe (skipped inside words). */
function endsAsciiWord(code: number): boolean {
  return code < 0x80 && code !== 39 && code !== 96;
}

/**
 * Splits a text into folded words with their offsets: case, accents and apostrophes ignored, every
 * other non-alphanumeric run a break. Never throws; linear in `text.length`.
 */
export function foldedWords(text: string): FoldedWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let word = '';
  let start = -1;
  let end = -1;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (word === '' && isAsciiLetterOrDigit(code)) {
      // Most words are ASCII letters and digits ended by a space or a mark: their fold is their
      // slice in lower case, taken whole instead of a character at a time.
      const wordEnd = asciiRunEnd(text, i);
      if (wordEnd === length || endsAsciiWord(text.charCodeAt(wordEnd))) {
        words.push(text.slice(i, wordEnd).toLowerCase());
        starts.push(i);
        ends.push(wordEnd);
        i = wordEnd;
        continue;
      }
    }
    let width = 1;
    let folded: string | Fold;
    // ASCII, most of any Indonesian article, without making a one-character string.
    if (code >= 97 && code <= 122) folded = text[i]!;
    else if (code >= 65 && code <= 90) folded = String.fromCharCode(code + 32);
    else if (code >= 48 && code <= 57) folded = text[i]!;
    else if (endsAsciiWord(code)) folded = Fold.Break;
    else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      folded = foldCodePoint(String.fromCodePoint(point));
    }
    if (folded === Fold.Break) {
      if (word !== '') {
        words.push(word);
        starts.push(start);
        ends.push(end);
        word = '';
      }
    } else if (folded !== Fold.Skip) {
      if (word === '') start = i;
      word += folded;
      end = i + width;
    }
    i += width;
  }
  if (word !== '') {
    words.push(word);
    starts.push(start);
    ends.push(end);
  }
  return { words, starts, ends };
}
