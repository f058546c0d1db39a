// Private calendar arithmetic on Y-M-D (proleptic Gregorian), after Howard Hinnant's
// days_from_civil / civil_from_days. Day 0 is 1970-01-01.
import type { LocalDate } from '../model/localDate';

/** Days since 1970-01-01 of a Gregorian date (month 1–12). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` string (not validated). */
export function dayNumberOfLocalDate(date: LocalDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Weekday of a day number, 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Formats year, month and day as a `LocalDate` (4-digit year, zero-padded). */
export function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}
