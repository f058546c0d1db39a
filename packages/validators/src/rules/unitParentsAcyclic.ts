// Rule `parent_cycle` (error): following parentId from any unit must end at a root. Reported once
// per cycle, at the member that comes first in `units` — a unit that is its own parent is a cycle
// too. Core's unit-graph check finds them (`self-parent`, `cycle`).
import { checkUnitGraph, type Dataset, type UnitGraphProblem } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { RawIssue } from '../validate/RawIssue';

export function unitParentsAcyclic(
  dataset: Dataset,
  unitGraph: readonly UnitGraphProblem[] = checkUnitGraph(dataset.units),
): RawIssue[] {
  return unitGraph
    .filter(
      (problem) => problem.code === 'self-parent' || (problem.code === 'cycle' && problem.index === problem.firstIndex),
    )
    .map(
      ({ index, id }): RawIssue => ({
        path: ['units', index, 'parentId'],
        code: 'parent_cycle',
        params: { value: displayValue(id) },
      }),
    );
}
