// Rule `source_before_event` (advisory): a source cannot report an event before its date, so a
// publication date earlier than `event.date` points at a wrong date (or a preview article).
// LocalDate strings compare in calendar order.
import type { Event } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

export function sourceNotBeforeEvent(event: Event, path: Path): RawIssue[] {
  const date = event.date;
  if (date === undefined) return [];
  const issues: RawIssue[] = [];
  event.sources.forEach((source, i) => {
    if (source.publishedOn !== undefined && source.publishedOn < date) {
      issues.push({
        path: [...path, 'sources', i, 'publishedOn'],
        code: 'source_before_event',
        params: { value: displayValue(source.publishedOn), related: date },
      });
    }
  });
  return issues;
}
