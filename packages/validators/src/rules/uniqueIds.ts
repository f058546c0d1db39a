// Rule `duplicate_id` (error): ids are unique within their id space. Units and organisations
// share one space (organizerIds and organizationId point into either); people and events each
// have their own. Reported at every repeat, naming the first use.
import type { Dataset } from '@kamtibmas/core';
import { displayValue, formatPath } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

function checkSpace(entries: [Path, string][], issues: RawIssue[]): void {
  const first = new Map<string, Path>();
  for (const [path, id] of entries) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, path);
    else
      issues.push({
        path: [...path, 'id'],
        code: 'duplicate_id',
        params: { value: displayValue(id), related: formatPath(seen, '') },
      });
  }
}

export function uniqueIds(dataset: Dataset): RawIssue[] {
  const issues: RawIssue[] = [];
  checkSpace(
    [
      ...dataset.units.map((u, i): [Path, string] => [['units', i], u.id]),
      ...dataset.organizations.map((o, i): [Path, string] => [['organizations', i], o.id]),
    ],
    issues,
  );
  checkSpace(
    dataset.people.map((p, i): [Path, string] => [['people', i], p.id]),
    issues,
  );
  checkSpace(
    dataset.events.map((e, i): [Path, string] => [['events', i], e.id]),
    issues,
  );
  return issues;
}
