import { PROVINCE_ROWS } from '../data/generated/regions';
import { POLDA, type PoldaRecord } from '../data/polda';
import { ISLAND_PROVINCE_WORD } from '../data/regionAbbreviations';
import { placeKey } from '../region/placeKey';

let index: Map<string, PoldaRecord> | undefined;

/** @internal Key (without a leading "Polda") → Polda: abbreviations, province names, short and former names. */
export function poldaIndex(): Map<string, PoldaRecord> {
  if (index === undefined) {
    const map = new Map<string, PoldaRecord>();
    const provinceNames = new Map<string, string>(PROVINCE_ROWS);
    const add = (text: string, polda: PoldaRecord) => {
      for (const key of [placeKey(text), placeKey(stripPoldaWord(text))]) {
        if (key !== '' && !map.has(key)) map.set(key, polda);
      }
    };
    for (const polda of POLDA) {
      add(polda.id.slice('polda-'.length), polda);
      add(polda.name, polda);
      add(polda.officialName, polda);
      add(polda.provinceName, polda);
      add(provinceNames.get(polda.area.code) ?? '', polda);
      for (const name of [...polda.shortNames, ...polda.abbreviations, ...polda.formerNames]) add(name, polda);
    }
    // Island provinces as news shortens them ("Bangka Belitung", "Kep. Babel", "Kepulauan Babel"), where no Polda has the name.
    const { word, abbreviation } = ISLAND_PROVINCE_WORD;
    for (const polda of POLDA) {
      const area = polda.area.name;
      if (!area.startsWith(`${word} `)) continue;
      add(area.slice(word.length + 1), polda);
      for (const short of polda.abbreviations) {
        add(`${abbreviation} ${short}`, polda);
        add(`${word} ${short}`, polda);
      }
    }
    index = map;
  }
  return index;
}

/** Drops a leading "Polda" / "Kepolisian Daerah" word (not the glued "Poldasu"). */
function stripPoldaWord(text: string): string {
  const trimmed = text.trimStart();
  const lower = trimmed.slice(0, 18).toLowerCase();
  for (const word of ['kepolisian daerah', 'polda']) {
    if (lower.startsWith(word)) {
      const next = trimmed[word.length];
      if (next === undefined || next === ' ' || next === '-' || next === '\u00a0') return trimmed.slice(word.length);
    }
  }
  return trimmed;
}

/**
 * Finds an operating Polda by id, name, official name, province name (Kemendagri or short form)
 * or a short name news uses, in any case: `'polda-sumsel'`, `'Polda Sumsel'`, `'Sumsel'`,
 * `'Kepolisian Daerah Sumatera Selatan'`, `'Sumatra Selatan'`, `'Poldasu'`, `'PMJ'`. Obsolete
 * names resolve to the successor (`'Polda NAD'` → Polda Aceh, `'Polda Sulselbar'` → Polda Sulsel).
 *
 * @param idOrName - Id slug or name as written.
 * @returns The Polda record, or `undefined` when nothing matches.
 * @example
 * ```ts
 * getPolda('PMJ')?.id
 * //=> 'polda-metro-jaya'
 * getPolda('Kepolisian Daerah Sumatera Selatan')?.timeZone
 * //=> 'Asia/Jakarta'
 * ```
 * @category Units
 */
export function getPolda(idOrName: string): PoldaRecord | undefined {
  if (typeof idOrName !== 'string' || idOrName.length > 200) return undefined;
  const map = poldaIndex();
  return map.get(placeKey(idOrName)) ?? map.get(placeKey(stripPoldaWord(idOrName)));
}
