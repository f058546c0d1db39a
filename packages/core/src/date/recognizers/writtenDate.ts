// Recognizer: a day, a month written as a word and an optional year — "25 Januari 2024",
// "20 FEBRUARI 2025", "4 Nov. 2024", "27 Novemver 2024", "16 Desember".
import type { CalendarTokenList } from '../calendarTokens';
import { isMonthAbbreviation, monthOfWord } from './monthWord';
import { chainedBefore, type RecognizedDate } from './numericDate';
import { fullYear, isMark, isNumber } from './tokenTests';

// A day glued to a number by one of these is part of another number ("10.5 Juni", "2,5 Juni").
const NUMBER_GLUE: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', ',', ':', '/']);
const DOT: ReadonlySet<string> = /* @__PURE__ */ new Set(['.']);

/**
 * The day-month-year date starting at token `i`, or `undefined`. A four-digit number after the
 * month must be a year (1900–2100), or there is no date. A short month form without a year
 * ("3 Mar", "2 Des") counts only when capitalized, as news writes a date. Constant work.
 */
export function writtenDateAt(tokens: CalendarTokenList, i: number): RecognizedDate | undefined {
  const first = tokens.get(i);
  if (!isNumber(first, 2) || chainedBefore(tokens, i, NUMBER_GLUE)) return undefined;
  const monthToken = tokens.get(i + 1);
  if (monthToken?.kind !== 'word' || tokens.lineBreakBefore(i + 1)) return undefined;
  const month = monthOfWord(monthToken.text);
  if (month === undefined) return undefined;
  const abbreviation = isMonthAbbreviation(monthToken.text);
  // "4 Nov. 2024": the abbreviation's dot, when a year follows it.
  let y = i + 2;
  if (abbreviation && isMark(tokens.get(y), DOT) && !tokens.spaceBefore(y)) y++;
  const yearToken = tokens.get(y);
  if (yearToken?.kind === 'number' && yearToken.text.length === 4 && !tokens.lineBreakBefore(y)) {
    const year = fullYear(yearToken, false);
    return year === undefined ? undefined : { last: y, year, month, day: first.value };
  }
  if (abbreviation && !tokens.capitalized(i + 1)) return undefined;
  return { last: i + 1, month, day: first.value };
}
