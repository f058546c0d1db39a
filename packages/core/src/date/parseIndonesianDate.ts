import type { LocalDate } from '../model/localDate';
import { isLocalDate } from './isLocalDate';
import { readDates } from './readDates';

/**
 * A date found in Indonesian text by {@link parseIndonesianDate} (and, with its span, by
 * `findDateMentions`).
 *
 * @example
 * ```ts
 * const mention: DateMention = {
 *   date: '2024-08-27',
 *   year: 2024,
 *   month: 8,
 *   day: 27,
 *   weekday: 1, // "Senin" as written; 27 Aug 2024 was a Tuesday
 *   weekdayMatches: false,
 * };
 * ```
 * @category Dates
 */
export interface DateMention {
  /** The calendar date, when the year is written or could be resolved from `referenceDate`. */
  date?: LocalDate;
  /** The year as written (two-digit years expanded to 20yy); absent when the text gives none. */
  year?: number;
  /** Month, 1–12. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
  /** Day of the week as written, 0 = Minggu (Sunday) … 6 = Sabtu (Saturday). */
  weekday?: number;
  /**
   * Whether the written weekday is the real weekday of `date`. Present only when both are known;
   * `false` flags a source error (the date is kept, not "fixed").
   */
  weekdayMatches?: boolean;
}

/**
 * Options for {@link parseIndonesianDate}.
 *
 * @example
 * ```ts
 * const options: ParseIndonesianDateOptions = { referenceDate: '2022-12-17' };
 * ```
 * @category Dates
 */
export interface ParseIndonesianDateOptions {
  /** The article's own date, used to give a year to dates written without one ("Jumat (16/12)"). */
  referenceDate?: LocalDate;
}

/**
 * Finds the first date in Indonesian text, as news writes it, and checks the weekday written with
 * it against the real calendar.
 *
 * Accepted forms:
 * - numeric: `Jumat (24/11/2023)`, `Minggu (02/07/2023)`, `14-08-2024`, `Sabtu (07/09/24)` (two-digit
 *   years are 20yy), `09/02/2024, 19:00 WIB`, `14.08.2024`, `2024-02-14`;
 * - with a month name: `Rabu 31 Januari 2024`, `KAMIS, 20 FEBRUARI 2025`, `30 Jan 2024`, old
 *   spellings (`Nopember`, `Pebruari`), August as `Agt`/`Agu`/`Ags`, and one-letter typos of a full
 *   month name when only one month is that close (`Novemver` → November; `Juri` is rejected);
 * - without a year: `Jumat (16/12)`, `(5/9)`, `16 Desember`. The year comes from
 *   `options.referenceDate`: of the reference year and the years either side, the one that puts the
 *   date nearest the reference (on a tie, the earlier). Without a reference date, `date` and `year`
 *   are absent and only `month` and `day` are given.
 *
 * A day name (`Minggu`/`Ahad`, `Senin` … `Jumat`/`Jum'at`/`Jum’at`, `Sabtu`) counts when it comes
 * just before the date, with only punctuation or words such as `pagi`, `hari`, `tanggal` in between
 * (`Kamis ((16/11/2023)`, `Senin(09/12/2024)`, `Jumat pagi, 24/11/2023`, `hari Rabu tanggal 14
 * Februari 2024`). Impossible dates (`30/02/2024`) are skipped. Never throws; linear in the text, and a
 * long text is read only as far as its first date needs (in growing prefixes, from 8 kB of text).
 *
 * @param text - Any text, e.g. a sentence or a dateline.
 * @param options - `referenceDate`: the article's date, to place dates written without a year.
 * @returns The first date found, or `undefined` when there is none.
 * @example
 * ```ts
 * parseIndonesianDate('menggelar FGD, Jumat (24/11/2023).')
 * //=> { date: '2023-11-24', year: 2023, month: 11, day: 24, weekday: 5, weekdayMatches: true }
 * parseIndonesianDate('apel Senin (27/8/2024)')
 * //=> { date: '2024-08-27', year: 2024, month: 8, day: 27, weekday: 1, weekdayMatches: false }
 * parseIndonesianDate('Jumat (16/12)', { referenceDate: '2022-12-17' })
 * //=> { date: '2022-12-16', month: 12, day: 16, weekday: 5, weekdayMatches: true }
 * parseIndonesianDate('30/02/2024')
 * //=> undefined
 * ```
 * @category Dates
 */
export function parseIndonesianDate(text: string, options: ParseIndonesianDateOptions = {}): DateMention | undefined {
  if (typeof text !== 'string') return undefined;
  const reference = isLocalDate(options?.referenceDate) ? options.referenceDate : undefined;
  const [first] = readDates(text, reference, { readLinks: true, limit: 1 });
  if (first === undefined) return undefined;
  const mention: DateMention = { month: first.month, day: first.day };
  if (first.date !== undefined) mention.date = first.date;
  if (first.year !== undefined) mention.year = first.year;
  if (first.weekday !== undefined) mention.weekday = first.weekday;
  if (first.weekdayMatches !== undefined) mention.weekdayMatches = first.weekdayMatches;
  return mention;
}
