// Rule `self_delegation` (error): a participant cannot act on behalf of themselves.
import type { Event } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

export function selfDelegation(event: Event, path: Path): RawIssue[] {
  const issues: RawIssue[] = [];
  event.participants.forEach((participation, i) => {
    if (participation.onBehalfOf !== undefined && participation.onBehalfOf === participation.personId) {
      issues.push({
        path: [...path, 'participants', i, 'onBehalfOf'],
        code: 'self_delegation',
        params: { value: displayValue(participation.personId) },
      });
    }
  });
  return issues;
}
