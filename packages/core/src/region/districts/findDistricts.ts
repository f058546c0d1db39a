import { placeKey } from '../placeKey';
import { type District, districtMap } from './getDistrict';

let index: Map<string, District[]> | undefined;

function districtIndex(): Map<string, District[]> {
  if (index === undefined) {
    index = new Map();
    for (const district of districtMap().values()) {
      const key = placeKey(district.name);
      const list = index.get(key);
      if (list === undefined) index.set(key, [district]);
      else list.push(district);
    }
  }
  return index;
}

/**
 * Finds districts (kecamatan) by name in any case and spacing. Names repeat across the country
 * (many regencies have a `Kota` or `Tengah` district), so expect several results; narrow them with
 * `regencyCode` or `provinceCode`.
 *
 * Pass this function to `parseUnitMention(text, { findDistricts })` to let the parser resolve the
 * province of a Polsek named after a district.
 *
 * @param name - The district name as written, e.g. `'Kedurang'`, `'seberang ulu i'`.
 * @param within - Optional filter: `regencyCode` (`'17.01'`) or `provinceCode` (`'17'`).
 * @returns Matching districts sorted by code; empty when none match.
 * @example
 * ```ts
 * findDistricts('Kedurang').map((d) => d.code)
 * //=> ['17.01.01']
 * ```
 * @category Regions
 */
export function findDistricts(
  name: string,
  within: { regencyCode?: string; provinceCode?: string } = {},
): readonly District[] {
  if (typeof name !== 'string' || name.length > 200) return [];
  const found = districtIndex().get(placeKey(name)) ?? [];
  return found.filter(
    (d) =>
      (within.regencyCode === undefined || d.regencyCode === within.regencyCode) &&
      (within.provinceCode === undefined || d.provinceCode === within.provinceCode),
  );
}
