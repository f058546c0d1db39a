import type { UnitKind } from '../data/unitKinds';
import type { TextSpan } from '../text/textSpan';

/**
 * A police unit as a text names it, e.g. "Polsek Tanjung Batu Polres OI".
 *
 * @example
 * ```ts
 * const mention: UnitMention = {
 *   kind: 'polres',
 *   name: 'Lampung Selatan',
 *   displayName: 'Polres Lampung Selatan',
 *   province: { code: '18', name: 'Lampung' },
 *   headquarters: false,
 * };
 * ```
 * @category Units
 */
export interface UnitMention {
  /** Kind of unit. */
  kind: UnitKind;
  /** The place or function part as written, e.g. `'Lampung Selatan'`, `'Sumsel'`, `'Sat Binmas'`. */
  name: string;
  /** Canonical name, e.g. `'Polres Lampung Selatan'`, `'Polda Sumsel'`, `'Satbinmas Polres Bengkulu Selatan'`. */
  displayName: string;
  /** The unit it is said to belong to ("Polsek Kedurang **Polres BS**"). */
  parent?: UnitMention;
  /** Province of the unit, when the Polda list, the regency table or the district table settles it. */
  province?: { code: string; name: string };
  /** `true` when the text names the headquarters building ("Mapolres …", "Mako Polres …"). */
  headquarters: boolean;
  /**
   * How the province was settled, set by {@link findUnitMentions} when `province` is: `'stated'`
   * when the text names the Polda of the unit or of a unit in its chain ("Polsek X Polres Y
   * **Polda Jabar**", "**Polda Sumsel**"); `'inferred'` when the library read it from the regency or
   * district tables (the place in "Polres **Lampung Selatan**"). {@link parseUnitMention} leaves it
   * out, as it did before the field existed.
   */
  provinceSource?: 'stated' | 'inferred';
}

/**
 * Finds districts by name; `findDistricts` from `@kamtibmas/core/districts` fits.
 *
 * @example
 * ```ts
 * import { findDistricts } from '@kamtibmas/core/districts';
 * const finder: DistrictFinder = findDistricts;
 * ```
 * @category Units
 */
export type DistrictFinder = (name: string) => readonly {
  readonly code: string;
  readonly name: string;
  readonly regencyCode: string;
  readonly provinceCode: string;
}[];

/**
 * Options of {@link parseUnitMention} and {@link findUnitMentions}.
 *
 * @example
 * ```ts
 * const options: ParseUnitMentionOptions = { findDistricts };
 * ```
 * @category Units
 */
export interface ParseUnitMentionOptions {
  /**
   * District lookup used to settle the province (and canonical spelling) of a Polsek named after a
   * kecamatan. The district table lives in `@kamtibmas/core/districts` so that the main entry stays
   * small; without it a Polsek takes its province from its parent only.
   */
  findDistricts?: DistrictFinder;
}

/**
 * A unit mention found in a text, with where it is: `text.slice(start, end)` is the mention as
 * written, a whole chain ("Polsek Rengasdengklok Polres Karawang Polda Jabar") included.
 *
 * @example
 * ```ts
 * const [found] = findUnitMentions('Apel di Mapolres Banyuasin.');
 * found.start; //=> 8
 * found.end; //=> 26
 * ```
 * @category Units
 */
export type FoundUnitMention = UnitMention & TextSpan;
