// Words and marks the date finder reads around a date, from how the news in
// ../shared/domain/elections.md §6 and packages/core/src/date/realDateMentions.cases.ts writes dates.
// Data only: no logic. Words are written folded (lower case, no apostrophes), the form the date
// tokenizer gives; marks are single characters.

import { APOSTROPHES } from './apostrophes';

/**
 * Characters that join the two halves of one word (`Jum'at`, `Jum’at`, `Jum´at`, `Jum\`at`):
 * apostrophes, quotes and accents used as apostrophes. A decomposed (NFKD) acute accent is a space
 * followed by U+0301; the tokenizer treats that pair as one of these.
 */
// Built in a pure call: a top-level spread would keep the list in bundles that never read dates.
export const WORD_APOSTROPHES: readonly string[] = /* @__PURE__ */ (() => [...APOSTROPHES, 'ʹ', 'ˊ', 'ˋ', '′'])();

/**
 * Words that may stand between a day name and its date without breaking them apart: times of day
 * ("Jumat pagi, …", "Minggu dini hari (11/2/2024)"), "hari", "tanggal"/"tgl" ("hari Rabu tanggal
 * 14 Februari 2024", "Rabu tgl. 14 Februari"), and words placing the day in time: "lalu",
 * "kemarin", "ini", "besok", "depan", "nanti", "mendatang" ("Rabu mendatang (27/11)").
 */
export const WEEKDAY_DATE_FILLERS = [
  'pagi',
  'siang',
  'sore',
  'malam',
  'dini',
  'hari',
  'tanggal',
  'tgl',
  'lalu',
  'kemarin',
  'ini',
  'besok',
  'depan',
  'nanti',
  'mendatang',
] as const satisfies readonly string[];

/** Abbreviated fillers that may carry a dot between a day name and its date ("Rabu tgl. 14 …"). */
export const WEEKDAY_DATE_DOTTED_FILLERS = ['tgl'] as const satisfies readonly string[];

/** Punctuation that may stand between a day name and its date: `Rabu, 14 …`, `Rabu (14/2)`, `Rabu - 14 …`. */
export const WEEKDAY_DATE_MARKS = ['(', ',', ':', '-', '–', '—', '|', '/'] as const satisfies readonly string[];

/**
 * Words after which a numeric day/month without a year ("tanggal 24/8") is a date even outside
 * brackets. Without one of these, a weekday or brackets, "1/2" or "24/7" is a fraction or a
 * schedule, not a date.
 */
export const NUMERIC_DATE_LEADS = ['tanggal', 'tgl'] as const satisfies readonly string[];

/**
 * How news joins the two ends of a date range, written folded with the spaces and dots removed:
 * "4-6 November", "4 – 6 November", "4 s.d. 6 November", "4 s/d 6 November", "4 sd 6 November",
 * "4 sampai (dengan) 6 November", "4 hingga 6 November". A joiner may be followed by "tanggal" or
 * "tgl" ("sampai tanggal 6 November"). Marks and words are matched as a sequence of tokens.
 */
export const DATE_RANGE_JOINERS = [
  ['-'],
  ['–'],
  ['—'],
  ['s', '.', 'd'],
  ['s', '.', 'd', '.'],
  ['s', '/', 'd'],
  ['s', '/', 'd', '.'],
  ['sd'],
  ['sampai'],
  ['sampai', 'dengan'],
  ['sampai', 'dgn'],
  ['hingga'],
] as const satisfies readonly (readonly string[])[];

/** Words that may follow a range joiner before the range's end: "hingga tanggal 6 November". */
export const DATE_RANGE_JOINER_FILLERS = ['tanggal', 'tgl'] as const satisfies readonly string[];

/**
 * File extensions that mark a chunk of text as a file name ("IMG-20240125-WA0012.jpg",
 * "WhatsApp Image 2024-01-25 at 10.15.30.jpeg"): no date is read out of it.
 */
export const FILE_NAME_EXTENSIONS = [
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'bmp',
  'heic',
  'svg',
  'pdf',
  'mp4',
  'mov',
  'mp3',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'html',
  'htm',
  'php',
  'aspx',
] as const satisfies readonly string[];

/**
 * Words that join a file name's date to its time in names cameras and chat apps give images
 * ("WhatsApp Image 2024-01-25 at 10.15.30.jpeg"): with them, the date before a file name is part of it.
 */
export const FILE_NAME_TIME_JOINERS = ['at'] as const satisfies readonly string[];

/**
 * Words that end a list of days sharing one month: "24 dan 25 Agustus 2024", "4, 5 serta 6
 * November". Days before the last one are separated by commas.
 */
export const DATE_LIST_JOINERS = ['dan', 'serta'] as const satisfies readonly string[];
