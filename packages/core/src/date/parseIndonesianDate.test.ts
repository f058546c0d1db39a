import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { formatIndonesianDate } from './formatIndonesianDate';
import { parseIndonesianDate } from './parseIndonesianDate';
import { DATE_CASES } from './parseIndonesianDate.cases';

const pad = (n: number) => String(n).padStart(2, '0');

// The real weekday, from the JS calendar (independent of the library's arithmetic).
function jsWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

describe('parseIndonesianDate: hand-written cases', () => {
  it('has at least 120 cases', () => {
    expect(DATE_CASES.length).toBeGreaterThanOrEqual(120);
  });

  it.each(DATE_CASES.map((c) => [c.text, c.referenceDate ?? '-', c] as const))(
    '%s (reference %s)',
    (_, __, { text, referenceDate, expected }) => {
      const options = referenceDate === undefined ? undefined : { referenceDate: referenceDate as LocalDate };
      const result = parseIndonesianDate(text, options);
      if (expected === undefined) {
        expect(result).toBeUndefined();
        return;
      }
      const date =
        expected.date ??
        (expected.year === undefined ? undefined : `${expected.year}-${pad(expected.month)}-${pad(expected.day)}`);
      const want: Record<string, unknown> = { month: expected.month, day: expected.day };
      if (date !== undefined) want.date = date;
      if (expected.year !== undefined) want.year = expected.year;
      if (expected.weekday !== undefined) {
        want.weekday = expected.weekday;
        if (date !== undefined) want.weekdayMatches = jsWeekday(date) === expected.weekday;
      }
      expect(result).toEqual(want);
    },
  );

  it('flags exactly the weekday errors elections.md §6c reports', () => {
    expect(parseIndonesianDate('Senin (27/8/2024)')?.weekdayMatches).toBe(false); // a Tuesday
    expect(parseIndonesianDate('Rabu 20 Februari 2025')?.weekdayMatches).toBe(false); // a Thursday
    expect(parseIndonesianDate('Jumat (10/9/2025)')?.weekdayMatches).toBe(false); // a Wednesday
    expect(parseIndonesianDate('Jumat (10/1/2025)')?.weekdayMatches).toBe(true);
    expect(parseIndonesianDate('Jumat (24/11/2023)')?.weekdayMatches).toBe(true);
    // The date is reported as written, not "fixed" to match the weekday.
    expect(parseIndonesianDate('Senin (27/8/2024)')?.date).toBe('2024-08-27');
  });

  it('ignores an invalid reference date instead of throwing', () => {
    expect(parseIndonesianDate('(5/9)', { referenceDate: '2024-02-30' as LocalDate })).toEqual({ month: 9, day: 5 });
  });
});

describe('parseIndonesianDate: properties', () => {
  const days = fc
    .integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as LocalDate);

  it('round-trips formatIndonesianDate, with a weekday that always matches', () => {
    fc.assert(
      fc.property(days, fc.boolean(), (date, weekday) => {
        const result = parseIndonesianDate(formatIndonesianDate(date, { weekday }));
        expect(result?.date).toBe(date);
        expect(result?.year).toBe(Number(date.slice(0, 4)));
        if (weekday) {
          expect(result?.weekday).toBe(jsWeekday(date));
          expect(result?.weekdayMatches).toBe(true);
        } else {
          expect(result).not.toHaveProperty('weekday');
        }
      }),
    );
  });

  it('reads the numeric news form "{Hari} ({d}/{M}/{yyyy})" for any day', () => {
    const names = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 6 }), (date, written) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const result = parseIndonesianDate(`${names[written]} (${d}/${m}/${y})`);
        expect(result).toEqual({
          date,
          year: y,
          month: m,
          day: d,
          weekday: written,
          weekdayMatches: jsWeekday(date) === written,
        });
      }),
    );
  });

  it('places a yearless date within half a year or so of the reference', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -150, max: 150 }), (reference, offset) => {
        const target = new Date(Date.parse(reference) + offset * 86_400_000).toISOString().slice(0, 10);
        const [, m, d] = target.split('-').map(Number) as [number, number, number];
        expect(parseIndonesianDate(`(${d}/${m})`, { referenceDate: reference })?.date).toBe(target);
      }),
    );
  });

  it('never throws on random text and only returns real dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const result = parseIndonesianDate(text, { referenceDate: '2024-06-01' });
        if (result?.date !== undefined) {
          const [y, m, d] = result.date.split('-').map(Number) as [number, number, number];
          const js = new Date(Date.UTC(y, m - 1, d));
          expect(js.getUTCMonth() + 1).toBe(m);
          expect(js.getUTCDate()).toBe(d);
        }
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Jumat', '(', ')', '/', '-', '.', ' ', '24', '11', '2023', 'Nov', "Jum'at", ','), {
          maxLength: 30,
        }),
        (parts) => {
          parseIndonesianDate(parts.join(''));
        },
      ),
    );
  });

  it('handles a 400 kB adversarial string', () => {
    // Near misses: long digit runs, a 200k-token slash chain, impossible days and typo-like words.
    const noise = `Jumat ((${'9'.repeat(100_000)} ${'1/'.repeat(100_000)} ${'30/02/'.repeat(20_000)} ${'Jumat, 31 Jurz '.repeat(5_000)}`;
    expect(noise.length).toBeGreaterThan(400_000);
    expect(parseIndonesianDate(noise)).toBeUndefined();
    const withDate = `${'Kamis, tanggal '.repeat(27_000)}Jumat (24/11/2023)`;
    expect(withDate.length).toBeGreaterThan(400_000);
    expect(parseIndonesianDate(withDate)).toEqual({
      date: '2023-11-24',
      year: 2023,
      month: 11,
      day: 24,
      weekday: 5,
      weekdayMatches: true,
    });
  });
});
