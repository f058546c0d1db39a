// Rule `date_outside_election` (advisory): an event tied to an election whose date falls in none
// of its dated stages (core `phaseAt`). Only day-precise and report dates are checked: a `month`
// or `year` date is the first day of the period, not the event's day.
import { type Event, phaseAt } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

export function dateWithinElection(event: Event, path: Path): RawIssue[] {
  if (event.election === undefined || event.date === undefined) return [];
  if (event.datePrecision !== 'day' && event.datePrecision !== 'reported') return [];
  if (phaseAt(event.election.electionId, event.date) !== undefined) return [];
  return [
    {
      path: [...path, 'date'],
      code: 'date_outside_election',
      params: { value: displayValue(event.date), related: event.election.electionId },
    },
  ];
}
