import type { UnitKind } from '../data/unitKinds';
import { checkUnitGraph, type UnitGraphProblem } from './checkUnitGraph';

/**
 * The fields the registry reads from a unit; any `Unit` (or `PoldaRecord`) fits.
 *
 * @example
 * ```ts
 * const unit: RegistryUnit = { id: 'polres-banyuasin', kind: 'polres', parentId: 'polda-sumsel' };
 * ```
 * @category Units
 */
export interface RegistryUnit {
  /** Unique id. */
  readonly id: string;
  /** Kind of the unit. */
  readonly kind: UnitKind;
  /** Id of the containing unit, if any. */
  readonly parentId?: string | undefined;
}

/**
 * A problem the registry found in its input; it never throws for these.
 *
 * - `duplicate-id` — a later unit reuses an id; the first one is kept.
 * - `dangling-parent` — `parentId` names no unit; the unit is treated as a root.
 * - `self-parent` / `cycle` — following parents returns to the unit; the walk stops before repeating.
 * - `invalid-nesting` — the parent's kind may not contain the unit's kind (`canContain`).
 * - `missing-parent` — a functional unit without `parentId`.
 *
 * @example
 * ```ts
 * const issue: UnitRegistryIssue = { code: 'dangling-parent', id: 'polres-x', parentId: 'polda-x' };
 * ```
 * @category Units
 */
export interface UnitRegistryIssue {
  /** Stable issue code. */
  readonly code: 'duplicate-id' | 'dangling-parent' | 'self-parent' | 'cycle' | 'invalid-nesting' | 'missing-parent';
  /** Id of the unit concerned. */
  readonly id: string;
  /** Its `parentId`, where relevant. */
  readonly parentId?: string;
}

/**
 * Hierarchy queries over a set of units. Lookups by id are O(1); walks are O(depth) or O(subtree).
 *
 * @example
 * ```ts
 * const registry: UnitRegistry<RegistryUnit> = createUnitRegistry([]);
 * ```
 * @category Units
 */
export interface UnitRegistry<T extends RegistryUnit> {
  /** Number of distinct units. */
  readonly size: number;
  /** Every unit, in input order (first of each id). */
  all(): readonly T[];
  /** The unit with this id. */
  get(id: string): T | undefined;
  /** Whether a unit has this id. */
  has(id: string): boolean;
  /** The containing unit; `undefined` for a root, a dangling `parentId` or a self-parent. */
  parent(id: string): T | undefined;
  /** Containing units, nearest first; stops at a dangling parent and before any unit repeats (cycles). */
  ancestors(id: string): readonly T[];
  /** Directly contained units, in input order. */
  children(id: string): readonly T[];
  /** All contained units, breadth first, each once, never the unit itself (even in a cycle). */
  descendants(id: string): readonly T[];
  /** Whether `ancestorId` is among the ancestors of `id` (a unit is not within itself). */
  isWithin(id: string, ancestorId: string): boolean;
  /** From the outermost ancestor down to the unit itself; empty for an unknown id. */
  path(id: string): readonly T[];
  /** Units without a resolvable parent (no `parentId`, or a dangling one), in input order. */
  roots(): readonly T[];
  /** Problems found in the input. */
  issues(): readonly UnitRegistryIssue[];
}

// The registry's view of the graph problems: a repeated unit is dropped (only its `duplicate-id` is
// listed) and a unit is never its own parent (a self-parent is not also an invalid nesting). Listed
// as before the graph check had its own home: repeats, then one problem a unit in input order, then
// the cycles' members in input order.
function registryIssues(problems: readonly UnitGraphProblem[]): UnitRegistryIssue[] {
  const repeats = new Set<number>();
  const duplicates: UnitGraphProblem[] = [];
  const ofUnits: UnitGraphProblem[] = [];
  const cycles: UnitGraphProblem[] = [];
  for (const problem of problems) {
    if (problem.code === 'duplicate-id') {
      repeats.add(problem.index);
      duplicates.push(problem);
    } else if (problem.code === 'cycle') cycles.push(problem);
    else if (problem.code !== 'invalid-nesting' || problem.parentIndex !== problem.index) ofUnits.push(problem);
  }
  const byIndex = (a: UnitGraphProblem, b: UnitGraphProblem) => a.index - b.index;
  return [...duplicates, ...ofUnits.sort(byIndex), ...cycles.sort(byIndex)]
    .filter((problem) => problem.code === 'duplicate-id' || !repeats.has(problem.index))
    .map(({ code, id, parentId }) => (parentId === undefined ? { code, id } : { code, id, parentId }));
}

