// Private: every rule that looks at one event, in reporting order. validateEvent runs them on the
// event, validateDataset on each of its events.
import type { Event } from '@kamtibmas/core';
import type { Path, RawIssue } from '../validate/RawIssue';
import { dateWithinElection } from './dateWithinElection';
import { phaseBelongsToElection } from './phaseBelongsToElection';
import { selfDelegation } from './selfDelegation';
import { sourceNotBeforeEvent } from './sourceNotBeforeEvent';
import { weekdayMatchesDate } from './weekdayMatchesDate';

const EVENT_RULES: ((event: Event, path: Path) => RawIssue[])[] = [
  selfDelegation,
  phaseBelongsToElection,
  weekdayMatchesDate,
  dateWithinElection,
  sourceNotBeforeEvent,
];

export function eventRules(event: Event, path: Path): RawIssue[] {
  return EVENT_RULES.flatMap((rule) => rule(event, path));
}
