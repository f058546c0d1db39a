import { INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS } from '../data/calendarNames';
import type { LocalDate } from '../model/localDate';
import { isLocalDate } from './isLocalDate';
import { weekdayOf } from './weekdayOf';

/**
 * Writes a date the way Indonesian news and official letters do: day, month name, year, and
 * optionally the day name first ("Jumat, 24 November 2023"). Standard EYD spellings, capitalised.
 *
 * @param date - A real calendar date `YYYY-MM-DD`.
 * @param options - `weekday: true` prefixes the day name and a comma.
 * @returns The formatted date, e.g. `'24 November 2023'`.
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * formatIndonesianDate('2023-11-24', { weekday: true })
 * //=> 'Jumat, 24 November 2023'
 * formatIndonesianDate('2024-02-14')
 * //=> '14 Februari 2024'
 * ```
 * @category Dates
 */
export function formatIndonesianDate(date: LocalDate, options: { weekday?: boolean } = {}): string {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  const year = Number(date.slice(0, 4));
  const month = INDONESIAN_MONTHS[Number(date.slice(5, 7)) - 1]!;
  const text = `${Number(date.slice(8, 10))} ${month.name} ${year}`;
  return options.weekday === true ? `${INDONESIAN_WEEKDAYS[weekdayOf(date)]!.name}, ${text}` : text;
}
