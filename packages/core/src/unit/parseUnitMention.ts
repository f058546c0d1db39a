import { findUnitChains } from './findUnitMentions';
import type { ParseUnitMentionOptions, UnitMention } from './unitMention';

export type { DistrictFinder, ParseUnitMentionOptions, UnitMention } from './unitMention';

/**
 * Reads the first police unit named in a text, the way Indonesian news writes it: any case and
 * spacing (`Polda jatim`, `POLRES OKU`), doubled-letter typos (`Pollres`), headquarters
 * (`Mapolsek Kedurang`), chains (`Polsek Tanjung Batu Polres OI`), spelled-out names
 * (`Kepolisian Resor (Polres) Kudus`, `Kepolisian Daerah Sumatera Selatan`), functional units
 * (`Ditbinmas Polda Sumsel`, `Sat Binmas Polres Bengkulu Selatan`) and Polda short names
 * (`PMJ`, `Poldasu`). `Polres Metro` alone is the Polres of Kota Metro (Lampung, kind `polres`);
 * `Polres Metro Jakarta Selatan` is kind `polres-metro`. `Sumatra` reads as `Sumatera`.
 *
 * The first mention {@link findUnitMentions} finds, without its span and `provinceSource`. The
 * province comes from the Polda list, the regency table (names and abbreviations such as `Lamsel`,
 * `OKU`, `BS`), the parent unit, and — when `options.findDistricts` is given — the district table
 * for a Polsek whose kecamatan name is unique (or unique within its parent).
 *
 * Never throws; linear in the length of the text.
 *
 * @param text - Text that names a unit, e.g. `'Polsek Kedurang Polres BS'`.
 * @param options - Optional district lookup (`findDistricts` from `@kamtibmas/core/districts`).
 * @returns The mention, or `undefined` when the text names no unit.
 * @example
 * ```ts
 * parseUnitMention('Polres Lamsel')
 * //=> { kind: 'polres', name: 'Lamsel', displayName: 'Polres Lampung Selatan', province: { code: '18', name: 'Lampung' }, headquarters: false }
 * parseUnitMention('Ditbinmas Polda Sumsel')?.displayName
 * //=> 'Ditbinmas Polda Sumsel'
 * parseUnitMention('Mapolsek Kedurang')?.headquarters
 * //=> true
 * ```
 * @category Units
 */
export function parseUnitMention(text: string, options: ParseUnitMentionOptions = {}): UnitMention | undefined {
  try {
    if (typeof text !== 'string' || text.length === 0) return undefined;
    const safeOptions = typeof options === 'object' && options !== null ? options : {};
    // Without provinceSource: the shape parseUnitMention has always returned.
    return findUnitChains(text, safeOptions, 1, false)[0];
  } catch {
    return undefined;
  }
}
