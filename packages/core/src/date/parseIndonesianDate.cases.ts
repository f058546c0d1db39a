// Date strings for parseIndonesianDate, written by hand from the patterns in elections.md §6 and the
// seed articles. Expected values are the calendar day the text names; whether the written weekday
// is right is computed in the test from the JS calendar, not stored here.

/** What a case must parse to; `date` defaults to year-month-day when `year` is given. */
export interface ExpectedMention {
  year?: number;
  month: number;
  day: number;
  /** Weekday as written (0 = Minggu … 6 = Sabtu). */
  weekday?: number;
  /** Resolved date when the year is not written (needs `referenceDate`). */
  date?: string;
}

export interface DateCase {
  text: string;
  referenceDate?: string;
  expected: ExpectedMention | undefined;
}

const MINGGU = 0;
const SENIN = 1;
const SELASA = 2;
const RABU = 3;
const KAMIS = 4;
const JUMAT = 5;
const SABTU = 6;

function ymd(text: string, year: number, month: number, day: number, weekday?: number): DateCase {
  return { text, expected: weekday === undefined ? { year, month, day } : { year, month, day, weekday } };
}

function none(text: string, referenceDate?: string): DateCase {
  return referenceDate === undefined ? { text, expected: undefined } : { text, referenceDate, expected: undefined };
}

function yearless(text: string, referenceDate: string | undefined, expected: ExpectedMention): DateCase {
  return referenceDate === undefined ? { text, expected } : { text, referenceDate, expected };
}

