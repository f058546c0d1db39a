import {
  INDONESIAN_MONTHS,
  INDONESIAN_WEEKDAYS,
  isLocalDate,
  type LocalDate,
  parseIndonesianDate,
} from '@kamtibmas/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenWeekday } from './writtenWeekday';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// Pieces of date texts near the forms the shortcut reads: canonical spellings and their
// neighbours (other case, aliases, typos), separators, numbers at and past their limits.
const weekdayWord = fc.oneof(
  fc.constantFrom(...INDONESIAN_WEEKDAYS.map((weekday) => weekday.name)),
  fc.constantFrom('rabu', 'RABU', 'Ahad', "Jum'at", 'Jum’at', 'Rabuu', 'Senin,', 'hari Rabu', 'Kamis pagi', ''),
);
const separator = fc.constantFrom(' ', ', ', ',', '  ', ' ,', '\u00a0', ' - ');
const dayText = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 0, max: 9 }).map((day) => pad(day, 2)),
  fc.constantFrom('', '001', '3a', '٣'),
);
const monthWord = fc.oneof(
  fc.constantFrom(...INDONESIAN_MONTHS.map((month) => month.name)),
  fc.constantFrom(...INDONESIAN_MONTHS.flatMap((month) => month.aliases)),
  fc.constantFrom('JANUARI', 'Novemver', 'Juri', 'Nopember', 'Agt', ''),
);
const monthNumber = fc.oneof(fc.integer({ min: 0, max: 14 }).map(String), fc.constantFrom('02', '012', ''));
const yearText = fc.oneof(
  fc.integer({ min: 1895, max: 2105 }).map(String),
  fc.constantFrom('24', '02024', '2024a', '', '1899', '1900', '2100', '2101'),
);
const closing = fc.constantFrom(')', '', '))', ') ', ').');
const junk = fc.constantFrom('', '', '', ' ', '.', ' pukul 09.00 WIB', 'x');

const anyDate = fc
  .date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2110-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as LocalDate);

// The canonical forms themselves, of any date and with any (possibly wrong) weekday.
const canonicalText = fc
  .tuple(anyDate, fc.constantFrom(...INDONESIAN_WEEKDAYS), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([date, weekday, numeric, comma, zeros]) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [day, month] = zeros ? [pad(d, 2), pad(m, 2)] : [String(d), String(m)];
    const name = `${weekday.name}${comma ? ',' : ''}`;
    return numeric ? `${name} (${day}/${month}/${y})` : `${name} ${day} ${INDONESIAN_MONTHS[m - 1]!.name} ${y}`;
  });

const dateText = fc.oneof(
  canonicalText,
  fc
    .tuple(weekdayWord, separator, dayText, monthWord, yearText, junk)
    .map(([w, s, d, m, y, j]) => `${w}${s}${d} ${m} ${y}${j}`),
  fc
    .tuple(weekdayWord, separator, dayText, monthNumber, yearText, closing, junk)
    .map(([w, s, d, m, y, c, j]) => `${w}${s}(${d}/${m}/${y}${c}${j}`),
  fc.string({ maxLength: 30 }),
);

/** The date a text's numbers name, when they name a real one (so the shortcut may answer). */
function namedDate(text: string): LocalDate | undefined {
  const numbers = text.match(/\d+/g) ?? [];
  const month = INDONESIAN_MONTHS.find((m) => text.includes(` ${m.name} `))?.month;
  const [d, m, y] = month === undefined ? numbers : [numbers[0], String(month), numbers[1]];
  if (d === undefined || m === undefined || y === undefined) return undefined;
  const date = `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

describe('writtenWeekday (the weekday rule’s shortcut)', () => {
  it('reads the canonical forms naming the date', () => {
    expect(writtenWeekday('Rabu 31 Januari 2024', '2024-01-31')).toBe(3);
    expect(writtenWeekday('Kamis, 5 September 2024', '2024-09-05')).toBe(4);
    expect(writtenWeekday('Jumat (24/11/2023)', '2023-11-24')).toBe(5);
    expect(writtenWeekday('Sabtu (28/9/2024)', '2024-09-28')).toBe(6);
    // The weekday as written, right or wrong: the rule compares it.
    expect(writtenWeekday('Senin (27/08/2024)', '2024-08-27')).toBe(1);
  });

  it('leaves every other text to parseIndonesianDate', () => {
    expect(writtenWeekday('Rabu 31 Januari 2024', '2024-01-30')).toBeUndefined();
    expect(writtenWeekday("Jum'at (24/11/2023)", '2023-11-24')).toBeUndefined();
    expect(writtenWeekday('rabu 31 januari 2024', '2024-01-31')).toBeUndefined();
    expect(writtenWeekday('Rabu 31 Januari 2024 pukul 10.00', '2024-01-31')).toBeUndefined();
    expect(writtenWeekday('Jumat (16/12)', '2022-12-16')).toBeUndefined();
    expect(writtenWeekday('Rabu 1 Januari 1850', '1850-01-01')).toBeUndefined();
  });

  it('agrees with parseIndonesianDate whenever it answers, on generated date texts', () => {
    let answered = 0;
    fc.assert(
      fc.property(dateText, anyDate, fc.boolean(), (text, other, own) => {
        const date = (own ? namedDate(text) : undefined) ?? other;
        const fast = writtenWeekday(text, date);
        if (fast === undefined) return;
        answered += 1;
        expect(fast).toBe(parseIndonesianDate(text, { referenceDate: date })?.weekday);
      }),
      { numRuns: 5000 },
    );
    // The shortcut must actually be exercised by the generated texts.
    expect(answered).toBeGreaterThan(100);
  }, 60_000);
});
