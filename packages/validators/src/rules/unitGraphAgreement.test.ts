// The validators' unit rules and core's unit registry read one check of the unit graph
// (checkUnitGraph), so they cannot disagree. This property says how their reports correspond, on
// unit lists with repeated ids, missing and dangling parents, bad nesting, self-parents and cycles:
//
// - `duplicate_id` at units[i] ↔ the registry's `duplicate-id` for that id;
// - the registry keeps the first unit of a repeated id, so the validator's other issues at a repeat
//   have no counterpart (they are left out here);
// - `missing_parent` ↔ `missing-parent`, `dangling_reference` ↔ `dangling-parent`,
//   `invalid_parent_kind` ↔ `invalid-nesting` — except on a unit that is its own parent, which the
//   registry reports as `self-parent` only (to the registry a unit is never its own parent);
// - `parent_cycle` at units[i] ↔ `self-parent` when the unit is its own parent, otherwise one
//   `cycle` for each member of the cycle whose first member is units[i].
import { createUnitRegistry, type Dataset, UNIT_KINDS, type Unit } from '@kamtibmas/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';

const IDS = ['polda-a', 'polres-b', 'polsek-c', 'sat-d', 'unit-e'];
const unitArb: fc.Arbitrary<Unit> = fc.record(
  {
    id: fc.constantFrom(...IDS),
    kind: fc.constantFrom(...UNIT_KINDS),
    name: fc.constant('Satuan'),
    parentId: fc.constantFrom(...IDS, 'polda-x'),
  },
  { requiredKeys: ['id', 'kind', 'name'] },
);

/** Units of a dataset that holds nothing else. */
const dataset = (units: Unit[]): Dataset => ({ units, organizations: [], people: [], events: [] });

/** The members of the cycle through `start`, by following parentIds (first unit of an id). */
function cycleThrough(units: readonly Unit[], start: number): number[] {
  const indexOf = (id: string | undefined) => units.findIndex((unit) => unit.id === id);
  const members = [start];
  for (let at = indexOf(units[start]!.parentId); at !== start; at = indexOf(units[at]!.parentId)) {
    if (at < 0 || members.length > units.length) throw new Error(`no cycle through units[${start}]`);
    members.push(at);
  }
  return members;
}

/** The registry's issues the validator's issues stand for, as `code:id[:parentId]`. */
function expectedRegistryIssues(
  units: readonly Unit[],
  issues: readonly { code: string; path: (string | number)[] }[],
) {
  const isRepeat = (i: number) => units.findIndex((unit) => unit.id === units[i]!.id) < i;
  const isSelfParent = (i: number) => units[i]!.parentId === units[i]!.id;
  const expected: string[] = [];
  for (const { code, path } of issues) {
    expect(path[0]).toBe('units');
    const i = path[1] as number;
    const { id, parentId } = units[i]!;
    if (code === 'duplicate_id') expected.push(`duplicate-id:${id}`);
    else if (isRepeat(i)) continue;
    else if (code === 'missing_parent') expected.push(`missing-parent:${id}`);
    else if (code === 'dangling_reference') expected.push(`dangling-parent:${id}:${parentId}`);
    else if (code === 'invalid_parent_kind' && !isSelfParent(i)) expected.push(`invalid-nesting:${id}:${parentId}`);
    else if (code === 'parent_cycle' && isSelfParent(i)) expected.push(`self-parent:${id}:${parentId}`);
    else if (code === 'parent_cycle') {
      const members = cycleThrough(units, i);
      expect(Math.min(...members), 'reported at the first member').toBe(i);
      for (const m of members) expected.push(`cycle:${units[m]!.id}:${units[m]!.parentId}`);
    } else if (code !== 'invalid_parent_kind') throw new Error(`unexpected ${code}`);
  }
  return expected.sort();
}

describe('the validators and the unit registry agree on the unit graph', () => {
  it('every unit issue of validateDataset is one of the registry, and the other way round', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 8 }), (units) => {
        const result = validateDataset(dataset(units), { locale: 'en' });
        const issues = result.ok ? [] : result.issues;
        const registry = createUnitRegistry(units)
          .issues()
          .map(({ code, id, parentId }) => [code, id, ...(parentId === undefined ? [] : [parentId])].join(':'))
          .sort();
        expect(expectedRegistryIssues(units, issues)).toEqual(registry);
      }),
      { numRuns: 1000 },
    );
  });

  it('a self-parent is a cycle and an invalid nesting to the validator, a self-parent to the registry', () => {
    const units: Unit[] = [{ id: 'polsek-c', kind: 'polsek', name: 'Polsek C', parentId: 'polsek-c' }];
    const result = validateDataset(dataset(units), { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['invalid_parent_kind', 'parent_cycle']);
    expect(createUnitRegistry(units).issues()).toEqual([{ code: 'self-parent', id: 'polsek-c', parentId: 'polsek-c' }]);
  });
});
