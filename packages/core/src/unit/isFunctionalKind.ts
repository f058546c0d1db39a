import { FUNCTIONAL_UNIT_KINDS, type FunctionalUnitKind } from '../data/unitKinds';

/**
 * Whether a value is a functional unit kind (Divisi, Korps, Biro, Direktorat, Bidang, Satuan,
 * Seksi, Unit): a part of a territorial unit, which therefore always has a parent. The one answer
 * to "is this kind functional" — the unit registry, the unit-graph check, the unit parsers and the
 * validators all ask here.
 *
 * @param kind - Any value.
 * @returns `true` for a functional kind; `false` for territorial kinds and anything else.
 * @example
 * ```ts
 * isFunctionalKind('satuan')
 * //=> true
 * isFunctionalKind('polres')
 * //=> false
 * ```
 * @category Units
 */
export function isFunctionalKind(kind: unknown): kind is FunctionalUnitKind {
  return typeof kind === 'string' && (FUNCTIONAL_UNIT_KINDS as readonly string[]).includes(kind);
}
