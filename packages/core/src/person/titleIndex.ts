// Private: lookup of academic titles and honorifics by folded letters ("S.IK" → "sik"), and a
// matcher for a title starting at a word of a tokenised text.
import { TITLES } from '../data/titles';
import type { TitleEntry } from '../model/title';
import { longestKeyAt } from '../text/longestKeyAt';
import { letterKey, type WordList } from '../text/wordSpans';

function buildIndex(): Map<string, TitleEntry> {
  const map = new Map<string, TitleEntry>();
  for (const title of TITLES) {
    for (const form of [title.canonical, ...title.variants]) map.set(letterKey(form), title);
  }
  return map;
}

/** Folded letters of every canonical form and variant → its entry. */
export const TITLE_BY_KEY: ReadonlyMap<string, TitleEntry> = /* @__PURE__ */ buildIndex();

// /* @__PURE__ */ calls, so that bundlers drop the index with its users (see rank/compareRanks.ts).
const MAX_TITLE_KEY_LENGTH: number = /* @__PURE__ */ (() =>
  Math.max(...[...TITLE_BY_KEY.keys()].map((key) => key.length)))();

/** A title found in running text (`start` inclusive, `end` exclusive, in words). */
export interface TitleMatch {
  entry: TitleEntry;
  start: number;
  end: number;
}

/**
 * The longest title starting at `spans.get(start)` (its parts may be separated by dots, spaces or
 * commas: `S.I.K`, `S IK`, `S.H .`). Constant work per call.
 */
export function matchTitleAt(text: string, spans: WordList, start: number): TitleMatch | undefined {
  const found = longestKeyAt(text, spans, start, TITLE_BY_KEY, { maxWords: 4, maxKeyLength: MAX_TITLE_KEY_LENGTH });
  return found && { entry: found.value, start: found.start, end: found.end };
}
