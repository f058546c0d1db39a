import { POLDA } from '../data/polda';
import type { IndonesianTimeZone } from '../data/vocabularyCodes';

/**
 * The IANA time zone of a province, from the Polda list (Keppres 41/1987 zones; IANA puts
 * Kalimantan Barat and Tengah in `Asia/Pontianak`, all of Maluku and Papua in `Asia/Jayapura`).
 * Provinces without a Polda of their own (Papua Selatan, Papua Pegunungan) take the zone of the
 * Polda covering them.
 *
 * @param code - Two-digit Kemendagri province code, e.g. `'61'`; a longer code (`'61.71'`) uses its first segment.
 * @returns The time zone, or `undefined` for an unknown code.
 * @example
 * ```ts
 * timeZoneOfProvince('61')
 * //=> 'Asia/Pontianak'
 * timeZoneOfProvince('93')
 * //=> 'Asia/Jayapura'
 * ```
 * @category Regions
 */
export function timeZoneOfProvince(code: string): IndonesianTimeZone | undefined {
  if (typeof code !== 'string') return undefined;
  const province = code.slice(0, 2);
  if (code.length > 2 && code[2] !== '.') return undefined;
  for (const polda of POLDA) {
    if ((polda.provinceCodes as readonly string[]).includes(province)) return polda.timeZone;
  }
  return undefined;
}
