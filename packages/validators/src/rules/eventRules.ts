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
  const issues: RawIssue[] = [];
  for (const rule of EVENT_RULES) {
    const found = rule(event, path);
    if (found.length > 0) issues.push(...found);
  }
  return issues;
}
