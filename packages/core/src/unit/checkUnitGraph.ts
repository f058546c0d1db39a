import { canContain } from './canContain';
import type { RegistryUnit, UnitRegistryIssue } from './createUnitRegistry';
import { isFunctionalKind } from './isFunctionalKind';

/**
 * A problem of the unit graph, found by {@link checkUnitGraph}: the same codes as
 * {@link UnitRegistryIssue}, with the positions of the units concerned in the input list.
 *
 * - `duplicate-id` — the unit reuses the id of an earlier one (`firstIndex`).
 * - `missing-parent` — a functional unit without `parentId`.
 * - `dangling-parent` — `parentId` names no unit.
 * - `invalid-nesting` — the parent's kind may not contain the unit's kind (`canContain`); the
 *   parent is at `parentIndex` (the unit itself for a self-parent).
 * - `self-parent` — `parentId` is the unit's own id.
 * - `cycle` — following parents from the unit comes back to it through other units; `firstIndex`
 *   is the cycle's member that comes first in the input.
 *
 * A `parentId` names the first unit with that id.
 *
 * @example
 * ```ts
 * const problem: UnitGraphProblem = { code: 'dangling-parent', index: 1, id: 'polres-x', parentId: 'polda-x' };
 * ```
 * @category Units
 */
export interface UnitGraphProblem {
  /** Stable problem code. */
  readonly code: UnitRegistryIssue['code'];
  /** Position of the unit concerned in the input. */
  readonly index: number;
  /** Its id. */
  readonly id: string;
  /** Its `parentId`, for `dangling-parent`, `invalid-nesting`, `self-parent` and `cycle`. */
  readonly parentId?: string;
  /** `duplicate-id`: the first unit with the id; `cycle`: the cycle's first member. */
  readonly firstIndex?: number;
  /** `invalid-nesting`: the parent. */
  readonly parentIndex?: number;
}

const NO_PARENT = -1;

function isUnit(value: unknown): value is RegistryUnit {
  return typeof value === 'object' && value !== null && typeof (value as RegistryUnit).id === 'string';
}

/**
 * Checks the parent links of a list of units: repeated ids, functional units without a parent,
 * parents that are missing, of a kind that may not contain the unit, the unit itself, or part of
 * a cycle. The one home of these rules: `createUnitRegistry` lists them as its `issues()` and the
 * validators report them (`duplicate_id`, `missing_parent`, `dangling_reference`,
 * `invalid_parent_kind`, `parent_cycle`). Every unit is checked, repeats included; a `parentId`
 * names the first unit with that id. Entries that are not objects with a string `id` are skipped.
 * Never throws; linear in the number of units (a cycle's members are sorted).
 *
 * The order is fixed: the `duplicate-id` problems in input order; then `missing-parent`,
 * `dangling-parent` and `invalid-nesting` in input order; then `self-parent` and `cycle` in the
 * order a walk up from each unit, in input order, first meets them (a cycle's members in input order).
 *
 * @param units - The units, e.g. `POLDA` plus your Polres and Polsek, or a dataset's `units`.
 * @returns The problems found; empty for a sound hierarchy.
 * @example
 * ```ts
 * checkUnitGraph([
 *   { id: 'polda-sumsel', kind: 'polda' },
 *   { id: 'polsek-betung', kind: 'polsek', parentId: 'polda-sumsel' },
 *   { id: 'satbinmas', kind: 'satuan' },
 * ])
 * //=> [
 * //   { code: 'invalid-nesting', index: 1, id: 'polsek-betung', parentId: 'polda-sumsel', parentIndex: 0 },
 * //   { code: 'missing-parent', index: 2, id: 'satbinmas' },
 * // ]
 * ```
 * @category Units
 */
export function checkUnitGraph(units: readonly RegistryUnit[]): UnitGraphProblem[] {
  const list: readonly unknown[] = Array.isArray(units) ? units : [];
  const problems: UnitGraphProblem[] = [];

  const firstIndexOf = new Map<string, number>();
  list.forEach((unit, index) => {
    if (!isUnit(unit)) return;
    const firstIndex = firstIndexOf.get(unit.id);
    if (firstIndex === undefined) firstIndexOf.set(unit.id, index);
    else problems.push({ code: 'duplicate-id', index, id: unit.id, firstIndex });
  });

  const parentOf = new Array<number>(list.length).fill(NO_PARENT);
  list.forEach((unit, index) => {
    if (!isUnit(unit)) return;
    const { id, parentId } = unit;
    if (typeof parentId !== 'string') {
      if (isFunctionalKind(unit.kind)) problems.push({ code: 'missing-parent', index, id });
      return;
    }
    const parentIndex = firstIndexOf.get(parentId);
    if (parentIndex === undefined) {
      problems.push({ code: 'dangling-parent', index, id, parentId });
      return;
    }
    parentOf[index] = parentIndex;
    if (!canContain((list[parentIndex] as RegistryUnit).kind, unit.kind)) {
      problems.push({ code: 'invalid-nesting', index, id, parentId, parentIndex });
    }
  });

  // One walk up from each unit; each unit is entered once (0 = new, 1 = on this walk, 2 = settled).
  const state = new Uint8Array(list.length);
  for (let start = 0; start < list.length; start++) {
    const walk: number[] = [];
    let current = start;
    while (current !== NO_PARENT && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = parentOf[current]!;
    }
    if (current !== NO_PARENT && state[current] === 1) {
      const members = walk.slice(walk.indexOf(current)).sort((a, b) => a - b);
      const firstIndex = members[0]!;
      for (const index of members) {
        const { id, parentId } = list[index] as RegistryUnit & { parentId: string };
        if (members.length === 1) problems.push({ code: 'self-parent', index, id, parentId });
        else problems.push({ code: 'cycle', index, id, parentId, firstIndex });
      }
    }
    for (const index of walk) state[index] = 2;
  }
  return problems;
}
