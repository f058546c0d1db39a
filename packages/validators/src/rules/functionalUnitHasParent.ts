// Rule `missing_parent` (error): a functional unit (direktorat, satuan, unit …) is always part
// of another unit, so it needs a parentId. Core's unit-graph check decides (`missing-parent`).
import { checkUnitGraph, type Dataset, type UnitGraphProblem } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { RawIssue } from '../validate/RawIssue';

export function functionalUnitHasParent(
  dataset: Dataset,
  unitGraph: readonly UnitGraphProblem[] = checkUnitGraph(dataset.units),
): RawIssue[] {
  return unitGraph
    .filter((problem) => problem.code === 'missing-parent')
    .map(
      ({ index, id }): RawIssue => ({
        path: ['units', index, 'parentId'],
        code: 'missing_parent',
        params: { value: displayValue(id) },
      }),
    );
}
