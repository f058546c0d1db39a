import type { LocalDate } from '../model/localDate';
import type { TextSpan } from '../text/textSpan';
import { isLocalDate } from './isLocalDate';
import type { DateMention } from './parseIndonesianDate';
import { readDates } from './readDates';

/**
 * A date found in a text by {@link findDateMentions}: the day (a range's first day) as a
 * {@link DateMention}, where it is written ({@link TextSpan}: `text.slice(start, end)` is the date
 * as written, with its day name and brackets, without a time of day), and the range's last day
 * when it is a range.
 *
 * @example
 * ```ts
 * const text = 'Rapat digelar 4-6 November 2024.';
 * const mention: FoundDateMention = {
 *   date: '2024-11-04',
 *   year: 2024,
 *   month: 11,
 *   day: 4,
 *   start: 14,
 *   end: 31, // text.slice(14, 31) === '4-6 November 2024'
 *   through: { date: '2024-11-06', year: 2024, month: 11, day: 6 },
 *   yearStated: true,
 * };
 * ```
 * @category Dates
 */
export interface FoundDateMention extends DateMention, TextSpan {
  /** The last day of a range ("4-6 November 2024": the 6th), with its own day name if written; absent for a single day. */
  through?: DateMention;
  /**
   * Whether the year was written in the text, with this date or with its range ("4-6 November
   * 2024"); `false` when it came from `referenceDate` or is unknown. `year` is present exactly when
   * this is `true`; `date` also when the year came from `referenceDate`.
   */
  yearStated: boolean;
}

/**
 * Options for {@link findDateMentions}.
 *
 * @example
 * ```ts
 * const options: FindDateMentionsOptions = { referenceDate: '2024-08-25' };
 * ```
 * @category Dates
 */
export interface FindDateMentionsOptions {
  /**
   * The article's own date, to give a year to dates written without one ("Sabtu (24/8)",
   * "27 November"): the year that puts the day nearest to it, of its own year and the years either
   * side (on a tie, the earlier). News reports past days and announces coming ones, both within
   * months of the article; ignored when it is not a real `YYYY-MM-DD` day.
   */
  referenceDate?: LocalDate;
}

/**
 * Finds every date written in a text — a whole article — in order, each with its span, the way
 * Indonesian news writes them, and checks the day name written with a date against the calendar.
 *
 * Reads the forms of {@link parseIndonesianDate} (`Rabu (21/2/2024)`, `Kamis, 25 Januari 2024`,
 * `14-08-2024`, `4 Nov. 2024`, `Jum'at`/`Jum´at`, old spellings and one-letter typos of month
 * names) and also:
 * - ranges, as one mention with `through`: `4-6 November 2024`, `4 s.d. 6 November`, `4 s/d 6
 *   November`, `4 sampai dengan 6 November`, `29 Februari–1 Maret 2024`, `6 Desember 2022 s.d 25
 *   November 2023`, `(4-6/11/2024)`, `Senin (4/11/2024) hingga Rabu (6/11/2024)` (a range is never
 *   silently its last day; a start after its end makes two dates);
 * - days listed before a date, each a mention of its own with that date's month and year: `24 dan
 *   25 Agustus 2024`, `4, 5 dan 6 November` (the list ends in `dan` or `serta`);
 * - day/month without a year, only where news writes a date: in brackets (`(24/8)`), after a day
 *   name (`Jumat 16/12`) or after `tanggal`/`tgl`. A bare `1/2`, `24/7`, `20/30 orang` or
 *   `Pasal 28/2` is not a date; neither is a score (`2-1`), a clock time (`14.15`, `14:15 WIB`, never
 *   part of a span), a decree number (`1632/2023`) or a month and year without a day;
 * - short month forms without a year (`3 Mar`) only when capitalized;
 * - month first, with its comma and year (`November 27, 2024`, `Nov. 27, 2024`), and a day name in
 *   brackets after the date (`27 November 2024 (Rabu)`).
 *
 * No date is read out of a URL, a path or a file name (`/2024/01/25/`, `detik.com/berita/…`,
 * `IMG-20240125-WA0012.jpg`, `WhatsApp Image 2024-01-25 at 10.15.30.jpeg`). A year comes from the
 * text, from the range the date starts, or from `options.referenceDate` (see
 * {@link FindDateMentionsOptions}); `yearStated` says which. Never throws; linear in the text.
 *
 * @param text - Any text, e.g. a whole news article.
 * @param options - `referenceDate`: the article's date, to place dates written without a year.
 * @returns The dates found, in text order, not overlapping; `[]` when there are none.
 * @example
 * ```ts
 * findDateMentions('Apel digelar Rabu (21/2/2024) pukul 08.00 WIB.')
 * //=> [{ date: '2024-02-21', year: 2024, month: 2, day: 21, weekday: 3, weekdayMatches: true,
 * //      start: 13, end: 29, yearStated: true }]          // 'Rabu (21/2/2024)'
 * findDateMentions('Operasi digelar 4-6 Nov. 2024')
 * //=> [{ date: '2024-11-04', year: 2024, month: 11, day: 4, start: 16, end: 29, yearStated: true,
 * //      through: { date: '2024-11-06', year: 2024, month: 11, day: 6 } }]
 * findDateMentions('kata Kapolres, Sabtu (24/8).', { referenceDate: '2024-08-25' })
 * //=> [{ date: '2024-08-24', month: 8, day: 24, weekday: 6, weekdayMatches: true,
 * //      start: 15, end: 27, yearStated: false }]         // 'Sabtu (24/8)'
 * findDateMentions('Foto: IMG-20240125-WA0012.jpg, 20/30 orang')
 * //=> []
 * ```
 * @category Dates
 */
export function findDateMentions(text: string, options: FindDateMentionsOptions = {}): FoundDateMention[] {
  if (typeof text !== 'string') return [];
  const reference = isLocalDate(options?.referenceDate) ? options.referenceDate : undefined;
  return readDates(text, reference, { readLinks: false, limit: Number.POSITIVE_INFINITY });
}
