// Private recognizer: a one-word position title written with one letter wrong — dropped, doubled,
// changed or two swapped ("Kapoda", "Wakpolda", "Kappolresta", "Wakaolda", "Kaporles",
// "Wakalpolres", all seen in real articles) — read as the listed title it is one letter from, and
// from no other. Only titles of at least MIN_TYPO_KEY letters are looked for, so a short word is
// never mistaken for one ("Kabig" is left alone). Constant work per word.
import type { PositionCode } from '../data/positionCodes';
import { POSITIONS } from '../data/positions';
import { boundedMemo } from '../text/boundedMemo';
import { letterKey, type WordList } from '../text/wordSpans';

/** Shortest title key a typo is looked for: "kapolda" (7) and "kapoda" (6) are, "kabid" is not. */
const MIN_TYPO_KEY = 6;

/** Each listed one-word title's key and its keys with one letter left out → the title's code;
 * `null` where two titles share such a key (ambiguous). */
const NEIGHBOURS: ReadonlyMap<string, PositionCode | null> = /* @__PURE__ */ (() => {
  const map = new Map<string, PositionCode | null>();
  const add = (key: string, code: PositionCode) => {
    const known = map.get(key);
    map.set(key, known === undefined || known === code ? code : null);
  };
  for (const position of Object.values(POSITIONS)) {
    for (const form of [position.abbreviation, ...position.aliases]) {
      if (form.includes(' ')) continue;
      const key = letterKey(form);
      if (key.length < MIN_TYPO_KEY) continue;
      add(key, position.code);
      for (let i = 0; i < key.length; i++) add(key.slice(0, i) + key.slice(i + 1), position.code);
    }
  }
  return map;
})();

/** The first two letters every title key (and so every typo looked for) starts with. */
export const TYPO_FIRST_PAIRS: ReadonlySet<string> = /* @__PURE__ */ (() => {
  const pairs = new Set<string>();
  for (const key of NEIGHBOURS.keys()) pairs.add(key.slice(0, 2));
  return pairs;
})();

/** Most word keys {@link positionTypoAt} remembers (emptied when full: bounded memory). */
const TYPO_MEMO_LIMIT = 2048;

/**
 * The code of the listed one-word title that word `start` misspells by one letter, or `undefined`
 * (also when the word is no capitalised word, is too short, or is one letter from two titles).
 * The caller has found no title spelled right at `start`.
 */
export function positionTypoAt(spans: WordList, start: number): PositionCode | undefined {
  const word = spans.get(start);
  if (word === undefined || !word.capitalized) return undefined;
  return typoOfKey(word.key);
}

/**
 * The code of the listed one-word title that the word key `key` misspells by one letter, or
 * `undefined` (also when the key is too short or one letter from two titles); case aside.
 */
export function typoOfKey(key: string): PositionCode | undefined {
  if (key.length < MIN_TYPO_KEY - 1 || !TYPO_FIRST_PAIRS.has(key.slice(0, 2))) return undefined;
  return rememberedTypoOf(key);
}

/** {@link typoOf}, remembered: the same capitalised words ("Kegiatan", "Kepolisian") are asked about
 * article after article, and each answer makes a string per letter. */
const rememberedTypoOf = /* @__PURE__ */ boundedMemo((key) => typoOf(key), TYPO_MEMO_LIMIT);

/** The code of the listed one-word title that `key` misspells by one letter, or `undefined`. */
function typoOf(key: string): PositionCode | undefined {
  let found: PositionCode | undefined;
  const take = (code: PositionCode | null | undefined): boolean => {
    if (code === undefined) return true;
    if (code === null || (found !== undefined && found !== code)) return false;
    found = code;
    return true;
  };
  // A letter dropped: the word is a title key with one letter left out.
  if (!take(NEIGHBOURS.get(key))) return undefined;
  // A letter added, changed, or two swapped: the word with one letter left out is a title key or
  // one of its neighbours.
  for (let i = 0; i < key.length; i++) if (!take(NEIGHBOURS.get(key.slice(0, i) + key.slice(i + 1)))) return undefined;
  return found;
}
