// Private: the date finder's pipeline. Tokenize once; at each token try the recognizers (numeric,
// day-month-year, month first), add the brackets and day name written around a date; then the refiners in
// order: range merge, listed days, year resolution, weekday check. Every step does constant work
// per token or per candidate, so the whole is linear in the text.
import type { LocalDate } from '../model/localDate';
import { type CalendarTokenList, calendarTokens, READ_AFTER_NUMBER } from './calendarTokens';
import type { DateCandidate, DateParts } from './dateCandidate';
import { toLocalDate } from './dayNumber';
import type { FoundDateMention } from './findDateMentions';
import { daysInMonth } from './isLocalDate';
import type { DateMention } from './parseIndonesianDate';
import { isEnclosed } from './recognizers/enclosingBrackets';
import { monthFirstDateAt } from './recognizers/monthFirstDate';
import { numericDateAt } from './recognizers/numericDate';
import { weekdayAfter, weekdayBefore } from './recognizers/weekday';
import { writtenDateAt } from './recognizers/writtenDate';
import { checkWeekday } from './refiners/checkWeekdays';
import { splitListedDays } from './refiners/listedDays';
import { mergeRanges } from './refiners/mergeRanges';
import { resolveYears } from './refiners/resolveYears';

/** How the pipeline reads: whether dates inside links count, and how many to find at most. */
export interface ReadDatesMode {
  readLinks: boolean;
  limit: number;
  /** With a limit, the length of the first prefix read (FIRST_PREFIX; tests try others). */
  firstPrefix?: number;
}

/**
 * Adds the brackets and the day name written around a candidate, not before token `floor`. The
 * candidate is the finder's own fresh object and is changed in place (no copies on the hot path).
 */
function attach(tokens: CalendarTokenList, candidate: DateCandidate, floor: number): DateCandidate {
  if (candidate.first - 1 >= floor && isEnclosed(tokens, candidate.first, candidate.last)) {
    candidate.first--;
    candidate.last++;
  }
  const written = weekdayBefore(tokens, candidate.first, floor);
  if (written === undefined) {
    // "27 November 2024 (Rabu)": the day name in brackets after the date.
    const after = candidate.through === undefined ? weekdayAfter(tokens, candidate.last) : undefined;
    if (after !== undefined) {
      candidate.weekday = after.weekday;
      candidate.last = after.last;
    }
    return candidate;
  }
  if (written.from !== undefined && candidate.through !== undefined) {
    candidate.weekday = written.from.weekday;
    candidate.through.weekday = written.weekday;
    candidate.first = written.from.index;
  } else {
    candidate.weekday = written.weekday;
    candidate.first = written.index;
  }
  // "(Jumat, 24/11/2023)": brackets around the day name and the date.
  if (candidate.first - 1 >= floor && isEnclosed(tokens, candidate.first, candidate.last)) {
    candidate.first--;
    candidate.last++;
  }
  return candidate;
}

function inLink(tokens: CalendarTokenList, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens.inLink(k)) return true;
  return false;
}

/** The recognized dates of a text, in order and not overlapping. */
function recognize(tokens: CalendarTokenList, readLinks: boolean, limit: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  let floor = 0;
  // A date starts with a number, or with a month word followed by one ("November 27, 2024"): only
  // the tokens up to two before a number are tried, in order (the others were tried for nothing).
  const { numbers } = tokens;
  let n = 0;
  let i = -1;
  while (out.length < limit) {
    // The next token after `i` that is a number or stands up to two before one.
    while (n < numbers.length && numbers[n]! <= i) n++;
    if (n === numbers.length) break;
    i = Math.max(i + 1, numbers[n]! - 2);
    const found = tokens.isNumberAt(i)
      ? (numericDateAt(tokens, i, floor) ?? writtenDateAt(tokens, i))
      : monthFirstDateAt(tokens, i);
    if (found === undefined) continue;
    const { day, month, year } = found;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) continue;
    if (!readLinks && inLink(tokens, i, found.last)) continue;
    const candidate: DateCandidate = { first: i, last: found.last, day, month };
    if (year !== undefined) {
      candidate.year = year;
      candidate.yearStated = true;
    }
    const attached = attach(tokens, candidate, floor);
    out.push(attached);
    floor = attached.last + 1;
    i = attached.last;
  }
  return out;
}

