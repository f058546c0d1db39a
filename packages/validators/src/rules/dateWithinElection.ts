// Rule `date_outside_election` (advisory): an event tied to an election whose date falls in none
// of its dated stages (core `phaseAt`). Only day-precise and report dates are checked: a `month`
// or `year` date is the first day of the period, not the event's day.
import { type Event, phaseAt } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

// phaseAt scans every stage of the election; datasets repeat the same few (election, date) pairs,
// and the calendars are constant data, so the answers are remembered (a bounded cache, emptied
// when full).
// The answers are kept by election, then by date: no key string is built per call.
const MAX_REMEMBERED = 4096;
const inStage = /* @__PURE__ */ new Map<string, Map<string, boolean>>();

function withinStages(electionId: string, date: string): boolean {
  let byDate = inStage.get(electionId);
  if (byDate === undefined) {
    byDate = new Map();
    inStage.set(electionId, byDate);
  }
  let within = byDate.get(date);
  if (within === undefined) {
    within = phaseAt(electionId, date) !== undefined;
    if (byDate.size >= MAX_REMEMBERED) byDate.clear();
    byDate.set(date, within);
  }
  return within;
}

export function dateWithinElection(event: Event, path: Path): RawIssue[] {
  if (event.election === undefined || event.date === undefined) return [];
  if (event.datePrecision !== 'day' && event.datePrecision !== 'reported') return [];
  if (withinStages(event.election.electionId, event.date)) return [];
  return [
    {
      path: [...path, 'date'],
      code: 'date_outside_election',
      params: { value: displayValue(event.date), related: event.election.electionId },
    },
  ];
}
