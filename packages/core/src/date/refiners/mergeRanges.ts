// Refiner 1: joins two dates, or a bare day and a date, written with a range joiner between them
// into one range mention: "4-6 November 2024", "4 s.d. 6 November", "29 Februari–1 Maret 2024",
// "6 Desember 2022 s.d 25 November 2023", "Senin (4/11/2024) hingga Rabu (6/11/2024)". A range is
// kept only when its start comes before its end; otherwise the dates stay apart.
import type { CalendarTokenList } from '../calendarTokens';
import type { DateCandidate, DateParts } from '../dateCandidate';
import { daysInMonth } from '../isLocalDate';
import { chainedBefore } from '../recognizers/numericDate';
import { rangeJoinerBefore } from '../recognizers/rangeJoiner';
import { isNumber } from '../recognizers/tokenTests';

// A bare range start glued to a number by one of these is part of another number ("10.00-12").
const NUMBER_GLUE: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', ',', ':', '/', '-', '–']);

const order = (p: DateParts, year: number) => (year * 13 + p.month) * 32 + p.day;

/**
 * The start of a range ending at `end`, with the year it takes from the end (the year before when
 * it crosses New Year: "30 Desember - 2 Januari 2024"), or `undefined` when it is not a day before
 * `end` or not a real day.
 */
export function rangeStart(start: DateParts, end: DateParts): DateParts | undefined {
  // Year-less ends are compared in a leap year, so 29 February may start a range.
  const endYear = end.year ?? 2000;
  let year = start.year;
  if (year === undefined) {
    year = order(start, endYear) < order(end, endYear) ? endYear : start.month > end.month ? endYear - 1 : undefined;
    if (year === undefined) return undefined;
    if (start.day > daysInMonth(year, start.month)) return undefined;
  } else if (end.year === undefined || order(start, year) >= order(end, end.year)) {
    return undefined;
  }
  const stated = start.year !== undefined ? start.yearStated : end.yearStated;
  const result: DateParts = { day: start.day, month: start.month };
  if (end.year !== undefined || start.year !== undefined) {
    result.year = year;
    result.yearStated = stated === true;
  }
  if (start.weekday !== undefined) result.weekday = start.weekday;
  return result;
}

function partsOf(candidate: DateCandidate): DateParts {
  const parts: DateParts = { day: candidate.day, month: candidate.month };
  if (candidate.year !== undefined) {
    parts.year = candidate.year;
    parts.yearStated = candidate.yearStated === true;
  }
  if (candidate.weekday !== undefined) parts.weekday = candidate.weekday;
  return parts;
}

/**
 * Merges ranges in a list of candidates in text order. `attach` adds brackets and a day name
 * around a range made from a bare day (its start token changed). Linear: constant work per candidate.
 */
export function mergeRanges(
  tokens: CalendarTokenList,
  candidates: readonly DateCandidate[],
  attach: (candidate: DateCandidate, floor: number) => DateCandidate,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const candidate of candidates) {
    const prev = out[out.length - 1];
    const floor = prev === undefined ? 0 : prev.last + 1;
    const joiner = candidate.through === undefined ? rangeJoinerBefore(tokens, candidate.first, floor) : undefined;
    if (joiner === undefined) {
      out.push(candidate);
      continue;
    }
    // Two dates: "6 Desember 2022 s.d 25 November 2023".
    if (prev !== undefined && prev.through === undefined && prev.last === joiner - 1) {
      const start = rangeStart(partsOf(prev), partsOf(candidate));
      if (start !== undefined) {
        out[out.length - 1] = { ...start, first: prev.first, last: candidate.last, through: partsOf(candidate) };
        continue;
      }
    }
    // A bare day: "4-6 November 2024", "4 s.d. 6 November".
    const bare = joiner - 1;
    const day = tokens.get(bare);
    const startsWithDay = tokens.get(candidate.first)?.kind === 'number';
    if (
      startsWithDay &&
      bare >= floor &&
      isNumber(day, 2) &&
      !tokens.lineBreakBefore(joiner) &&
      !chainedBefore(tokens, bare, NUMBER_GLUE)
    ) {
      const end = partsOf(candidate);
      const start = rangeStart({ day: day.value, month: candidate.month }, end);
      if (start !== undefined && start.day >= 1 && start.month === end.month) {
        out.push(attach({ ...start, first: bare, last: candidate.last, through: end }, floor));
        continue;
      }
    }
    out.push(candidate);
  }
  return out;
}