/**
 * Builds a registry that answers hierarchy questions about units: parent, ancestors, children,
 * descendants, isWithin, path. Bad input never throws and never loops: duplicate ids keep the
 * first unit, a dangling `parentId` makes the unit a root, and walks stop before a unit repeats,
 * so a cycle yields each unit once. Every such problem is listed by `issues()`.
 *
 * @param units - The units, e.g. `POLDA` plus your Polres and Polsek.
 * @returns The registry.
 * @example
 * ```ts
 * const registry = createUnitRegistry([
 *   { id: 'polda-sumsel', kind: 'polda' },
 *   { id: 'polres-banyuasin', kind: 'polres', parentId: 'polda-sumsel' },
 *   { id: 'polsek-betung', kind: 'polsek', parentId: 'polres-banyuasin' },
 * ]);
 * registry.path('polsek-betung').map((u) => u.id)
 * //=> ['polda-sumsel', 'polres-banyuasin', 'polsek-betung']
 * registry.isWithin('polsek-betung', 'polda-sumsel')
 * //=> true
 * ```
 * @category Units
 */
export function createUnitRegistry<T extends RegistryUnit>(units: Iterable<T>): UnitRegistry<T> {
  const list = [...(units ?? [])];
  const byId = new Map<string, T>();
  const order: T[] = [];
  for (const unit of list) {
    if (unit === null || typeof unit !== 'object' || typeof unit.id !== 'string' || byId.has(unit.id)) continue;
    byId.set(unit.id, unit);
    order.push(unit);
  }
  const issues = registryIssues(checkUnitGraph(list));

  const parentOf = (unit: T): T | undefined => {
    const parentId = unit.parentId;
    if (typeof parentId !== 'string' || parentId === unit.id) return undefined;
    return byId.get(parentId);
  };

  const childrenOf = new Map<string, T[]>();
  for (const unit of order) {
    const parent = parentOf(unit);
    if (parent === undefined) continue;
    const siblings = childrenOf.get(parent.id);
    if (siblings === undefined) childrenOf.set(parent.id, [unit]);
    else siblings.push(unit);
  }

  const ancestors = (id: string): T[] => {
    const start = byId.get(id);
    if (start === undefined) return [];
    const seen = new Set<string>([start.id]);
    const out: T[] = [];
    let current = parentOf(start);
    while (current !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      out.push(current);
      current = parentOf(current);
    }
    return out;
  };

  const roots = order.filter((unit) => parentOf(unit) === undefined);

  return {
    size: order.length,
    all: () => [...order],
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    parent: (id) => {
      const unit = byId.get(id);
      return unit === undefined ? undefined : parentOf(unit);
    },
    ancestors,
    children: (id) => [...(childrenOf.get(id) ?? [])],
    descendants: (id) => {
      if (!byId.has(id)) return [];
      const seen = new Set<string>([id]);
      const out: T[] = [];
      const queue: string[] = [id];
      for (let i = 0; i < queue.length; i++) {
        for (const child of childrenOf.get(queue[i]!) ?? []) {
          if (seen.has(child.id)) continue;
          seen.add(child.id);
          out.push(child);
          queue.push(child.id);
        }
      }
      return out;
    },
    isWithin: (id, ancestorId) => id !== ancestorId && ancestors(id).some((unit) => unit.id === ancestorId),
    path: (id) => {
      const unit = byId.get(id);
      return unit === undefined ? [] : [...ancestors(id).reverse(), unit];
    },
    roots: () => [...roots],
    issues: () => [...issues],
  };
}
