import { ISLAND_PROVINCE_WORD, REGION_ABBREVIATIONS } from '../data/regionAbbreviations';
import { type Regency, regencyMap } from './getRegency';
import { placeKey } from './placeKey';

let index: Map<string, Regency[]> | undefined;

function add(map: Map<string, Regency[]>, key: string, regency: Regency): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [regency]);
  else if (!list.includes(regency)) list.push(regency);
}

/** @internal Key → regencies, built once: names, `Kota X`/`X Kota`, `Kabupaten X`, abbreviations, island names without "Kepulauan". */
export function regencyIndex(): Map<string, Regency[]> {
  if (index === undefined) {
    const map = new Map<string, Regency[]>();
    for (const regency of regencyMap().values()) {
      const key = placeKey(regency.name);
      add(map, key, regency);
      add(map, placeKey(regency.fullName), regency);
      if (regency.level === 'city') {
        add(map, `kota${key}`, regency);
        add(map, `${key}kota`, regency);
      } else {
        add(map, `kabupaten${key}`, regency);
        add(map, `kab${key}`, regency);
      }
    }
    for (const entry of REGION_ABBREVIATIONS) {
      const regency = regencyMap().get(entry.regencyCode);
      if (regency !== undefined) add(map, placeKey(entry.abbreviation), regency);
    }
    // Island regencies as news shortens them ("Polres Meranti", "Polres Kep. Selayar"), where no
    // other place has the shorter name.
    const { word, abbreviation } = ISLAND_PROVINCE_WORD;
    for (const regency of regencyMap().values()) {
      if (!regency.name.startsWith(`${word} `)) continue;
      const rest = regency.name.slice(word.length + 1);
      for (const key of [placeKey(rest), placeKey(`${abbreviation} ${rest}`)]) {
        if (!map.has(key)) add(map, key, regency);
      }
    }
    index = map;
  }
  return index;
}

/**
 * Finds regencies and cities by name or by a news abbreviation, in any case and spacing:
 * `'Banyuasin'`, `'Kabupaten Banyuasin'`, `'Kota Balikpapan'`, `'Tanjung Balai'`, `'Lamsel'`, `'OKU Timur'`.
 * A bare name shared by a kabupaten and a kota (`'Bekasi'`) returns both, kabupaten first.
 *
 * @param name - The name as written.
 * @returns Matching regencies and cities sorted by code; empty when none match.
 * @example
 * ```ts
 * findRegencies('Lamsel').map((r) => r.code)
 * //=> ['18.01']
 * findRegencies('Bekasi').map((r) => r.code)
 * //=> ['32.16', '32.75']
 * ```
 * @category Regions
 */
export function findRegencies(name: string): readonly Regency[] {
  if (typeof name !== 'string' || name.length > 200) return [];
  const found = regencyIndex().get(placeKey(name));
  return found === undefined ? [] : [...found].sort((a, b) => (a.code < b.code ? -1 : 1));
}
