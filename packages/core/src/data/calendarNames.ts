// Indonesian day and month names with the variants news uses, from ../shared/domain/elections.md
// §6a–§6b. Data only: no logic. Aliases are written folded (lower case, no apostrophes), the form
// the date parser compares against.

/**
 * Indonesian day names, indexed like JS `getDay()` (0 = Minggu/Sunday … 6 = Sabtu/Saturday), with
 * the spellings a parser accepts: `Ahad` for Sunday; `Jum'at`/`Jum’at` fold to `jumat`.
 *
 * @example
 * ```ts
 * INDONESIAN_WEEKDAYS[5].name
 * //=> 'Jumat'
 * INDONESIAN_WEEKDAYS[0].aliases
 * //=> ['minggu', 'ahad']
 * ```
 * @category Dates
 */
export const INDONESIAN_WEEKDAYS = [
  { index: 0, name: 'Minggu', english: 'Sunday', aliases: ['minggu', 'ahad'] },
  { index: 1, name: 'Senin', english: 'Monday', aliases: ['senin'] },
  { index: 2, name: 'Selasa', english: 'Tuesday', aliases: ['selasa'] },
  { index: 3, name: 'Rabu', english: 'Wednesday', aliases: ['rabu'] },
  { index: 4, name: 'Kamis', english: 'Thursday', aliases: ['kamis'] },
  { index: 5, name: 'Jumat', english: 'Friday', aliases: ['jumat'] },
  { index: 6, name: 'Sabtu', english: 'Saturday', aliases: ['sabtu'] },
] as const satisfies readonly { index: number; name: string; english: string; aliases: readonly string[] }[];

/**
 * Indonesian month names (EYD spelling), their usual short forms in news, and the variants a parser
 * accepts: old spellings (`Pebruari`, `Nopember`), the typo `Febuari` seen in Tribunnews, the
 * competing short forms of August (`Agt`, `Agu`, `Ags`, `Agst`; which outlets use which is
 * UNCONFIRMED) and the English names (datelines such as "14 Nov 2023" share their short forms).
 *
 * @example
 * ```ts
 * INDONESIAN_MONTHS[10].name
 * //=> 'November'
 * INDONESIAN_MONTHS[10].aliases.includes('nopember')
 * //=> true
 * ```
 * @category Dates
 */
export const INDONESIAN_MONTHS = [
  { month: 1, name: 'Januari', short: 'Jan', english: 'January', aliases: ['januari', 'jan', 'january'] },
  {
    month: 2,
    name: 'Februari',
    short: 'Feb',
    english: 'February',
    aliases: ['februari', 'feb', 'pebruari', 'peb', 'febuari', 'february'],
  },
  { month: 3, name: 'Maret', short: 'Mar', english: 'March', aliases: ['maret', 'mar', 'march'] },
  { month: 4, name: 'April', short: 'Apr', english: 'April', aliases: ['april', 'apr'] },
  { month: 5, name: 'Mei', short: 'Mei', english: 'May', aliases: ['mei', 'may'] },
  { month: 6, name: 'Juni', short: 'Jun', english: 'June', aliases: ['juni', 'jun', 'june'] },
  { month: 7, name: 'Juli', short: 'Jul', english: 'July', aliases: ['juli', 'jul', 'july'] },
  {
    month: 8,
    name: 'Agustus',
    short: 'Agt',
    english: 'August',
    aliases: ['agustus', 'agt', 'agu', 'ags', 'agst', 'aug', 'august'],
  },
  {
    month: 9,
    name: 'September',
    short: 'Sep',
    english: 'September',
    aliases: ['september', 'sep', 'sept', 'spt'],
  },
  { month: 10, name: 'Oktober', short: 'Okt', english: 'October', aliases: ['oktober', 'okt', 'oct', 'october'] },
  { month: 11, name: 'November', short: 'Nov', english: 'November', aliases: ['november', 'nov', 'nopember', 'nop'] },
  { month: 12, name: 'Desember', short: 'Des', english: 'December', aliases: ['desember', 'des', 'dec', 'december'] },
] as const satisfies readonly {
  month: number;
  name: string;
  short: string;
  english: string;
  aliases: readonly string[];
}[];
