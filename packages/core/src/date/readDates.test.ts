import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { readDates } from './readDates';

// With a limit (parseIndonesianDate), readDates reads a long text in growing prefixes and stops at
// the first that settles the answer. Whatever the prefix length, the dates read must be those of
// the whole text read at once (`firstPrefix: Infinity`).

const FIRST = { readLinks: true, limit: 1 } as const;
const WHOLE = { ...FIRST, firstPrefix: Number.POSITIVE_INFINITY } as const;

const seedDir = path.join(__dirname, '../../../fixtures/test/articles');
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(seedDir, name), 'utf8'));

describe('readDates: the first dates of a long text, read in prefixes', () => {
  it('reads the same first date as the whole text, for any first prefix', () => {
    // Whole dates, their parts and what is read around them (day names, brackets, range and list
    // joiners), so that prefixes end inside and just after dates, ranges and lists.
    const parts = fc.constantFrom(
      'Jumat (24/11/2023)',
      '27 November 2024',
      '(Rabu)',
      '4/11/2024',
      '(5/9)',
      '16 Desember',
      'Nopember 30, 2024',
      'Jumat',
      'Rabu',
      'pagi',
      'hari',
      'tanggal',
      'hingga',
      's.d.',
      'dan',
      '(',
      ')',
      '/',
      ',',
      '\n',
      '24',
      '4',
      '11',
      '2024',
      'November',
      'Polres Lebong',
      'kata dia',
      'e\u0301',
    );
    const texts = fc.array(parts, { minLength: 10, maxLength: 300 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 400 }), (text, firstPrefix) => {
        const whole = readDates(text, undefined, WHOLE);
        expect(readDates(text, undefined, { ...FIRST, firstPrefix })).toEqual(whole);
        expect(readDates(text, '2024-11-20' as LocalDate, { ...FIRST, firstPrefix, limit: 3 })).toEqual(
          readDates(text, '2024-11-20' as LocalDate, { ...WHOLE, limit: 3 }),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('reads the same dates wherever a prefix ends, on written ranges, lists and day names', () => {
    const cases = [
      'apel Senin 4 hingga Rabu 6 November 2024 di Mapolres, lalu patroli pada 7 November 2024 (Kamis) malam.',
      'digelar 24 dan 25 Agustus 2024 serta 1 September 2024 (Minggu) di aula.',
      'hari Jumat tanggal 24 November 2023 pagi, lalu Rabu 29 November 2023, dan 1 Desember 2023.',
      'Kamis ((16/11/2023) hingga Sabtu (18/11/2023) dan Senin, 20 November 2023 kata dia.',
    ];
    for (const text of cases) {
      for (const limit of [1, 2]) {
        const whole = readDates(text, undefined, { ...WHOLE, limit });
        for (let firstPrefix = 1; firstPrefix < text.length; firstPrefix++) {
          expect(readDates(text, undefined, { ...FIRST, limit, firstPrefix })).toEqual(whole);
        }
      }
    }
  });

  it('reads a real article the same in prefixes as whole, wherever its first date falls', () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      // The seed after ever longer text without a date, so the date falls in later prefixes.
      for (const lead of [0, 3_000, 5_000, 20_000, 90_000]) {
        const text = `${'Kapolres hadir dalam kegiatan itu. '.repeat(Math.ceil(lead / 35))}${seed}`;
        const whole = readDates(text, undefined, WHOLE);
        expect(whole).toHaveLength(1);
        expect(readDates(text, undefined, FIRST)).toEqual(whole);
        for (const firstPrefix of [64, 500, 2_000]) {
          expect(readDates(text, undefined, { ...FIRST, firstPrefix })).toEqual(whole);
        }
      }
    }
  });

  it('finds a date that only the whole text holds, after 400 kB without one', () => {
    const text = `${'Senin 32 Januari (12/13) '.repeat(16_000)}Jumat (24/11/2023)`;
    const [date] = readDates(text, undefined, FIRST);
    expect(date?.date).toBe('2023-11-24');
    expect(text.slice(date!.start, date!.end)).toBe('Jumat (24/11/2023)');
  });

  it('keeps the end of a range that starts just before a prefix would end', () => {
    // The range's first day near 4,096 characters, its last day after.
    const lead = 'apel digelar. '.repeat(292);
    const text = `${lead}Senin (4/11/2024) hingga Rabu (6/11/2024) ${'di Mapolres. '.repeat(400)}`;
    const [date] = readDates(text, undefined, FIRST);
    expect(date?.date).toBe('2024-11-04');
    expect(date?.through?.date).toBe('2024-11-06');
  });
});
