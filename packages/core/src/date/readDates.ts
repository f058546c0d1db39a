// Private: the date finder's pipeline. Tokenize once; at each token try the recognizers (numeric,
// day-month-year, month first), add the brackets and day name written around a date; then the refiners in
// order: range merge, listed days, year resolution, weekday check. Every step does constant work
// per token or per candidate, so the whole is linear in the text.
import type { LocalDate } from '../model/localDate';
import { type CalendarTokenList, calendarTokens } from './calendarTokens';
import type { DateCandidate, DateParts } from './dateCandidate';
import { toLocalDate } from './dayNumber';
import type { FoundDateMention } from './findDateMentions';
import { daysInMonth } from './isLocalDate';
import type { DateMention } from './parseIndonesianDate';
import { isEnclosed } from './recognizers/enclosingBrackets';
import { monthFirstDateAt } from './recognizers/monthFirstDate';
import { numericDateAt } from './recognizers/numericDate';
import { weekdayAfter, weekdayBefore } from './recognizers/weekday';
import { writtenDateAt } from './recognizers/writtenDate';
import { checkWeekday } from './refiners/checkWeekdays';
import { splitListedDays } from './refiners/listedDays';
import { mergeRanges } from './refiners/mergeRanges';
import { resolveYears } from './refiners/resolveYears';

/** How the pipeline reads: whether dates inside links count, and how many to find at most. */
export interface ReadDatesMode {
  readLinks: boolean;
  limit: number;
}

/** Adds the brackets and the day name written around a candidate; not before token `floor`. */
function attach(tokens: CalendarTokenList, candidate: DateCandidate, floor: number): DateCandidate {
  let { first, last } = candidate;
  if (first - 1 >= floor && isEnclosed(tokens, first, last)) {
    first--;
    last++;
  }
  const written = weekdayBefore(tokens, first, floor);
  const out: DateCandidate = { ...candidate, first, last };
  // "27 November 2024 (Rabu)": the day name in brackets after the date.
  const after = written === undefined && candidate.through === undefined ? weekdayAfter(tokens, last) : undefined;
  if (after !== undefined) {
    out.weekday = after.weekday;
    out.last = after.last;
  }
  if (written !== undefined) {
    if (written.from !== undefined && candidate.through !== undefined) {
      out.weekday = written.from.weekday;
      out.through = { ...candidate.through, weekday: written.weekday };
      out.first = written.from.index;
    } else {
      out.weekday = written.weekday;
      out.first = written.index;
    }
    // "(Jumat, 24/11/2023)": brackets around the day name and the date.
    if (out.first - 1 >= floor && isEnclosed(tokens, out.first, out.last)) {
      out.first--;
      out.last++;
    }
  }
  return out;
}

function inLink(tokens: CalendarTokenList, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens.inLink(k)) return true;
  return false;
}

/** The recognized dates of a text, in order and not overlapping. */
function recognize(tokens: CalendarTokenList, mode: ReadDatesMode): DateCandidate[] {
  const out: DateCandidate[] = [];
  let floor = 0;
  for (let i = 0; i < tokens.length && out.length < mode.limit; i++) {
    // A date starts with a number, or with a month word followed by one ("November 27, 2024").
    const found = tokens.isNumberAt(i)
      ? (numericDateAt(tokens, i, floor) ?? writtenDateAt(tokens, i))
      : tokens.isNumberAt(i + 1) || tokens.isNumberAt(i + 2)
        ? monthFirstDateAt(tokens, i)
        : undefined;
    if (found === undefined) continue;
    const { day, month, year } = found;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) continue;
    if (!mode.readLinks && inLink(tokens, i, found.last)) continue;
    const candidate: DateCandidate = { first: i, last: found.last, day, month };
    if (year !== undefined) {
      candidate.year = year;
      candidate.yearStated = true;
    }
    const attached = attach(tokens, candidate, floor);
    out.push(attached);
    floor = attached.last + 1;
    i = attached.last;
  }
  return out;
}

function toMention(parts: DateParts): DateMention {
  const mention: DateMention = { month: parts.month, day: parts.day };
  if (parts.year !== undefined && parts.day <= daysInMonth(parts.year, parts.month)) {
    mention.date = toLocalDate(parts.year, parts.month, parts.day);
  }
  if (parts.year !== undefined && parts.yearStated === true) mention.year = parts.year;
  if (parts.weekday !== undefined) mention.weekday = parts.weekday;
  const matches = checkWeekday(parts);
  if (matches !== undefined) mention.weekdayMatches = matches;
  return mention;
}

/** Reads the dates of `text` (see `findDateMentions`); `reference` must be a valid date or undefined. */
export function readDates(text: string, reference: LocalDate | undefined, mode: ReadDatesMode): FoundDateMention[] {
  const tokens = calendarTokens(text);
  // With a limit, one more candidate is read: it may be the end of the last one's range.
  const recognized = recognize(tokens, {
    ...mode,
    limit: mode.limit === Number.POSITIVE_INFINITY ? mode.limit : mode.limit + 1,
  });
  const merged = mergeRanges(tokens, recognized, (candidate, floor) => attach(tokens, candidate, floor));
  const listed = splitListedDays(tokens, merged);
  const resolved = resolveYears(listed, reference);
  const out: FoundDateMention[] = [];
  for (const candidate of resolved.slice(0, mode.limit)) {
    const mention: FoundDateMention = {
      ...toMention(candidate),
      start: tokens.startAt(candidate.first),
      end: tokens.endAt(candidate.last),
      yearStated: candidate.year !== undefined && candidate.yearStated === true,
    };
    if (candidate.through !== undefined) mention.through = toMention(candidate.through);
    out.push(mention);
  }
  return out;
}
