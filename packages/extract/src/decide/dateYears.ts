import { isLocalDate, type LocalDate, weekdayOf } from '@kamtibmas/core';
import type { ArticleText } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import type { FoundDate } from '../_lib/ReadContext';
import { ELECTION_TERMS } from '../data/electionTerms';

/** A date whose year the article's context settled, and how. */
export interface YearResolution {
  /** The date with its year. */
  readonly date: LocalDate;
  /** Why this year. */
  readonly note: string;
}

/** Every phrase that names an election (both kinds). */
export const ALL_ELECTION_TERMS: readonly string[] = [...ELECTION_TERMS.pilkada, ...ELECTION_TERMS.pemilu];

/** How far after an election word its year is looked for. */
const YEAR_REACH = 40;

/**
 * Gives a year to dates written without one ("Selasa (5/12)") when the caller gave no
 * `publishedOn`, as a reader does from the article's context: the years of the dates written with
 * a year, else the years written after an election word ("Pemilu 2024"), and the year either side of
 * each. With a written weekday, the one candidate whose weekday it is wins (5 December is a Tuesday
 * in 2023, not in 2024); without a weekday, only a single year written with another date is used.
 * Dates that stay ambiguous keep no year.
 *
 * @param article - The article.
 * @param dates - Dates found.
 * @returns For each date, its resolution or `undefined` (same order).
 * @example
 * ```ts
 * resolveYears(readArticleText('Pemilu 2024. Deklarasi Selasa (5/12).'), dates)[0]?.date
 * //=> '2023-12-05'
 * ```
 * @internal
 */
export function resolveYears(article: ArticleText, dates: readonly FoundDate[]): (YearResolution | undefined)[] {
  if (dates.every((d) => d.date !== undefined)) return dates.map(() => undefined);
  const stated = new Set<number>();
  for (const d of dates) if (d.yearStated && d.year !== undefined) stated.add(d.year);
  const written = new Set<number>();
  for (const term of hitsIn(article, ALL_ELECTION_TERMS)) {
    const match = /^\D{0,30}?\b((?:19|20)\d\d)\b/u.exec(article.text.slice(term.end, term.end + YEAR_REACH));
    if (match !== null) written.add(Number(match[1]));
  }
  const base = stated.size > 0 ? stated : written;
  return dates.map((d) => {
    if (d.date !== undefined || base.size === 0) return undefined;
    if (d.weekday === undefined) {
      if (stated.size !== 1) return undefined;
      const [year] = [...stated];
      const date = localDate(year!, d.month, d.day);
      return date === undefined
        ? undefined
        : { date, note: `the year ${year} is the one written with the article's other dates` };
    }
    const fits = new Set<LocalDate>();
    for (const year of base) {
      for (const y of [year - 1, year, year + 1]) {
        const date = localDate(y, d.month, d.day);
        if (date !== undefined && weekdayOf(date) === d.weekday) fits.add(date);
      }
    }
    if (fits.size !== 1) return undefined;
    const [date] = [...fits];
    return {
      date: date!,
      note: `the year is the one near ${[...base].join('/')} in which that day is the weekday written`,
    };
  });
}

function localDate(year: number, month: number, day: number): LocalDate | undefined {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}
