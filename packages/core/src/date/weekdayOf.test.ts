import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { formatIndonesianDate } from './formatIndonesianDate';
import { weekdayOf } from './weekdayOf';

describe('weekdayOf', () => {
  it('gives the weekdays elections.md states', () => {
    expect(weekdayOf('2022-06-14')).toBe(2); // Selasa
    expect(weekdayOf('2024-02-14')).toBe(3); // Rabu
    expect(weekdayOf('2024-08-25')).toBe(0); // Minggu/Ahad
    expect(weekdayOf('2024-08-27')).toBe(2); // Selasa, though petah.id wrote "Senin"
    expect(weekdayOf('2025-02-20')).toBe(4); // Kamis
    expect(weekdayOf('2023-11-24')).toBe(5); // Jumat
    expect(weekdayOf('2024-02-10')).toBe(6); // Sabtu
  });

  it('agrees with the JS calendar across centuries and leap days', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / 864e5, max: Date.UTC(2400, 11, 31) / 864e5 }), (n) => {
        const js = new Date(n * 864e5);
        expect(weekdayOf(js.toISOString().slice(0, 10) as LocalDate)).toBe(js.getUTCDay());
      }),
    );
  });

  it('throws a RangeError on days that do not exist', () => {
    expect(() => weekdayOf('2024-02-30')).toThrow(RangeError);
    expect(() => weekdayOf('24/11/2023' as LocalDate)).toThrow(RangeError);
  });
});

describe('formatIndonesianDate', () => {
  it('writes day, month name and year, with the day name on request', () => {
    expect(formatIndonesianDate('2023-11-24', { weekday: true })).toBe('Jumat, 24 November 2023');
    expect(formatIndonesianDate('2024-02-14', { weekday: true })).toBe('Rabu, 14 Februari 2024');
    expect(formatIndonesianDate('2024-08-25', { weekday: true })).toBe('Minggu, 25 Agustus 2024');
    expect(formatIndonesianDate('2024-09-05')).toBe('5 September 2024');
    expect(formatIndonesianDate('2024-01-01', { weekday: false })).toBe('1 Januari 2024');
  });

  it('throws a RangeError on days that do not exist', () => {
    expect(() => formatIndonesianDate('2023-02-29')).toThrow(RangeError);
  });
});
