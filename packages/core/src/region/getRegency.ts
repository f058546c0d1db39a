import { REGENCY_ROWS } from '../data/generated/regions';

/**
 * A regency (kabupaten) or city (kota) with its Kemendagri code.
 *
 * @example
 * ```ts
 * const regency: Regency = { code: '16.07', name: 'Banyuasin', level: 'regency', fullName: 'Kabupaten Banyuasin', provinceCode: '16' };
 * ```
 * @category Regions
 */
export interface Regency {
  /** Kemendagri code `PP.RR`, e.g. `'16.07'`; `RR` ≥ 71 is a city. */
  readonly code: string;
  /** Name without the level word, e.g. `'Banyuasin'`, `'Balikpapan'`, `'Jakarta Selatan'`. */
  readonly name: string;
  /** `'regency'` for a kabupaten, `'city'` for a kota. */
  readonly level: 'regency' | 'city';
  /** Name with the level word as Kemendagri writes it, e.g. `'Kota Administrasi Jakarta Selatan'`. */
  readonly fullName: string;
  /** Code of the province, e.g. `'16'`. */
  readonly provinceCode: string;
}

const PREFIXES = [
  ['Kabupaten Administrasi ', 'regency'],
  ['Kota Administrasi ', 'city'],
  ['Kabupaten ', 'regency'],
  ['Kota ', 'city'],
] as const;

let byCode: Map<string, Regency> | undefined;

/** @internal Decodes the generated rows once. */
export function regencyMap(): Map<string, Regency> {
  if (byCode === undefined) {
    byCode = new Map();
    for (const [code, fullName] of REGENCY_ROWS) {
      let name: string = fullName;
      let level: Regency['level'] = Number(code.slice(3)) >= 71 ? 'city' : 'regency';
      for (const [prefix, prefixLevel] of PREFIXES) {
        if (fullName.startsWith(prefix)) {
          name = fullName.slice(prefix.length);
          level = prefixLevel;
          break;
        }
      }
      byCode.set(code, Object.freeze({ code, name, level, fullName, provinceCode: code.slice(0, 2) }));
    }
  }
  return byCode;
}

/**
 * Every regency and city (514 as of Kepmendagri 2025), sorted by code, optionally of one province.
 *
 * @param provinceCode - Only regencies of this province, e.g. `'16'`.
 * @returns The regencies and cities, from `idn-area-data` (ODbL).
 * @example
 * ```ts
 * listRegencies('65').map((r) => r.name)
 * //=> ['Bulungan', 'Malinau', 'Nunukan', 'Tana Tidung', 'Tarakan']
 * ```
 * @category Regions
 */
export function listRegencies(provinceCode?: string): readonly Regency[] {
  const all = [...regencyMap().values()];
  return provinceCode === undefined ? all : all.filter((r) => r.provinceCode === provinceCode);
}

/**
 * Looks up a regency or city by its Kemendagri code.
 *
 * @param code - Code `PP.RR`, e.g. `'64.71'`.
 * @returns The regency or city, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getRegency('64.71')?.name
 * //=> 'Balikpapan'
 * ```
 * @category Regions
 */
export function getRegency(code: string): Regency | undefined {
  return regencyMap().get(code);
}
