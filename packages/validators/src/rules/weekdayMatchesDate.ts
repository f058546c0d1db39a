// Rule `weekday_mismatch` (error): when `dateText` names a weekday ("Jumat (24/11/2023)"), it
// must be the weekday of `date`. The text is read with core's parseIndonesianDate (aliases such as
// Ahad and Jum'at included); the weekday is compared with `date`, the model's value. The two
// canonical forms that name `date` itself are read without the parser (writtenWeekday.ts), with
// the same answer.
import { type Event, INDONESIAN_WEEKDAYS, type LocalDate, parseIndonesianDate, weekdayOf } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';
import { writtenWeekday } from './writtenWeekday';

// weekdayOf reads the date's digits and does calendar arithmetic on every call; events repeat
// their dates, so the answers are remembered (a bounded cache, emptied when full).
const MAX_REMEMBERED = 4096;
const weekdayByDate = /* @__PURE__ */ new Map<string, number>();

function weekdayOfDate(date: LocalDate): number {
  let weekday = weekdayByDate.get(date);
  if (weekday === undefined) {
    weekday = weekdayOf(date);
    if (weekdayByDate.size >= MAX_REMEMBERED) weekdayByDate.clear();
    weekdayByDate.set(date, weekday);
  }
  return weekday;
}

export function weekdayMatchesDate(event: Event, path: Path): RawIssue[] {
  if (event.dateText === undefined || event.date === undefined) return [];
  const written =
    writtenWeekday(event.dateText, event.date) ??
    parseIndonesianDate(event.dateText, { referenceDate: event.date })?.weekday;
  if (written === undefined) return [];
  const actual = weekdayOfDate(event.date);
  if (written === actual) return [];
  return [
    {
      path: [...path, 'dateText'],
      code: 'weekday_mismatch',
      params: {
        value: displayValue(INDONESIAN_WEEKDAYS[written]?.name ?? event.dateText),
        related: event.date,
        expected: INDONESIAN_WEEKDAYS[actual]?.name,
      },
    },
  ];
}
