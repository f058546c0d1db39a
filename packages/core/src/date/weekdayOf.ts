import type { LocalDate } from '../model/localDate';
import { dayNumberOfLocalDate, weekdayOfDayNumber } from './dayNumber';
import { isLocalDate } from './isLocalDate';

/**
 * Gives the day of the week of a date in the Gregorian calendar, numbered like JS `getDay()` and
 * like `DateMention.weekday`: 0 = Minggu (Sunday) … 5 = Jumat (Friday), 6 = Sabtu (Saturday).
 * Pure arithmetic on year, month and day, independent of time zones.
 *
 * @param date - A real calendar date `YYYY-MM-DD`.
 * @returns The weekday number, 0–6.
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` day (e.g. `'2024-02-30'`).
 * @example
 * ```ts
 * weekdayOf('2023-11-24') // Jumat
 * //=> 5
 * weekdayOf('2024-02-14') // Rabu, Pemilu 2024 voting day
 * //=> 3
 * ```
 * @category Dates
 */
export function weekdayOf(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  return weekdayOfDayNumber(dayNumberOfLocalDate(date));
}
