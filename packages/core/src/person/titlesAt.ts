// Private recognizer: the academic titles and honorifics at a word of a tokenised text, with the
// lookup of one title ("S.IK" → S.I.K.). Bounded work.
import { TITLES } from '../data/titles';
import type { TitleEntry } from '../model/title';
import { buildKeyIndex, type KeyIndex, longestKeyAt, mayStartKeyAt } from '../text/longestKeyAt';
import { GAP, isSoftGap, type WordList } from '../text/wordSpans';

/** Folded letters of every canonical form and variant → its entry. */
// /* @__PURE__ */ calls, so that bundlers drop the index with its users (see rank/compareRanks.ts).
const TITLE_INDEX: KeyIndex<TitleEntry> = /* @__PURE__ */ (() =>
  buildKeyIndex(
    TITLES.flatMap((title) => [title.canonical, ...title.variants].map((form) => [form, title] as const)),
    4,
  ))();

/** Folded letters of every canonical form and variant → its entry. */
export const TITLE_BY_KEY: ReadonlyMap<string, TitleEntry> = /* @__PURE__ */ (() => TITLE_INDEX.byKey)();

/** A title found in running text (`start` inclusive, `end` exclusive, in words). */
export interface TitleMatch {
  entry: TitleEntry;
  start: number;
  end: number;
}

/**
 * The longest title starting at `spans.get(start)` (its parts may be separated by dots, spaces or
 * commas: `S.I.K`, `S IK`, `S.H .`, `M,Si`). Constant work per call.
 */
export function matchTitleAt(text: string, spans: WordList, start: number): TitleMatch | undefined {
  // Most words start no title: told before titleReach reads the words after them.
  if (!mayStartKeyAt(spans, start, TITLE_INDEX)) return undefined;
  const found = longestKeyAt(text, spans, start, TITLE_INDEX, titleReach(spans, start));
  return found && { entry: found.value, start: found.start, end: found.end };
}

/**
 * The word before which a title starting at `start` must end: the parts of a title are joined by
 * dots or commas, or by a space before a capital ("S IK", "S.Pd I"); a word in lower case after a
 * space is the sentence going on ("S.P di Padang" is S.P., not S.Pd.I.).
 */
function titleReach(spans: WordList, start: number): number {
  const end = Math.min(spans.length, start + TITLE_INDEX.maxWords!);
  for (let i = start + 1; i < end; i++) {
    if ((spans.gapBefore(i) & (GAP.DOT | GAP.COMMA)) !== 0) continue;
    const word = spans.get(i)!;
    if (!word.capitalized && !startsWithDigit(word.raw)) return i;
  }
  return end;
}

/** Whether `raw` starts with an ASCII digit (`/^\d/`), told without running a regex per word. */
function startsWithDigit(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Titles read after a name, and the index of the first word after them. */
export interface TitlesFound {
  titles: string[];
  end: number;
}

const MAX_TITLES = 10;

/**
 * The post-nominal titles from word `start` on (`, S.H., M.Si.`, `SH.,MH`, `SS, MH`), canonical
 * and in written order; stops at the first word that is no title or at a gap that is not spaces,
 * dots and commas. At most ten titles.
 */
export function readTitlesAfter(text: string, spans: WordList, start: number): TitlesFound {
  const titles: string[] = [];
  let i = start;
  while (i < spans.length && titles.length < MAX_TITLES) {
    if (!isSoftGap(spans.gapBefore(i))) break;
    const title = matchTitleAt(text, spans, i);
    if (title === undefined || title.entry.placement !== 'after') break;
    titles.push(title.entry.canonical);
    i = title.end;
  }
  return { titles, end: i };
}

/** Whether a title's closing dot is written right after word `end - 1` ("S.I.K." rather than "S.I.K"). */
export function closingDotAfter(text: string, spans: WordList, end: number): boolean {
  const offset = spans.endAt(end - 1);
  return offset >= 0 && text.charCodeAt(offset) === 46 && (spans.gapBefore(end) & GAP.OPEN_BRACKET) === 0;
}
