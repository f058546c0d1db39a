import { INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS } from '../data/calendarNames';
import type { LocalDate } from '../model/localDate';
import { type CalendarToken, type CalendarTokenList, calendarTokens } from './calendarTokens';
import { dayNumberOf, dayNumberOfLocalDate, toLocalDate, weekdayOfDayNumber } from './dayNumber';
import { daysInMonth, isLocalDate } from './isLocalDate';

/**
 * A date found in Indonesian text by {@link parseIndonesianDate}.
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

// The lookup tables are built in /* @__PURE__ */ calls, not by top-level loops, so that bundlers
// drop them when the parser is not imported (see rank/compareRanks.ts).
const MONTH_BY_ALIAS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const map = new Map<string, number>();
  for (const entry of INDONESIAN_MONTHS) for (const alias of entry.aliases) map.set(alias, entry.month);
  return map;
})();

// Full month spellings (four letters or more) that one-letter typos are measured against.
const FULL_MONTH_SPELLINGS: readonly (readonly [string, number])[] = /* @__PURE__ */ (() =>
  INDONESIAN_MONTHS.flatMap((entry) =>
    entry.aliases.filter((alias) => alias.length >= 4).map((alias) => [alias, entry.month] as const),
  ))();

const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const map = new Map<string, number>();
  for (const entry of INDONESIAN_WEEKDAYS) for (const alias of entry.aliases) map.set(alias, entry.index);
  return map;
})();

// Words that may stand between a day name and its date: "Jumat pagi, …", "hari Rabu tanggal 14 …".
const FILLER_WORDS = new Set(['pagi', 'siang', 'sore', 'malam', 'dini', 'hari', 'tanggal', 'tgl', 'lalu', 'kemarin']);
const FILLER_MARKS = new Set(['(', ',', ':', '-', '–', '—', '|', '/']);
const NUMERIC_SEPARATORS = new Set(['/', '-', '.']);
const SLASH = new Set(['/']);
const MAX_FILLERS = 6;

/** Whether two words differ by one edit: substitution, insertion, deletion or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** A month from a word: an exact alias, or a one-letter typo of exactly one month's full name. */
function monthOfWord(word: string): number | undefined {
  const exact = MONTH_BY_ALIAS.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 4 || word.length > 10) return undefined;
  let found: number | undefined;
  for (const [spelling, month] of FULL_MONTH_SPELLINGS) {
    if (spelling[0] !== word[0] || !withinOneEdit(word, spelling)) continue;
    if (found !== undefined && found !== month) return undefined; // ambiguous, e.g. "juri"
    found = month;
  }
  return found;
}

function isNumber(token: CalendarToken | undefined, maxDigits: number): token is CalendarToken & { kind: 'number' } {
  return token?.kind === 'number' && token.text.length <= maxDigits && !Number.isNaN(token.value);
}

function isMark(token: CalendarToken | undefined, marks: ReadonlySet<string>): boolean {
  return token?.kind === 'mark' && marks.has(token.text);
}

function fullYear(token: CalendarToken & { kind: 'number' }): number | undefined {
  if (token.text.length === 2) return 2000 + token.value;
  if (token.text.length === 4 && token.value >= 1900 && token.value <= 2100) return token.value;
  return undefined;
}

interface Found {
  start: number;
  year?: number;
  month: number;
  day: number;
}

