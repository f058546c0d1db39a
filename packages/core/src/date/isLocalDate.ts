import type { LocalDate } from '../model/localDate';

const LOCAL_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is a {@link LocalDate}: a string `YYYY-MM-DD` naming a day that exists in
 * the proleptic Gregorian calendar (so `2024-02-29` is one and `2023-02-29` is not).
 *
 * @param value - Anything.
 * @returns `true` when `value` is a real calendar date in `YYYY-MM-DD` form.
 * @example
 * ```ts
 * isLocalDate('2024-02-29')
 * //=> true
 * isLocalDate('2023-02-29')
 * //=> false
 * isLocalDate('24/11/2023')
 * //=> false
 * ```
 * @category Dates
 */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = LOCAL_DATE_SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
