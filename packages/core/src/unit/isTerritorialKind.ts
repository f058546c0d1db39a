import { TERRITORIAL_UNIT_KINDS, type TerritorialUnitKind } from '../data/unitKinds';

/**
 * Whether a value is a territorial unit kind (Mabes, Polda, the Polres types, Polsek, Polsubsektor).
 *
 * @param kind - Any value.
 * @returns `true` for a territorial kind; `false` for functional kinds and anything else.
 * @example
 * ```ts
 * isTerritorialKind('polresta')
 * //=> true
 * isTerritorialKind('satuan')
 * //=> false
 * ```
 * @category Units
 */
export function isTerritorialKind(kind: unknown): kind is TerritorialUnitKind {
  return typeof kind === 'string' && (TERRITORIAL_UNIT_KINDS as readonly string[]).includes(kind);
}
