import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/localDate';
import { findDateMentions } from './findDateMentions';
import type { DateMention } from './parseIndonesianDate';
import { parseIndonesianDate } from './parseIndonesianDate';
import { REAL_DATE_CASES, type RealDateDay, type RealDateExpected } from './realDateMentions.cases';

// The real weekday, from the JS calendar (independent of the library's arithmetic).
function jsWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function dayOf(mention: DateMention): RealDateDay {
  const day: RealDateDay = { month: mention.month, day: mention.day };
  if (mention.date !== undefined) day.date = mention.date;
  if (mention.weekday !== undefined) day.weekday = mention.weekday;
  return day;
}

function weekdayCheck(day: RealDateDay): boolean | undefined {
  return day.weekday === undefined || day.date === undefined ? undefined : jsWeekday(day.date) === day.weekday;
}

const mentionCount = REAL_DATE_CASES.reduce((n, c) => n + c.expected.length, 0);

describe('findDateMentions on dates copied from real news', () => {
  it('has at least 80 date mentions from at least 40 outlets, each case with its source URL', () => {
    expect(mentionCount).toBeGreaterThanOrEqual(80);
    const hosts = new Set(REAL_DATE_CASES.map((c) => new URL(c.url).hostname.replace(/^www\./, '')));
    expect(hosts.size).toBeGreaterThanOrEqual(40);
    for (const c of REAL_DATE_CASES) expect(c.referenceDate === undefined || c.note !== undefined, c.text).toBe(true);
  });

  it.each(REAL_DATE_CASES.map((c) => [c.text, c] as const))('%s', (_, { text, referenceDate, expected }) => {
    const options = referenceDate === undefined ? undefined : { referenceDate: referenceDate as LocalDate };
    const found = findDateMentions(text, options);
    const read = found.map((m): RealDateExpected => {
      const out: RealDateExpected = { written: text.slice(m.start, m.end), ...dayOf(m), yearStated: m.yearStated };
      if (m.through !== undefined) out.through = dayOf(m.through);
      return out;
    });
    expect(read).toEqual(expected);
    // The weekday check agrees with the JS calendar, and the year is given exactly when written.
    found.forEach((m, i) => {
      expect(m.weekdayMatches).toBe(weekdayCheck(expected[i]!));
      if (expected[i]!.through !== undefined)
        expect(m.through?.weekdayMatches).toBe(weekdayCheck(expected[i]!.through!));
      expect(m.year).toBe(expected[i]!.yearStated ? Number(expected[i]!.date!.slice(0, 4)) : undefined);
    });
    // parseIndonesianDate gives the first one (a range's first day).
    const first = parseIndonesianDate(text, options);
    const want = expected[0];
    expect(first === undefined ? undefined : dayOf(first)).toEqual(
      want === undefined
        ? undefined
        : dayOf({ month: want.month, day: want.day, date: want.date as LocalDate, weekday: want.weekday }),
    );
  });

  it('reads all of them (100 %)', () => {
    let right = 0;
    for (const { text, referenceDate, expected } of REAL_DATE_CASES) {
      const options = referenceDate === undefined ? undefined : { referenceDate: referenceDate as LocalDate };
      const found = findDateMentions(text, options);
      for (const want of expected) {
        const m = found.find((f) => text.slice(f.start, f.end) === want.written);
        if (m !== undefined && m.date === want.date && m.through?.date === want.through?.date) right++;
      }
    }
    expect(right / mentionCount).toBe(1);
  });
});
