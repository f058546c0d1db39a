// Rule `invalid_parent_kind` (error): a unit's parent must be of a kind that may contain it —
// a Polsek under a Polres-type unit, never under another Polsek — per core's `canContain`
// (the unit-kind rules), as core's unit-graph check applies it (`invalid-nesting`; a parentId
// names the first unit with that id). Parents missing from the dataset are `dangling_reference`,
// not this.
import { checkUnitGraph, type Dataset, UNIT_KIND_RULES, type UnitGraphProblem } from '@kamtibmas/core';
import type { RawIssue } from '../validate/RawIssue';

export function parentKindAllowed(
  dataset: Dataset,
  unitGraph: readonly UnitGraphProblem[] = checkUnitGraph(dataset.units),
): RawIssue[] {
  const issues: RawIssue[] = [];
  for (const { code, index, parentId, parentIndex } of unitGraph) {
    const unit = dataset.units[index];
    const parent = parentIndex === undefined ? undefined : dataset.units[parentIndex];
    if (code !== 'invalid-nesting' || unit === undefined || parent === undefined) continue;
    issues.push({
      path: ['units', index, 'parentId'],
      code: 'invalid_parent_kind',
      params: {
        value: unit.kind,
        related: `${parent.kind} '${parentId}'`,
        expected: UNIT_KIND_RULES[unit.kind].parentKinds.join(', '),
      },
    });
  }
  return issues;
}
