// Private: the canonical YYYY-MM-DD form of a date written another way ('4/11/2024',
// '5 September 2024', 'Kamis, 5 September 2024'), read by core's parseIndonesianDate, for "did
// you mean '2024-11-04'?". Only a full date is suggested (a day and month without a year is not).
import { parseIndonesianDate } from '@kamtibmas/core';

const MAX_READ_LENGTH = 200;
// The canonical shape: a value written like this that still fails names a day that does not exist.
const CANONICAL = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the value is written YYYY-MM-DD (whether or not the day exists). */
export function isWrittenCanonically(value: string): boolean {
  return CANONICAL.test(value);
}

export function suggestDate(value: string): string | undefined {
  if (value.length > MAX_READ_LENGTH || isWrittenCanonically(value)) return undefined;
  const date = parseIndonesianDate(value)?.date;
  return date === value ? undefined : date;
}
