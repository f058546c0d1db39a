// Rule `parent_cycle` (error): following parentId from any unit must end at a root. Reported once
// per cycle, at the member that comes first in `units`.
import type { Dataset } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { RawIssue } from '../validate/RawIssue';

export function unitParentsAcyclic(dataset: Dataset): RawIssue[] {
  const index = new Map<string, number>();
  dataset.units.forEach((unit, i) => {
    if (!index.has(unit.id)) index.set(unit.id, i);
  });
  const state = new Map<number, 'open' | 'done'>();
  const issues: RawIssue[] = [];
  for (let start = 0; start < dataset.units.length; start++) {
    const chain: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state.get(current) === undefined) {
      state.set(current, 'open');
      chain.push(current);
      const parentId: string | undefined = dataset.units[current]?.parentId;
      current = parentId === undefined ? undefined : index.get(parentId);
    }
    if (current !== undefined && state.get(current) === 'open') {
      const cycle = chain.slice(chain.indexOf(current));
      const first = Math.min(...cycle);
      issues.push({
        path: ['units', first, 'parentId'],
        code: 'parent_cycle',
        params: { value: displayValue(dataset.units[first]?.id) },
      });
    }
    for (const i of chain) state.set(i, 'done');
  }
  return issues;
}
