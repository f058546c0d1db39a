// Private: the folded words of a text all at once (operation names, and the words of a phrase when
// an index is built); `foldText` and `wordTokens` are this without the offsets. The reading rule
// has one home, FoldedWordList.

import { FoldedWordList } from './foldedWordList';

/** Folded words of a text and their offsets in the text as written (`ends[i]` is exclusive). */
export interface FoldedWords {
  /** Lower-case ASCII letters and digits, diacritics removed (`'Pemilu'` → `'pemilu'`). */
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * Splits text into folded words with their offsets: ASCII letters and digits in lower case,
 * accented letters folded to their base (`é` → `e`), apostrophes and combining marks dropped
 * inside a word (`Jum'at` → `jumat`), anything else a break (`Sukamaju-Bantul` is two words).
 *
 * @param text - Any text.
 * @returns The words, their starts and their ends.
 * @example
 * ```ts
 * foldedWords("Jum'at, Pemilu").words
 * //=> ['jumat', 'pemilu']
 * ```
 * @internal
 */
export function foldedWords(text: string): FoldedWords {
  const list = new FoldedWordList(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < list.length; i++) {
    words.push(list.get(i)!);
    starts.push(list.startAt(i));
    ends.push(list.endAt(i));
  }
  return { words, starts, ends };
}
