import type { UnitKind } from '../data/unitKinds';
import type { AreaLevel, IndonesianTimeZone, UnitFunction } from '../data/vocabularyCodes';

/**
 * An administrative area (Kemendagri) that a unit or organisation covers.
 *
 * @example
 * ```ts
 * const area: Area = { level: 'regency', name: 'Banyuasin', code: '16.07' };
 * ```
 * @category Units
 */
export interface Area {
  /** Administrative level of the area. */
  level: AreaLevel;
  /** Name without the level word, e.g. `'Banyuasin'`, `'Balikpapan'`. */
  name: string;
  /** Kemendagri code with dots, e.g. `'16'` (province), `'16.07'` (regency), `'16.07.01'` (district). */
  code?: string | undefined;
}

/**
 * Class of a territorial unit. For a Polda: `A-K` (Polda Metro Jaya only), `A`, `B`. For a Polres
 * the kind already implies the class (`polrestabes` A, `polres-metro` B, `polresta` C, `polres` D).
 * For a Polsek: `A` Metro, `B` Urban, `C` Rural, `D` Prarural.
 *
 * @example
 * ```ts
 * const type: UnitType = 'A-K';
 * ```
 * @category Units
 */
export type UnitType = 'A-K' | 'A' | 'B' | 'C' | 'D';

/**
 * A Polri unit, territorial (Polda, Polres, Polsek …) or functional (Ditbinmas, Satbinmas …).
 *
 * @example
 * ```ts
 * const polres: Unit = {
 *   id: 'polres-banyuasin',
 *   kind: 'polres',
 *   name: 'Polres Banyuasin',
 *   parentId: 'polda-sumsel',
 *   area: { level: 'regency', name: 'Banyuasin', code: '16.07' },
 *   timeZone: 'Asia/Jakarta',
 * };
 * ```
 * @category Units
 */
export interface Unit {
  /** Kebab-case slug, e.g. `'polda-sumsel'`, `'ditbinmas-polda-sumsel'`. */
  id: string;
  /** What kind of unit this is. */
  kind: UnitKind;
  /** Canonical name, e.g. `'Polres Banyuasin'`, `'Ditbinmas Polda Sumsel'`. */
  name: string;
  /** Other names news uses, e.g. `['Polda Sumsel', 'Poldasu']`. */
  shortNames?: string[] | undefined;
  /** Id of the unit this one belongs to. Required for functional units. */
  parentId?: string | undefined;
  /** Police function of a functional unit. */
  function?: UnitFunction | undefined;
  /** Class of a territorial unit. */
  type?: UnitType | undefined;
  /** Area the unit covers. */
  area?: Area | undefined;
  /** Time zone of the unit's area. */
  timeZone?: IndonesianTimeZone | undefined;
}
