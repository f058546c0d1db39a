import { UNIT_KIND_RULES, type UnitKindRule } from '../data/unitKindRules';
import type { UnitKind } from '../data/unitKinds';

/**
 * Names, nesting rules, classes and commander of a unit kind.
 *
 * @param kind - A unit kind.
 * @returns The rule with its `kind`, or `undefined` for an unknown kind.
 * @example
 * ```ts
 * getUnitKindInfo('polresta')?.commander
 * //=> { position: 'kapolresta', ranks: ['KOMBES'] }
 * ```
 * @category Units
 */
export function getUnitKindInfo(kind: UnitKind): (UnitKindRule & { readonly kind: UnitKind }) | undefined {
  if (typeof kind !== 'string' || !Object.hasOwn(UNIT_KIND_RULES, kind)) return undefined;
  return { kind, ...UNIT_KIND_RULES[kind] };
}
