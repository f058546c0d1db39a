import { PROVINCE_ROWS } from '../data/generated/regions';

/**
 * An Indonesian province with its Kemendagri code.
 *
 * @example
 * ```ts
 * const province: Province = { code: '16', name: 'Sumatera Selatan' };
 * ```
 * @category Regions
 */
export interface Province {
  /** Two-digit Kemendagri code, e.g. `'16'`. */
  readonly code: string;
  /** Name as Kemendagri writes it, e.g. `'Sumatera Selatan'`, `'Daerah Khusus Ibukota Jakarta'`. */
  readonly name: string;
}

let byCode: Map<string, Province> | undefined;

/**
 * Every province (38), sorted by code.
 *
 * @returns The provinces, from `idn-area-data` (ODbL).
 * @example
 * ```ts
 * listProvinces().length
 * //=> 38
 * ```
 * @category Regions
 */
export function listProvinces(): readonly Province[] {
  return [...provinceMap().values()];
}

function provinceMap(): Map<string, Province> {
  if (byCode === undefined) {
    byCode = new Map(PROVINCE_ROWS.map(([code, name]) => [code, Object.freeze({ code, name })]));
  }
  return byCode;
}

/**
 * Looks up a province by its Kemendagri code.
 *
 * @param code - Two-digit code, e.g. `'64'`.
 * @returns The province, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getProvince('64')
 * //=> { code: '64', name: 'Kalimantan Timur' }
 * ```
 * @category Regions
 */
export function getProvince(code: string): Province | undefined {
  return provinceMap().get(code);
}
