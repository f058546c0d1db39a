// Rule `missing_parent` (error): a functional unit (direktorat, satuan, unit …) is always part
// of another unit, so it needs a parentId.
import { type Dataset, FUNCTIONAL_UNIT_KINDS } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { RawIssue } from '../validate/RawIssue';

const FUNCTIONAL: ReadonlySet<string> = new Set(FUNCTIONAL_UNIT_KINDS);

export function functionalUnitHasParent(dataset: Dataset): RawIssue[] {
  const issues: RawIssue[] = [];
  dataset.units.forEach((unit, i) => {
    if (FUNCTIONAL.has(unit.kind) && unit.parentId === undefined) {
      issues.push({ path: ['units', i, 'parentId'], code: 'missing_parent', params: { value: displayValue(unit.id) } });
    }
  });
  return issues;
}
