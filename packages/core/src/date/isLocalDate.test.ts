import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocalDate } from './isLocalDate';

describe('isLocalDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isLocalDate('2024-02-14')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2024-02-30')).toBe(false);
    expect(isLocalDate('2024-04-31')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('2024-00-10')).toBe(false);
    expect(isLocalDate('2024-01-00')).toBe(false);
  });

  it('rejects other shapes and non-strings', () => {
    for (const value of [
      '24/11/2023',
      '2024-2-14',
      '2024-02-14T00:00:00Z',
      ' 2024-02-14',
      '',
      20240214,
      null,
      undefined,
      {},
    ]) {
      expect(isLocalDate(value)).toBe(false);
    }
  });

  it('agrees with the JS calendar for every day it is given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(isLocalDate(text)).toBe(true);
        },
      ),
    );
  });

  it('never accepts a day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(isLocalDate(`${year}-${pad(month)}-${pad(last)}`)).toBe(true);
        expect(isLocalDate(`${year}-${pad(month)}-${pad(last + 1)}`)).toBe(false);
      }),
    );
  });
});
