import { UNIT_KIND_RULES, type UnitKindRule } from '../data/unitKindRules';
import type { UnitKind } from '../data/unitKinds';

/**
 * Whether a unit of one kind may sit directly under a unit of another kind: a Polda under Mabes,
 * a Polres-type unit under a Polda, a Polsek under a Polres-type unit (never under a Polsek), a
 * Satbinmas (`satuan`) under a Polres-type unit, a Ditbinmas (`direktorat`) under a Polda.
 *
 * @param parentKind - Kind of the containing unit.
 * @param childKind - Kind of the contained unit.
 * @returns `true` when the nesting is allowed; `false` otherwise, also for unknown kinds.
 * @example
 * ```ts
 * canContain('polres', 'polsek')
 * //=> true
 * canContain('polsek', 'polsek')
 * //=> false
 * ```
 * @category Units
 */
export function canContain(parentKind: UnitKind, childKind: UnitKind): boolean {
  if (!Object.hasOwn(UNIT_KIND_RULES, childKind)) return false;
  const rule: UnitKindRule = UNIT_KIND_RULES[childKind];
  return rule.parentKinds.includes(parentKind);
}