export const DATE_CASES: readonly DateCase[] = [
  // Seed articles.
  ymd('Jumat (24/11/2023)', 2023, 11, 24, JUMAT),
  ymd('menggelar Kegiatan Focus Group, Jumat (24/11/2023).', 2023, 11, 24, JUMAT),
  ymd('ujarnya, Sabtu (28/9/2024).', 2024, 9, 28, SABTU),
  ymd('ujarnya, Rabu (19/6/2024).', 2024, 6, 19, RABU),
  ymd('Auditorium Pemkab Banyuasin, Kemarin Rabu 31 Januari 2024.', 2024, 1, 31, RABU),
  ymd('menjelang pemilu pada Rabu 14 Februari 2024 mendatang', 2024, 2, 14, RABU),
  ymd('dilaksanakan pada, Kamis 5 September 2024. Dihadiri Camat', 2024, 9, 5, KAMIS),
  ymd('akan berlangsung pada, Rabu 27 Novemver 2024 mendatang.', 2024, 11, 27, RABU),
  // elections.md §6c patterns.
  ymd('Jumat (3/11/2023)', 2023, 11, 3, JUMAT),
  ymd('Rabu (20/3/2024)', 2024, 3, 20, RABU),
  ymd('Minggu (02/07/2023)', 2023, 7, 2, MINGGU),
  ymd('Selasa (14/06/2022)', 2022, 6, 14, SELASA),
  ymd('Sabtu (07/09/24)', 2024, 9, 7, SABTU),
  ymd('Rabu, 20 Maret 2024', 2024, 3, 20, RABU),
  ymd('hari Rabu tanggal 14 Februari 2024', 2024, 2, 14, RABU),
  ymd('KAMIS, 20 FEBRUARI 2025 | 11:13 WIB', 2025, 2, 20, KAMIS),
  ymd('Kompas.com - 09/02/2024, 19:00 WIB', 2024, 2, 9),
  ymd('Senin, 06/11/2023 21:25 WIB', 2023, 11, 6, SENIN),
  ymd('Selasa 30 Jan 2024 - 15:56 WIB', 2024, 1, 30, SELASA),
  ymd('diperbarui 14 Nov 2023, 08:02 WIB', 2023, 11, 14),
  ymd('Rabu 31 Januari 2024', 2024, 1, 31, RABU),
  ymd('Kamis 5 September 2024', 2024, 9, 5, KAMIS),
  ymd('6 Desember 2022 s.d 25 November 2023', 2022, 12, 6),
  ymd('Selasa 14 November 2023 pukul 18.30 WIB', 2023, 11, 14, SELASA),
  // Weekdays the sources got wrong (elections.md §6c): kept as written.
  ymd('apel gelar pasukan Senin (27/8/2024)', 2024, 8, 27, SENIN),
  ymd('Rabu 20 Februari 2025', 2025, 2, 20, RABU),
  ymd('Jumat (10/9/2025)', 2025, 9, 10, JUMAT),
  // Day-name spellings.
  ymd('Ahad (25/8/2024)', 2024, 8, 25, MINGGU),
  ymd('Ahad, 25 Agustus 2024', 2024, 8, 25, MINGGU),
  ymd("Jum'at (24/11/2023)", 2023, 11, 24, JUMAT),
  ymd('Jum’at, 24 November 2023', 2023, 11, 24, JUMAT),
  ymd('JUMAT (24/11/2023)', 2023, 11, 24, JUMAT),
  ymd('jumat 24 nov 2023', 2023, 11, 24, JUMAT),
  // Odd punctuation and words in between.
  ymd('Kamis ((16/11/2023)', 2023, 11, 16, KAMIS),
  ymd('Senin(09/12/2024)', 2024, 12, 9, SENIN),
  ymd('Selasa, (13/08/2024)', 2024, 8, 13, SELASA),
  ymd('Jumat pagi, (24/11/2023)', 2023, 11, 24, JUMAT),
  ymd('Jumat pagi, 24/11/2023', 2023, 11, 24, JUMAT),
  ymd('Kamis, tanggal 5 September 2024', 2024, 9, 5, KAMIS),
  ymd('Minggu dini hari (11/2/2024)', 2024, 2, 11, MINGGU),
  ymd('Sabtu malam (10/2/2024)', 2024, 2, 10, SABTU),
  ymd('Kamis sore, 5 September 2024', 2024, 9, 5, KAMIS),
  ymd('Rabu,14 Februari 2024', 2024, 2, 14, RABU),
  ymd('Hari/Tanggal : Rabu, 14 Februari 2024', 2024, 2, 14, RABU),
  ymd('Rabu (14/2/2024) pukul 07.00 WIB', 2024, 2, 14, RABU),
  ymd('tgl 17/08/2024', 2024, 8, 17),
  ymd('Jumat kami bertemu lagi 24/11/2023', 2023, 11, 24), // a real word between: no weekday
  ymd('Senin. 24/11/2023', 2023, 11, 24), // a sentence break: no weekday
  // Numeric forms.
  ymd('14-08-2024', 2024, 8, 14),
  ymd('27/08/2024', 2024, 8, 27),
  ymd('24/11/23', 2023, 11, 24),
  ymd('1/1/2024', 2024, 1, 1),
  ymd('01/01/2024', 2024, 1, 1),
  ymd('31/12/2023', 2023, 12, 31),
  ymd('7/7/2024', 2024, 7, 7),
  ymd('Sabtu, 07-09-2024', 2024, 9, 7, SABTU),
  ymd('14.08.2024', 2024, 8, 14),
  ymd('2024-02-14', 2024, 2, 14),
  ymd('tribunnews.com/mata-lokal-memilih/2023/11/03/kpu-tetapkan', 2023, 11, 3),
  ymd('29/02/2024', 2024, 2, 29),
  ymd('24 / 11 / 2023', 2023, 11, 24),
  ymd('14-08-2024 - 20-08-2024', 2024, 8, 14),
  // Month names, short forms and old spellings.
  ymd('29 Pebruari 2024', 2024, 2, 29),
  ymd('14 Febuari 2024', 2024, 2, 14),
  ymd('10 Nopember 2023', 2023, 11, 10),
  ymd('10 Nop 2023', 2023, 11, 10),
  ymd('17 Agustus 2024', 2024, 8, 17),
  ymd('17 Agt 2024', 2024, 8, 17),
  ymd('17 Agu 2024', 2024, 8, 17),
  ymd('17 Ags 2024', 2024, 8, 17),
  ymd('17 Agst 2024', 2024, 8, 17),
  ymd('5 Sept 2024', 2024, 9, 5),
  ymd('5 Sep 2024', 2024, 9, 5),
  ymd('1 Okt 2024', 2024, 10, 1),
  ymd('1 Oktober 2024', 2024, 10, 1),
  ymd('25 Des 2023', 2023, 12, 25),
  ymd('12 Juni 2024', 2024, 6, 12),
  ymd('12 Jun 2024', 2024, 6, 12),
  ymd('12 Juli 2024', 2024, 7, 12),
  ymd('12 Jul 2024', 2024, 7, 12),
  ymd('1 Mei 2024', 2024, 5, 1),
  ymd('2 April 2024', 2024, 4, 2),
  ymd('2 Apr 2024', 2024, 4, 2),
  ymd('3 Maret 2024', 2024, 3, 3),
  ymd('3 Mar 2024', 2024, 3, 3),
  ymd('8 Jan 2024', 2024, 1, 8),
  ymd('31 Desember 1999', 1999, 12, 31),
  // One-letter typos of a full month name.
  ymd('14 Februri 2024', 2024, 2, 14),
  ymd('5 Septmber 2024', 2024, 9, 5),
  ymd('1 Oktobr 2024', 2024, 10, 1),
  ymd('25 Desmber 2023', 2023, 12, 25),
  ymd('17 Agustsu 2024', 2024, 8, 17),
  ymd('3 Maert 2024', 2024, 3, 3),
  ymd('8 Januri 2024', 2024, 1, 8),
  ymd('12 Jula 2024', 2024, 7, 12), // one edit from both "juli" and "july": still only July
  none('12 Juri 2024'), // Juni or Juli?
  none('12 Jule 2024'), // June or July?
  none('12 Juny 2024'), // June or July?
  // Real events of elections.md, with the weekday named.
  ymd('Minggu (20/10/2024)', 2024, 10, 20, MINGGU),
  ymd('Selasa (1/10/2024)', 2024, 10, 1, SELASA),
  ymd('Rabu (27/11/2024)', 2024, 11, 27, RABU),
  ymd('Senin, 23 September 2024', 2024, 9, 23, SENIN),
  ymd('Minggu, 22 September 2024', 2024, 9, 22, MINGGU),
  ymd('Jumat 10 Juni 2022', 2022, 6, 10, JUMAT),
  ymd('Senin (22/4/2024)', 2024, 4, 22, SENIN),
  ymd('Rabu (24/4/2024)', 2024, 4, 24, RABU),
  ymd('Minggu (25/8/2024)', 2024, 8, 25, MINGGU),
  ymd('Sabtu (13/7/2024)', 2024, 7, 13, SABTU),
  ymd('Minggu (28/7/2024)', 2024, 7, 28, MINGGU),
  ymd('Rabu (31/7/2024)', 2024, 7, 31, RABU),
  ymd('Kamis (20/2/2025)', 2025, 2, 20, KAMIS),
  ymd('Senin (24/2/2025)', 2025, 2, 24, SENIN),
  ymd('Rabu (27/8/2025)', 2025, 8, 27, RABU),
  ymd('Sabtu, 22 Maret 2025', 2025, 3, 22, SABTU),
  ymd('Sabtu 24 Mei 2025', 2025, 5, 24, SABTU),
  ymd('Jumat (13/12/2024)', 2024, 12, 13, JUMAT),
  ymd('Minggu (8/12/2024)', 2024, 12, 8, MINGGU),
  ymd('Kamis (9/1/2025)', 2025, 1, 9, KAMIS),
  ymd('Senin (16/12/2024)', 2024, 12, 16, SENIN),
  ymd('Selasa (26/11/2024)', 2024, 11, 26, SELASA),
  ymd('Minggu (24/11/2024)', 2024, 11, 24, MINGGU),
  ymd('Sabtu (23/11/2024)', 2024, 11, 23, SABTU),
  ymd('Minggu (10/11/2024)', 2024, 11, 10, MINGGU),
  ymd('Rabu (25/9/2024)', 2024, 9, 25, RABU),
  ymd('Selasa (24/9/2024)', 2024, 9, 24, SELASA),
  ymd('Senin (2/9/2024)', 2024, 9, 2, SENIN),
  ymd('Rabu (4/9/2024)', 2024, 9, 4, RABU),
  ymd('Sabtu (24/8/2024)', 2024, 8, 24, SABTU),
  ymd('Selasa (27/8/2024)', 2024, 8, 27, SELASA),
  ymd('Kamis (29/8/2024)', 2024, 8, 29, KAMIS),
  ymd('Rabu (17/4/2024)', 2024, 4, 17, RABU),
  ymd('Senin (24/6/2024)', 2024, 6, 24, SENIN),
  ymd('Rabu (24/7/2024)', 2024, 7, 24, RABU),
  ymd('Jumat (26/1/2024)', 2024, 1, 26, JUMAT),
  ymd('Selasa (27/2/2024)', 2024, 2, 27, SELASA),
  ymd('Minggu (5/5/2024)', 2024, 5, 5, MINGGU),
  ymd('Senin (19/8/2024)', 2024, 8, 19, SENIN),
  ymd('Sabtu (16/11/2024)', 2024, 11, 16, SABTU),
  ymd('Selasa (5/11/2024)', 2024, 11, 5, SELASA),
  ymd('Jumat (31/5/2024)', 2024, 5, 31, JUMAT),
  ymd('Rabu (14/12/2022)', 2022, 12, 14, RABU),
  ymd('Selasa (13/12/2022)', 2022, 12, 13, SELASA),
  ymd('Jumat (29/7/2022)', 2022, 7, 29, JUMAT),
  ymd('Jumat (14/10/2022)', 2022, 10, 14, JUMAT),
  ymd('Kamis (9/2/2023)', 2023, 2, 9, KAMIS),
  ymd('Selasa (6/12/2022)', 2022, 12, 6, SELASA),
  ymd('Senin (24/4/2023)', 2023, 4, 24, SENIN),
  ymd('Sabtu (25/11/2023)', 2023, 11, 25, SABTU),
  ymd('Kamis (19/10/2023)', 2023, 10, 19, KAMIS),
  ymd('Selasa (28/11/2023)', 2023, 11, 28, SELASA),
  ymd('Sabtu (10/2/2024)', 2024, 2, 10, SABTU),
  ymd('Minggu (11/2/2024)', 2024, 2, 11, MINGGU),
  ymd('Selasa (13/2/2024)', 2024, 2, 13, SELASA),
  ymd('Kamis (15/2/2024)', 2024, 2, 15, KAMIS),
  ymd('Rabu (17/4/2019)', 2019, 4, 17, RABU),
  ymd('Minggu (23/9/2018)', 2018, 9, 23, MINGGU),
  ymd('Sabtu (13/4/2019)', 2019, 4, 13, SABTU),
  ymd('Rabu (9/12/2020)', 2020, 12, 9, RABU),
  ymd('Sabtu (26/9/2020)', 2020, 9, 26, SABTU),
  ymd('Kamis (20/9/2018)', 2018, 9, 20, KAMIS),
  ymd('Jumat (21/9/2018)', 2018, 9, 21, JUMAT),
  // No year: resolved only with a reference date (the nearest year to it).
  yearless('(5/9)', undefined, { month: 9, day: 5 }),
  yearless('(5/9)', '2024-09-10', { month: 9, day: 5, date: '2024-09-05' }),
  yearless('Jumat (16/12)', '2022-12-20', { month: 12, day: 16, weekday: JUMAT, date: '2022-12-16' }),
  yearless('Jumat (16/12)', undefined, { month: 12, day: 16, weekday: JUMAT }),
  yearless('16 Desember', '2023-01-05', { month: 12, day: 16, date: '2022-12-16' }),
  yearless('(5/1)', '2023-12-28', { month: 1, day: 5, date: '2024-01-05' }),
  yearless('(29/2)', '2024-03-10', { month: 2, day: 29, date: '2024-02-29' }),
  yearless('(29/2)', '2022-06-01', { month: 2, day: 29 }), // no leap year within a year of the reference
  yearless('Kamis (16/11)', '2023-11-17', { month: 11, day: 16, weekday: KAMIS, date: '2023-11-16' }),
  yearless('Jumat (10/1)', '2025-01-11', { month: 1, day: 10, weekday: JUMAT, date: '2025-01-10' }),
  yearless('Rabu (24/7)', '2024-04-24', { month: 7, day: 24, weekday: RABU, date: '2024-07-24' }),
  yearless('5 September pukul 10.00', '2024-09-01', { month: 9, day: 5, date: '2024-09-05' }),
  // Not dates, or impossible ones.
  none('30/02/2024'),
  none('31/04/2024'),
  none('29/02/2023'),
  none('29 Februari 2023'),
  none('12/13/2024'),
  none('00/12/2024'),
  none('32 Januari 2024'),
  none('(30/2)', '2024-01-01'),
  none('5 Mei 2150'),
  none('14.08.24'),
  none('pukul 18.30 WIB'),
  none('22.18.19 WIB'),
  none('11:13 WIB'),
  none('Keputusan KPU 1632/2023'),
  none('BA 252/PL.01.9-BA-05/2024'),
  none('Kep. 360/2024'),
  none('5 orang tokoh agama'),
  none('12 unit mobil'),
  none('Pemilu 2024'),
  none('Februari 2024'),
  none('Senin'),
  none(''),
  none('1/2/23/4'),
];
