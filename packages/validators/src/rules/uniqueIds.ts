// Rule `duplicate_id` (error): ids are unique within their id space. Units and organisations
// share one space (organizerIds and organizationId point into either); people and events each
// have their own. Reported at every repeat, naming the first use. Repeats among the units are
// core's unit-graph check's (`duplicate-id`); organisations are then checked against the units.
import { checkUnitGraph, type Dataset, type UnitGraphProblem } from '@kamtibmas/core';
import { displayValue, formatPath } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';

function duplicate(path: Path, id: string, first: Path): RawIssue {
  return {
    path: [...path, 'id'],
    code: 'duplicate_id',
    params: { value: displayValue(id), related: formatPath(first, '') },
  };
}

function checkSpace(entries: [Path, string][], issues: RawIssue[], first = new Map<string, Path>()): void {
  for (const [path, id] of entries) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, path);
    else issues.push(duplicate(path, id, seen));
  }
}

export function uniqueIds(
  dataset: Dataset,
  unitGraph: readonly UnitGraphProblem[] = checkUnitGraph(dataset.units),
): RawIssue[] {
  const issues: RawIssue[] = [];
  const firstUnit = new Map<string, Path>();
  dataset.units.forEach((unit, i) => {
    if (!firstUnit.has(unit.id)) firstUnit.set(unit.id, ['units', i]);
  });
  for (const { code, index, id, firstIndex } of unitGraph) {
    if (code === 'duplicate-id' && firstIndex !== undefined)
      issues.push(duplicate(['units', index], id, ['units', firstIndex]));
  }
  checkSpace(
    dataset.organizations.map((o, i): [Path, string] => [['organizations', i], o.id]),
    issues,
    firstUnit,
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
