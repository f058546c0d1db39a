// Refiner: days listed before a date take its month and year — "24 dan 25 Agustus 2024" is two
// dates, "4, 5 dan 6 November" three. The list must end in "dan" or "serta" just before the date
// (a bare "2, 5 Juni" stays one date), its days must rise, and each is a mention of its own,
// spanning its number.
import { DATE_LIST_JOINERS } from '../../data/dateWords';
import type { CalendarTokenList } from '../calendarTokens';
import type { DateCandidate } from '../dateCandidate';
import { daysInMonth } from '../isLocalDate';
import { chainedBefore } from '../recognizers/numericDate';
import { isMark, isNumber, isWord } from '../recognizers/tokenTests';

const LAST_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(DATE_LIST_JOINERS);
const COMMA: ReadonlySet<string> = /* @__PURE__ */ new Set([',']);
// A listed day glued to a number by one of these is part of another number ("10.00", "4-6").
const NUMBER_GLUE: ReadonlySet<string> = /* @__PURE__ */ new Set(['.', ',', ':', '/', '-', '–']);
/** Most days listed before one date. */
const MAX_LISTED = 6;

/** The listed day just before token `next` (after its joiner), or `undefined`. */
function listedDayBefore(
  tokens: CalendarTokenList,
  next: number,
  floor: number,
  last: boolean,
  below: number,
): { index: number; day: number } | undefined {
  let j = next - 1;
  if (last) {
    if (!isWord(tokens.get(j), LAST_JOINERS)) return undefined;
    if (isMark(tokens.get(j - 1), COMMA)) j--; // "4, 5, dan 6"
  } else if (!isMark(tokens.get(j), COMMA)) {
    return undefined;
  }
  const index = j - 1;
  const day = tokens.get(index);
  if (index < floor || !isNumber(day, 2) || day.value < 1 || day.value >= below) return undefined;
  for (let k = index + 1; k <= next; k++) if (tokens.lineBreakBefore(k)) return undefined;
  return chainedBefore(tokens, index, NUMBER_GLUE) ? undefined : { index, day: day.value };
}

/** Adds the days listed before each single date, in text order. Constant work per candidate. */
export function splitListedDays(tokens: CalendarTokenList, candidates: readonly DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const candidate of candidates) {
    const prev = out[out.length - 1];
    const floor = prev === undefined ? 0 : prev.last + 1;
    if (candidate.through !== undefined || !tokens.isNumberAt(candidate.first)) {
      out.push(candidate);
      continue;
    }
    const listed: DateCandidate[] = [];
    let next = candidate.first;
    let below = candidate.day;
    for (let n = 0; n < MAX_LISTED; n++) {
      const found = listedDayBefore(tokens, next, floor, n === 0, below);
      if (found === undefined || found.day > daysInMonth(candidate.year ?? 2000, candidate.month)) break;
      const day: DateCandidate = { day: found.day, month: candidate.month, first: found.index, last: found.index };
      if (candidate.year !== undefined) {
        day.year = candidate.year;
        day.yearStated = candidate.yearStated === true;
      }
      listed.unshift(day);
      next = found.index;
      below = found.day;
    }
    out.push(...listed, candidate);
  }
  return out;
}
