import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { findDateMentions } from './findDateMentions';
import { parseIndonesianDate } from './parseIndonesianDate';

// Properties of findDateMentions on generated text, and its 400 kB adversarial inputs; the
// behaviour on written cases is in findDateMentions.test.ts.

// The real weekday, from the JS calendar (independent of the library's arithmetic).
function jsWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The mentions as written, with their dates: `[written, date, through date]`. */
function read(text: string, referenceDate?: string): [string, string | undefined, string | undefined][] {
  const options = referenceDate === undefined ? undefined : { referenceDate: referenceDate as LocalDate };
  return findDateMentions(text, options).map((m) => [text.slice(m.start, m.end), m.date, m.through?.date]);
}

describe('findDateMentions: properties', () => {
  const days = fc
    .integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as LocalDate);
  const names = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
  const months = [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ];
  const prose = fc.constantFrom('', 'Kapolres hadir', 'kata dia,', 'apel digelar pada', 'Polres Lebong.');

  it('never throws; spans are in range, ordered and do not overlap; dates are real', () => {
    const parts = fc.constantFrom(
      'Jumat',
      'Rabu',
      '(',
      ')',
      '/',
      '-',
      '–',
      '.',
      ' ',
      '\n',
      '24',
      '4',
      '11',
      '2023',
      'Nov',
      'November',
      "Jum'at",
      ',',
      's.d.',
      'hingga',
      'https://x.id/',
      '.jpg',
    );
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.array(parts, { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const found = findDateMentions(text, { referenceDate: '2024-06-01' });
        let previousEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          previousEnd = m.end;
          for (const d of [m.date, m.through?.date]) {
            if (d === undefined) continue;
            const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
            const js = new Date(Date.UTC(y, mo - 1, da));
            expect([js.getUTCMonth() + 1, js.getUTCDate()]).toEqual([mo, da]);
          }
          if (m.through?.date !== undefined && m.date !== undefined) expect(m.date < m.through.date).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a date written in prose, its span exactly the written date', () => {
    fc.assert(
      fc.property(
        prose,
        days,
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        prose,
        (before, date, written, numeric, after) => {
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          const dateText = numeric
            ? `${names[written]} (${d}/${m}/${y})`
            : `${names[written]}, ${d} ${months[m - 1]} ${y}`;
          const text = `${before} ${dateText} ${after}`;
          const found = findDateMentions(text);
          expect(found).toHaveLength(1);
          expect(text.slice(found[0]!.start, found[0]!.end)).toBe(dateText);
          expect(found[0]).toMatchObject({ date, weekday: written, weekdayMatches: jsWeekday(date) === written });
        },
      ),
    );
  });

  it('agrees with parseIndonesianDate on the first date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), days, (noise, date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const text = `${noise} ${d} ${months[m - 1]} ${y}`;
        const [first] = findDateMentions(text);
        const parsed = parseIndonesianDate(text);
        if (first === undefined) {
          expect(parsed).toBeUndefined();
          return;
        }
        const { start: _s, end: _e, through: _t, yearStated: _y, ...mention } = first;
        // parseIndonesianDate also reads links; the noise rarely holds one.
        if (!/[/@_]|www\./.test(noise)) expect(parsed).toEqual(mention);
      }),
    );
  });

  it('never throws on values that are not strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(findDateMentions(value as never, value as never))).toBe(true);
      }),
    );
  });
});

describe('findDateMentions: 400 kB adversarial inputs', () => {
  it('stays linear on near misses and on texts full of dates', () => {
    const started = performance.now();
    const noise = `Jumat ((${'9'.repeat(100_000)} ${'1/'.repeat(50_000)} ${'30/02/'.repeat(20_000)} ${'Jumat, 31 Jurz '.repeat(5_000)} ${'4-'.repeat(20_000)}`;
    expect(noise.length).toBeGreaterThan(400_000);
    expect(findDateMentions(noise)).toEqual([]);
    const chained = `${'4 s.d. '.repeat(60_000)}6 November 2024`;
    expect(chained.length).toBeGreaterThan(400_000);
    expect(read(chained).at(-1)).toEqual(['4 s.d. 6 November 2024', '2024-11-04', '2024-11-06']);
    const links = `${'https://x.id/2024/01/25/ '.repeat(16_000)}Rabu (21/2/2024)`;
    expect(links.length).toBeGreaterThan(400_000);
    expect(read(links)).toEqual([['Rabu (21/2/2024)', '2024-02-21', undefined]]);
    const unit = 'Senin (4/11/2024) hingga Rabu (6/11/2024), ';
    const many = unit.repeat(Math.ceil(400_000 / unit.length));
    expect(findDateMentions(many)).toHaveLength(Math.ceil(400_000 / unit.length));
    const monthFirst = `${'November 27, 20245 Nov 4 , (Rabu) '.repeat(12_000)}Nov 27, 2024`;
    expect(monthFirst.length).toBeGreaterThan(400_000);
    expect(read(monthFirst)).toEqual([['Nov 27, 2024', '2024-11-27', undefined]]);
    const fillers = `${'Kamis, tanggal '.repeat(27_000)}Jumat (24/11/2023)`;
    expect(read(fillers)).toEqual([['Jumat (24/11/2023)', '2023-11-24', undefined]]);
    // Numbers far apart: each one's window is guessed, found to hold too few tokens, and read again.
    const sparse = `${'y'.repeat(150)} 1 `.repeat(2_700);
    expect(sparse.length).toBeGreaterThan(400_000);
    expect(findDateMentions(sparse)).toEqual([]);
    // Numbers no date starts at, passed over by the scan for those that may (and one with a mark).
    const years = `${'2024 100.000 '.repeat(31_000)}12345\u0301 `.repeat(2);
    expect(years.length).toBeGreaterThan(400_000);
    expect(findDateMentions(years)).toEqual([]);
    const unspaced = `${','.repeat(40)}1`.repeat(10_000);
    expect(unspaced.length).toBeGreaterThan(400_000);
    expect(findDateMentions(unspaced)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