function toMention(parts: DateParts): DateMention {
  const mention: DateMention = { month: parts.month, day: parts.day };
  if (parts.year !== undefined && parts.day <= daysInMonth(parts.year, parts.month)) {
    mention.date = toLocalDate(parts.year, parts.month, parts.day);
  }
  if (parts.year !== undefined && parts.yearStated === true) mention.year = parts.year;
  if (parts.weekday !== undefined) mention.weekday = parts.weekday;
  const matches = checkWeekday(parts);
  if (matches !== undefined) mention.weekdayMatches = matches;
  return mention;
}

/**
 * A text this long or longer is read in growing prefixes when only its first dates are wanted
 * (`parseIndonesianDate`): the time goes with where its first date is, not with its length, and a
 * long text's tokens never all sit in memory at once (with them all, 10× the text cost 13× the time).
 */
const FIRST_PREFIX = 4_096;
/**
 * Each prefix is this many times the last, and none reaches half the text: the prefixes of a text
 * with no date add up to less than 2/3 of it, so it is read less than 5/3 of once over.
 */
const PREFIX_GROWTH = 4;

/** Reads the dates of `text` (see `findDateMentions`); `reference` must be a valid date or undefined. */
export function readDates(text: string, reference: LocalDate | undefined, mode: ReadDatesMode): FoundDateMention[] {
  if (Number.isFinite(mode.limit)) {
    for (let length = mode.firstPrefix ?? FIRST_PREFIX; 2 * length < text.length; length *= PREFIX_GROWTH) {
      const cut = prefixEnd(text, length);
      if (cut === -1) break;
      const read = readText(text.slice(0, cut), reference, mode);
      if (read.settledBy !== -1 && wordsFrom(text, read.settledBy, cut) > READ_AFTER_NUMBER) return read.mentions;
    }
  }
  return readText(text, reference, mode).mentions;
}

/**
 * Where a prefix of about `length` characters ends: at an ASCII space followed by an ASCII
 * character, where a token ends in the whole text as in the prefix (a space before a combining
 * mark does not end one); -1 when there is none.
 */
function prefixEnd(text: string, length: number): number {
  for (let at = text.indexOf(' ', length); at !== -1 && at + 1 < text.length; at = text.indexOf(' ', at + 1)) {
    if (text.charCodeAt(at + 1) < 0x80) return at;
  }
  return -1;
}

/** Words (runs after an ASCII space) in `text[from…to)`: each is at least one token. */
function wordsFrom(text: string, from: number, to: number): number {
  let words = 0;
  for (let at = text.indexOf(' ', from); at !== -1 && at < to - 1; at = text.indexOf(' ', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x20) words++;
  }
  return words;
}

/**
 * The dates of `text`, and where the reading is settled: with a limit, the end of the last
 * candidate read (`limit + 1` were found; no reading looks more than READ_AFTER_NUMBER tokens past
 * a candidate's number, so a prefix of the text with that many more words after this offset reads
 * the same dates as the whole); -1 when fewer were found.
 */
function readText(
  text: string,
  reference: LocalDate | undefined,
  mode: ReadDatesMode,
): { mentions: FoundDateMention[]; settledBy: number } {
  // Links are looked for only when dates in them are to be skipped; a date is read near a number,
  // and the tokens far from any are not recorded.
  const tokens = calendarTokens(text, !mode.readLinks, true);
  // With a limit, one more candidate is read: it may be the end of the last one's range.
  const recognized = recognize(tokens, mode.readLinks, mode.limit + 1);
  const settledBy = recognized.length === mode.limit + 1 ? tokens.endAt(recognized[mode.limit]!.last) : -1;
  const merged = mergeRanges(tokens, recognized, (candidate, floor) => attach(tokens, candidate, floor));
  const listed = splitListedDays(tokens, merged);
  const resolved = resolveYears(listed, reference);
  const out: FoundDateMention[] = [];
  const count = Math.min(resolved.length, mode.limit);
  for (let k = 0; k < count; k++) {
    const candidate = resolved[k]!;
    const mention = toMention(candidate) as FoundDateMention;
    mention.start = tokens.startAt(candidate.first);
    mention.end = tokens.endAt(candidate.last);
    mention.yearStated = candidate.year !== undefined && candidate.yearStated === true;
    if (candidate.through !== undefined) mention.through = toMention(candidate.through);
    out.push(mention);
  }
  return { mentions: out, settledBy };
}
