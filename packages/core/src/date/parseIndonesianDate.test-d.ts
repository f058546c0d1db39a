import { expectTypeOf, test } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { formatIndonesianDate } from './formatIndonesianDate';
import { type DateMention, type ParseIndonesianDateOptions, parseIndonesianDate } from './parseIndonesianDate';
import { weekdayOf } from './weekdayOf';

test('DateMention has the DESIGN shape', () => {
  expectTypeOf(parseIndonesianDate('Jumat (24/11/2023)')).toEqualTypeOf<DateMention | undefined>();
  expectTypeOf<DateMention>().toEqualTypeOf<{
    date?: LocalDate;
    year?: number;
    month: number;
    day: number;
    weekday?: number;
    weekdayMatches?: boolean;
  }>();
  expectTypeOf<ParseIndonesianDateOptions>().toEqualTypeOf<{ referenceDate?: LocalDate }>();
});

test('options take a LocalDate, not any string', () => {
  parseIndonesianDate('(5/9)', { referenceDate: '2024-09-10' });
  // @ts-expect-error a day-first string is not a LocalDate
  parseIndonesianDate('(5/9)', { referenceDate: '10/09/2024' });
});

test('formatting helpers', () => {
  expectTypeOf(weekdayOf).parameter(0).toEqualTypeOf<LocalDate>();
  expectTypeOf(weekdayOf('2024-02-14')).toEqualTypeOf<number>();
  expectTypeOf(formatIndonesianDate('2024-02-14', { weekday: true })).toEqualTypeOf<string>();
});
