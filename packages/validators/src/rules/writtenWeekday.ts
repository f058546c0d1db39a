// Private: the weekday rule's shortcut. Reading a date text with core's parseIndonesianDate costs
// several times a whole compiled zod parse of a small event (it folds, tokenizes and tries every
// written form), yet nearly every `dateText` is one of two canonical forms naming the event's own
// date: "Rabu 31 Januari 2024" and "Jumat (24/11/2023)". Those are read here exactly, by char codes
// and without allocating; anything else — another spelling, case or form, extra words, a date
// other than `date` — gives undefined and the rule asks parseIndonesianDate. A property test
// checks that whatever this returns is what parseIndonesianDate returns (writtenWeekday.test.ts).
import { INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS, type LocalDate } from '@kamtibmas/core';

// Years parseIndonesianDate reads as years.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const SPACE = 0x20;
const COMMA = 0x2c;
const OPEN = 0x28;
const CLOSE = 0x29;
const SLASH = 0x2f;
const NOT_A_NUMBER = -1;

/** The canonical weekday name (as the data writes it: "Jumat") that `text` starts with, or -1. */
function weekdayAtStart(text: string): number {
  // The first letter rules out most names before a string comparison (half the cost here).
  const first = text.charCodeAt(0);
  for (const weekday of INDONESIAN_WEEKDAYS) {
    if (weekday.name.charCodeAt(0) === first && text.startsWith(weekday.name)) return weekday.index;
  }
  return NOT_A_NUMBER;
}

/** The canonical month name ("Januari") at `text[from]` followed by a space, or -1. */
function monthAt(text: string, from: number): number {
  const first = text.charCodeAt(from);
  for (const month of INDONESIAN_MONTHS) {
    const name = month.name;
    if (name.charCodeAt(0) === first && text.startsWith(name, from) && text.charCodeAt(from + name.length) === SPACE) {
      return month.month;
    }
  }
  return NOT_A_NUMBER;
}

/** Where the run of ASCII digits from `text[from]` ends (`from` when there is none). */
function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const digit = text.charCodeAt(end) - 0x30;
    if (digit < 0 || digit > 9) break;
    end += 1;
  }
  return end;
}

/** The number written by the ASCII digits `text[from..to)` (checked by the caller). */
function numberIn(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
  return value;
}

/**
 * The weekday (0 = Minggu … 6 = Sabtu) written in `text` when the text is exactly
 * `<Weekday>[,] <d> <Month> <yyyy>` or `<Weekday>[,] (<d>/<m>/<yyyy>)` in canonical spelling and
 * names `date` itself; otherwise undefined (not known here).
 */
export function writtenWeekday(text: string, date: LocalDate): number | undefined {
  const weekday = weekdayAtStart(text);
  if (weekday === NOT_A_NUMBER) return undefined;
  let p = INDONESIAN_WEEKDAYS[weekday]!.name.length;
  if (text.charCodeAt(p) === COMMA) p += 1;
  if (text.charCodeAt(p) !== SPACE) return undefined;
  p += 1;
  const numeric = text.charCodeAt(p) === OPEN;
  if (numeric) p += 1;
  const dayEnd = digitsEnd(text, p);
  if (dayEnd === p || dayEnd - p > 2) return undefined;
  const day = numberIn(text, p, dayEnd);
  let month: number;
  if (numeric) {
    const monthEnd = digitsEnd(text, dayEnd + 1);
    if (text.charCodeAt(dayEnd) !== SLASH || monthEnd === dayEnd + 1 || monthEnd - dayEnd - 1 > 2) return undefined;
    if (text.charCodeAt(monthEnd) !== SLASH) return undefined;
    month = numberIn(text, dayEnd + 1, monthEnd);
    p = monthEnd + 1;
  } else {
    if (text.charCodeAt(dayEnd) !== SPACE) return undefined;
    month = monthAt(text, dayEnd + 1);
    if (month === NOT_A_NUMBER) return undefined;
    p = dayEnd + 2 + INDONESIAN_MONTHS[month - 1]!.name.length;
  }
  const yearEnd = digitsEnd(text, p);
  if (yearEnd - p !== 4) return undefined;
  // Nothing after the year but the closing bracket of the numeric form.
  if (numeric ? yearEnd !== text.length - 1 || text.charCodeAt(yearEnd) !== CLOSE : yearEnd !== text.length) {
    return undefined;
  }
  const year = numberIn(text, p, yearEnd);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  // `date` is a real date (YYYY-MM-DD), so a text naming it names a real date too.
  const named = year === numberIn(date, 0, 4) && month === numberIn(date, 5, 7) && day === numberIn(date, 8, 10);
  return named ? weekday : undefined;
}
