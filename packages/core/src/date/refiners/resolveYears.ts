// Refiner 2: gives a year to dates written without one. The end of a range gives its year to the
// start (see mergeRanges); otherwise the reference date (the article's date) gives the year that
// puts the day nearest to it, of its own year and the years either side (on a tie, the earlier).
//
// Why nearest, and not "the latest such day up to the reference": news reports past days
// ("Sabtu (24/8)" a day or two before publication) but also announces coming ones ("pemungutan
// suara 27 November" in a September article). Both are within half a year of the article, where
// the nearest day is right; a past-only rule would put every announced day a year back.
import type { LocalDate } from '../../model/localDate';
import type { DateCandidate, DateParts } from '../dateCandidate';
import { dayNumberOf, dayNumberOfLocalDate } from '../dayNumber';
import { daysInMonth } from '../isLocalDate';
import { rangeStart } from './mergeRanges';

/** The year giving month/day nearest the reference (on a tie, the earlier); `undefined` if none is real. */
export function nearestYear(month: number, day: number, reference: LocalDate): number | undefined {
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

/** Gives `parts` the year the reference puts it in, in place, when it has none. */
function fromReference(parts: DateParts, reference: LocalDate): void {
  if (parts.year !== undefined) return;
  const year = nearestYear(parts.month, parts.day, reference);
  if (year === undefined) return;
  parts.year = year;
  parts.yearStated = false;
}

/** Gives each candidate (and its range end) the year it lacks, when it can be known; in place. */
export function resolveYears(candidates: DateCandidate[], reference: LocalDate | undefined): DateCandidate[] {
  if (reference === undefined) return candidates;
  for (const candidate of candidates) {
    if (candidate.through === undefined) {
      fromReference(candidate, reference);
      continue;
    }
    if (candidate.year !== undefined) continue;
    fromReference(candidate.through, reference);
    if (candidate.through.year === undefined) continue;
    const start = rangeStart({ day: candidate.day, month: candidate.month }, candidate.through);
    if (start?.year === undefined) continue;
    candidate.year = start.year;
    candidate.yearStated = start.yearStated === true;
  }
  return candidates;
}
