// Rule `weekday_mismatch` (error): when `dateText` names a weekday ("Jumat (24/11/2023)"), it
// must be the weekday of `date`. The text is read with core's parseIndonesianDate (aliases such as
// Ahad and Jum'at included); the weekday is compared with `date`, the model's value.
import { type Event, INDONESIAN_WEEKDAYS, parseIndonesianDate, weekdayOf } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

export function weekdayMatchesDate(event: Event, path: Path): RawIssue[] {
  if (event.dateText === undefined || event.date === undefined) return [];
  const mention = parseIndonesianDate(event.dateText, { referenceDate: event.date });
  if (mention?.weekday === undefined) return [];
  const actual = weekdayOf(event.date);
  if (mention.weekday === actual) return [];
  return [
    {
      path: [...path, 'dateText'],
      code: 'weekday_mismatch',
      params: {
        value: displayValue(INDONESIAN_WEEKDAYS[mention.weekday]?.name ?? event.dateText),
        related: event.date,
        expected: INDONESIAN_WEEKDAYS[actual]?.name,
      },
    },
  ];
}