/** Tries the date patterns at token `i`; `undefined` when none starts there. */
function dateAt(tokens: CalendarTokenList, i: number): Found | undefined {
  const first = tokens.get(i);
  if (first?.kind !== 'number') return undefined;
  const sep1 = tokens.get(i + 1);
  const second = tokens.get(i + 2);
  const sep2 = tokens.get(i + 3);
  const third = tokens.get(i + 4);
  // Inside a longer chain such as "1/2/23/4" no numeric date starts.
  const chained = isMark(tokens.get(i - 1), NUMERIC_SEPARATORS) && tokens.get(i - 2)?.kind === 'number';

  // Numeric with year: d/m/yyyy, dd-mm-yy, d.m.yyyy, and ISO-like yyyy-mm-dd or yyyy/mm/dd.
  if (
    !chained &&
    isMark(sep1, NUMERIC_SEPARATORS) &&
    isNumber(second, 2) &&
    sep2?.kind === 'mark' &&
    sep2.text === sep1?.text &&
    third?.kind === 'number' &&
    // "1/2/23/4" is not a date; a range "14-08-2024 - 20-08-2024" still is.
    !(third.text.length === 2 && isMark(tokens.get(i + 5), NUMERIC_SEPARATORS) && tokens.get(i + 6)?.kind === 'number')
  ) {
    if (isNumber(first, 2) && isNumber(third, 4)) {
      // Dotted dates need a four-digit year, so clock times like 22.18.19 are not read as dates.
      const year = sep1?.text === '.' && third.text.length !== 4 ? undefined : fullYear(third);
      if (year !== undefined) return { start: i, year, month: second.value, day: first.value };
    }
    if (first.text.length === 4 && sep1?.text !== '.' && isNumber(third, 2)) {
      const year = fullYear(first);
      if (year !== undefined) return { start: i, year, month: second.value, day: third.value };
    }
    return undefined;
  }

  // Numeric without year: "(5/9)", "Jumat (16/12)". Slash only: "5-9" is a range, "5.9" a number.
  if (isNumber(first, 2) && isMark(sep1, SLASH) && isNumber(second, 2)) {
    if (chained) return undefined;
    if (sep2?.kind === 'mark' && NUMERIC_SEPARATORS.has(sep2.text) && third?.kind === 'number') return undefined;
    return { start: i, month: second.value, day: first.value };
  }

  // Day, month name, optional year: "24 November 2023", "14 Nov 2023", "27 Novemver 2024", "16 Desember".
  if (isNumber(first, 2) && sep1?.kind === 'word') {
    const month = monthOfWord(sep1.text);
    if (month === undefined) return undefined;
    const yearToken = tokens.get(i + 2);
    if (yearToken?.kind === 'number' && yearToken.text.length === 4) {
      const year = fullYear(yearToken);
      return year === undefined ? undefined : { start: i, year, month, day: first.value };
    }
    return { start: i, month, day: first.value };
  }
  return undefined;
}

/** The weekday written just before token `start`, skipping filler words and marks. */
function weekdayBefore(tokens: CalendarTokenList, start: number): number | undefined {
  for (let k = start - 1; k >= 0 && k >= start - 1 - MAX_FILLERS; k--) {
    const token = tokens.get(k)!;
    if (token.kind === 'word') {
      const weekday = WEEKDAY_BY_NAME.get(token.text);
      if (weekday !== undefined) return weekday;
      if (!FILLER_WORDS.has(token.text)) return undefined;
    } else if (token.kind === 'mark') {
      if (!FILLER_MARKS.has(token.text)) return undefined;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The year giving month/day nearest the reference (on a tie, the earlier); `undefined` if none is real. */
function resolveYear(month: number, day: number, reference: LocalDate): number | undefined {
  const refYear = Number(reference.slice(0, 4));
  const refDay = dayNumberOfLocalDate(reference);
  let best: { year: number; distance: number } | undefined;
  for (const year of [refYear - 1, refYear, refYear + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const distance = Math.abs(dayNumberOf(year, month, day) - refDay);
    if (best === undefined || distance < best.distance) best = { year, distance };
  }
  return best?.year;
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
 * Februari 2024`). Impossible dates (`30/02/2024`) are skipped. Never throws; linear in the text.
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
  const tokens = calendarTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const found = dateAt(tokens, i);
    if (found === undefined) continue;
    const { year, month, day } = found;
    if (month < 1 || month > 12 || day < 1) continue;
    // Without a year, 29 February is possible (in a leap year) but 30 February never is.
    if (day > daysInMonth(year ?? 2000, month)) continue;

    // The reference date is only needed, and so only checked, when the text has no year.
    const reference = year === undefined && isLocalDate(options?.referenceDate) ? options.referenceDate : undefined;
    const dateYear = year ?? (reference === undefined ? undefined : resolveYear(month, day, reference));
    const weekday = weekdayBefore(tokens, found.start);
    const mention: DateMention = { month, day };
    if (dateYear !== undefined) mention.date = toLocalDate(dateYear, month, day);
    if (year !== undefined) mention.year = year;
    if (weekday !== undefined) mention.weekday = weekday;
    if (weekday !== undefined && dateYear !== undefined) {
      mention.weekdayMatches = weekdayOfDayNumber(dayNumberOf(dateYear, month, day)) === weekday;
    }
    return mention;
  }
  return undefined;
}
