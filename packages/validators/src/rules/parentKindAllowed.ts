// Rule `invalid_parent_kind` (error): a unit's parent must be of a kind that may contain it —
// a Polsek under a Polres-type unit, never under another Polsek — per core's `canContain`
// (the unit-kind rules). Parents missing from the dataset are `dangling_reference`, not this.
import { canContain, type Dataset, UNIT_KIND_RULES } from '@kamtibmas/core';
import type { RawIssue } from '../validate/RawIssue';

export function parentKindAllowed(dataset: Dataset): RawIssue[] {
  const kindById = new Map(dataset.units.map((unit) => [unit.id, unit.kind]));
  const issues: RawIssue[] = [];
  dataset.units.forEach((unit, i) => {
    if (unit.parentId === undefined) return;
    const parentKind = kindById.get(unit.parentId);
    if (parentKind === undefined || canContain(parentKind, unit.kind)) return;
    issues.push({
      path: ['units', i, 'parentId'],
      code: 'invalid_parent_kind',
      params: {
        value: unit.kind,
        related: `${parentKind} '${unit.parentId}'`,
        expected: UNIT_KIND_RULES[unit.kind].parentKinds.join(', '),
      },
    });
  });
  return issues;
}
