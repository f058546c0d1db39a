// Refiner 3: checks the day name written with a date against the calendar, once the year is known
// ("Senin (27/8/2024)" was a Tuesday: the date is kept as written and flagged, never "fixed").
import type { DateParts } from '../dateCandidate';
import { dayNumberOf, weekdayOfDayNumber } from '../dayNumber';
import { daysInMonth } from '../isLocalDate';

/** Whether the written weekday is the real one; `undefined` when either is unknown. */
export function checkWeekday(parts: DateParts): boolean | undefined {
  if (parts.weekday === undefined || parts.year === undefined) return undefined;
  if (parts.day > daysInMonth(parts.year, parts.month)) return undefined;
  return weekdayOfDayNumber(dayNumberOf(parts.year, parts.month, parts.day)) === parts.weekday;
}
