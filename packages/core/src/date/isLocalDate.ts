import type { LocalDate } from '../model/localDate';

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
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  // Digits read by char code: this check runs on every date a validator sees, and a regular
  // expression with captures costs several times more.
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 0x2d;

/** The number written by the ASCII digits `text[from..to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
