// Recognizer: the day name written before a date ("Rabu (21/2/2024)", "Kamis, 25 Januari 2024",
// "hari Rabu tanggal 14 Februari 2024", "Senin - Rabu, 4 - 6 November 2024").
import { INDONESIAN_WEEKDAYS } from '../../data/calendarNames';
import { WEEKDAY_DATE_DOTTED_FILLERS, WEEKDAY_DATE_FILLERS, WEEKDAY_DATE_MARKS } from '../../data/dateWords';
import type { CalendarTokenList } from '../calendarTokens';
import { rangeJoinerBefore } from './rangeJoiner';
import { isWord } from './tokenTests';

const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const map = new Map<string, number>();
  for (const entry of INDONESIAN_WEEKDAYS) for (const alias of entry.aliases) map.set(alias, entry.index);
  return map;
})();
const FILLER_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(WEEKDAY_DATE_FILLERS);
const FILLER_MARKS: ReadonlySet<string> = /* @__PURE__ */ new Set(WEEKDAY_DATE_MARKS);
const DOTTED_FILLERS: ReadonlySet<string> = /* @__PURE__ */ new Set(WEEKDAY_DATE_DOTTED_FILLERS);
/** Most filler tokens between a day name and its date. */
const MAX_FILLERS = 6;

/** A day name found before a date. */
export interface WrittenWeekday {
  /** 0 = Minggu … 6 = Sabtu. */
  weekday: number;
  /** Its token. */
  index: number;
  /** The first day of a day-name range ("Senin - Rabu, 4 - 6 November"): weekday and token. */
  from?: { weekday: number; index: number };
}

/** The weekday a token names, if it is a day name. */
export function weekdayOfToken(tokens: CalendarTokenList, index: number): number | undefined {
  const token = tokens.get(index);
  return token?.kind === 'word' ? WEEKDAY_BY_NAME.get(token.text) : undefined;
}

/**
 * The day name written just before token `start`, with only punctuation or filler words
 * ("pagi", "hari", "tanggal" …) between and no line break; not before token `floor`. Constant work.
 */
export function weekdayBefore(tokens: CalendarTokenList, start: number, floor: number): WrittenWeekday | undefined {
  for (let k = start - 1; k >= floor && k >= start - 1 - MAX_FILLERS; k--) {
    if (tokens.lineBreakBefore(k + 1)) return undefined;
    const token = tokens.get(k)!;
    if (token.kind === 'word') {
      const weekday = WEEKDAY_BY_NAME.get(token.text);
      if (weekday !== undefined) return withRangeStart(tokens, { weekday, index: k }, floor);
      if (!FILLER_WORDS.has(token.text)) return undefined;
    } else if (token.kind !== 'mark' || !FILLER_MARKS.has(token.text)) {
      // A dot only as an abbreviation's ("tgl."), never a sentence's ("Senin. 24/11/2023").
      const abbreviation = token.text === '.' && !tokens.spaceBefore(k) && isWord(tokens.get(k - 1), DOTTED_FILLERS);
      if (!abbreviation) return undefined;
    }
  }
  return undefined;
}

/** Adds the first day of a day-name range ("Senin-Rabu") when one ends at `found`. */
function withRangeStart(tokens: CalendarTokenList, found: WrittenWeekday, floor: number): WrittenWeekday {
  const joiner = rangeJoinerBefore(tokens, found.index, floor);
  if (joiner === undefined || joiner - 1 < floor || tokens.lineBreakBefore(joiner)) return found;
  const weekday = weekdayOfToken(tokens, joiner - 1);
  return weekday === undefined ? found : { ...found, from: { weekday, index: joiner - 1 } };
}

/**
 * The day name written in brackets just after a date ending at token `last` ("27 November 2024
 * (Rabu)"): its weekday and the closing bracket's token, or `undefined`.
 */
export function weekdayAfter(tokens: CalendarTokenList, last: number): { weekday: number; last: number } | undefined {
  const open = tokens.get(last + 1);
  const close = tokens.get(last + 3);
  if (open?.kind !== 'mark' || open.text !== '(' || close?.kind !== 'mark' || close.text !== ')') return undefined;
  if (tokens.lineBreakBefore(last + 1) || tokens.lineBreakBefore(last + 2)) return undefined;
  const weekday = weekdayOfToken(tokens, last + 2);
  return weekday === undefined ? undefined : { weekday, last: last + 3 };
}
