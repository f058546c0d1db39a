// Recognizer: a date written in numbers — "(21/2/2024)", "08/10/2024", "14-08-2024", "07/09/24",
// "14.08.2024", "2024-02-14" — and a day/month without a year ("(24/8)", "Jumat (16/12)",
// "tanggal 24/8"), which counts only in brackets or after a day name or "tanggal": bare, "1/2",
// "24/7" and "Pasal 28/2" are not dates.
import { NUMERIC_DATE_LEADS } from '../../data/dateWords';
import type { CalendarTokenList } from '../calendarTokens';
import { isEnclosed } from './enclosingBrackets';
import { fullYear, glued, isMark, isNumber, isWord } from './tokenTests';
import { weekdayBefore } from './weekday';

/** A date recognized at a token: its last token and its day, month and (written) year. */
export interface RecognizedDate {
  last: number;
  day: number;
  month: number;
  year?: number;
}

const SEPARATORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['/', '-', '.']);
const SLASH: ReadonlySet<string> = /* @__PURE__ */ new Set(['/']);
const DASHES: ReadonlySet<string> = /* @__PURE__ */ new Set(['-', '–']);
const LEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(NUMERIC_DATE_LEADS);
const LEAD_MARKS: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', ':']);

/** Whether token `i` continues a chain of numbers glued by separators ("1/2/23/4", "10.00"). */
export function chainedBefore(tokens: CalendarTokenList, i: number, separators: ReadonlySet<string>): boolean {
  return isMark(tokens.get(i - 1), separators) && tokens.get(i - 2)?.kind === 'number' && glued(tokens, i - 2, i);
}

/**
 * Whether token `i` is the end day of a numeric range glued by a dash ("4-6/11/2024"): a day
 * number and a dash before it, themselves not in a chain.
 */
function rangeEndDay(tokens: CalendarTokenList, i: number): boolean {
  return (
    isMark(tokens.get(i - 1), DASHES) &&
    isNumber(tokens.get(i - 2), 2) &&
    !chainedBefore(tokens, i - 2, SEPARATORS) &&
    !isMark(tokens.get(i - 3), DASHES)
  );
}

/** Whether "tanggal" or "tgl" (then "." or ":") is written just before token `i`. */
function ledByDateWord(tokens: CalendarTokenList, i: number): boolean {
  let k = i - 1;
  if (isMark(tokens.get(k), LEAD_MARKS)) k--;
  return isWord(tokens.get(k), LEADS);
}

/**
 * The numeric date starting at token `i`, or `undefined`. Looks at a fixed number of tokens; the
 * day name before a yearless date is looked for no further back than `floor`.
 */
export function numericDateAt(tokens: CalendarTokenList, i: number, floor: number): RecognizedDate | undefined {
  const first = tokens.get(i);
  if (first?.kind !== 'number') return undefined;
  const rangeEnd = chainedBefore(tokens, i, SEPARATORS) && rangeEndDay(tokens, i);
  if (!rangeEnd && chainedBefore(tokens, i, SEPARATORS)) return undefined;
  const sep1 = tokens.get(i + 1);
  const second = tokens.get(i + 2);
  const sep2 = tokens.get(i + 3);
  const third = tokens.get(i + 4);
  if (
    !isMark(sep1, SEPARATORS) ||
    !isNumber(second, 2) ||
    tokens.lineBreakBefore(i + 1) ||
    tokens.lineBreakBefore(i + 2)
  ) {
    return undefined;
  }

  // With a year: d/m/yyyy, dd-mm-yy, d.m.yyyy, and ISO-like yyyy-mm-dd or yyyy/mm/dd.
  if (sep2?.kind === 'mark' && sep2.text === sep1?.text && third?.kind === 'number' && !tokens.lineBreakBefore(i + 4)) {
    // "1/2/23/4" is not a date; a range "14-08-2024 - 20-08-2024" still is.
    if (third.text.length === 2 && tokens.get(i + 6)?.kind === 'number' && chainedBefore(tokens, i + 6, SEPARATORS)) {
      return undefined;
    }
    if (isNumber(first, 2) && isNumber(third, 4)) {
      // Dotted dates need a four-digit year, so clock times like 22.18.19 are not read as dates.
      const year = sep1?.text === '.' && third.text.length !== 4 ? undefined : fullYear(third, true);
      if (year !== undefined) return { last: i + 4, year, month: second.value, day: first.value };
    }
    if (first.text.length === 4 && sep1?.text !== '.' && isNumber(third, 2)) {
      const year = fullYear(first, false);
      if (year !== undefined) return { last: i + 4, year, month: second.value, day: third.value };
    }
    return undefined;
  }

  // Without a year: slash only ("5-9" is a range, "5.9" a number), and only where news writes dates.
  if (!isNumber(first, 2) || !isMark(sep1, SLASH)) return undefined;
  if (isMark(sep2, SEPARATORS) && third?.kind === 'number') return undefined;
  // For the end of "(4-6/11)", the brackets, day name or "tanggal" are around the whole range.
  const from = rangeEnd ? i - 2 : i;
  const dated =
    isEnclosed(tokens, from, i + 2) || ledByDateWord(tokens, from) || weekdayBefore(tokens, from, floor) !== undefined;
  return dated ? { last: i + 2, month: second.value, day: first.value } : undefined;
}
