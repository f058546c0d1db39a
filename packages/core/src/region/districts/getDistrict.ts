import { DISTRICT_ROWS } from '../../data/generated/districts';

/**
 * An Indonesian district (kecamatan; distrik in Papua) with its Kemendagri code.
 *
 * @example
 * ```ts
 * const district: District = { code: '17.01.01', name: 'Kedurang', regencyCode: '17.01', provinceCode: '17' };
 * ```
 * @category Regions
 */
export interface District {
  /** Kemendagri code `PP.RR.DD`, e.g. `'17.01.01'`. */
  readonly code: string;
  /** Name as Kemendagri writes it, e.g. `'Kedurang'`, `'Seberang Ulu I'`. */
  readonly name: string;
  /** Code of the regency or city, e.g. `'17.01'`. */
  readonly regencyCode: string;
  /** Code of the province, e.g. `'17'`. */
  readonly provinceCode: string;
}

let byCode: Map<string, District> | undefined;

/** @internal Decodes the generated rows once. */
export function districtMap(): Map<string, District> {
  if (byCode === undefined) {
    byCode = new Map();
    for (const [regencyCode, packed] of Object.entries(DISTRICT_ROWS) as [string, string][]) {
      for (const entry of packed.split('|')) {
        const code = `${regencyCode}.${entry.slice(0, 2)}`;
        byCode.set(
          code,
          Object.freeze({ code, name: entry.slice(2), regencyCode, provinceCode: regencyCode.slice(0, 2) }),
        );
      }
    }
  }
  return byCode;
}

/**
 * Every district (7,285 as of Kepmendagri 2025), sorted by code, optionally of one regency.
 * Import from `@kamtibmas/core/districts`: the table (≈100 kB) is not part of the main entry.
 *
 * @param regencyCode - Only districts of this regency or city, e.g. `'17.01'`.
 * @returns The districts, from `idn-area-data` (ODbL).
 * @example
 * ```ts
 * listDistricts('17.01').slice(0, 2).map((d) => d.name)
 * //=> ['Kedurang', 'Seginim']
 * ```
 * @category Regions
 */
export function listDistricts(regencyCode?: string): readonly District[] {
  const all = [...districtMap().values()];
  return regencyCode === undefined ? all : all.filter((d) => d.regencyCode === regencyCode);
}

/**
 * Looks up a district by its Kemendagri code.
 *
 * @param code - Code `PP.RR.DD`, e.g. `'16.10.02'`.
 * @returns The district, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getDistrict('16.10.02')?.name
 * //=> 'Tanjung Batu'
 * ```
 * @category Regions
 */
export function getDistrict(code: string): District | undefined {
  return districtMap().get(code);
}
