import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { UnitMention } from '../unit/parseUnitMention';
import { readOfficerMentions } from './readOfficerMentions';

/**
 * A police officer as a text names them: rank, name, titles and honorifics, and the position and
 * unit when the text gives them.
 *
 * @example
 * ```ts
 * const mention: OfficerMention = {
 *   rank: 'AKBP',
 *   name: 'Imam Tarmudi',
 *   titles: [],
 *   honorifics: [],
 *   position: { code: 'wadirbinmas', text: 'Wadir Binmas' },
 *   former: false,
 * };
 * ```
 * @category People
 */
export interface OfficerMention {
  /** The officer's rank. */
  rank: RankCode;
  /** The person's name only, as written (no rank, titles or honorifics). */
  name: string;
  /** Academic titles in canonical form and written order (`SIK` → `S.I.K.`; `Dr.` included). */
  titles: string[];
  /** Honorifics before the name, canonical (`H.`, `Hj.`, `K.H.`). */
  honorifics: string[];
  /** The position, as written (`'Kapolres'`, `'Wadir Binmas'`) with its code when known. */
  position?: { code?: PositionCode; text: string };
  /** The unit named with the position ("Kapolres **Banyuasin**" → Polres Banyuasin). */
  unit?: UnitMention;
  /**
   * The village a Bhabinkamtibmas serves, as written after the position ("Bhabinkamtibmas **Desa
   * Lamreung**" → `'Desa Lamreung'`, also Kelurahan, Pekon, Nagari, Gampong, Kampung …). Like the
   * unit, it is not part of `position.text`, which stays the title (`'Bhabinkamtibmas'`).
   */
  village?: string;
  /** `true` for "mantan …"/"eks …". */
  former: boolean;
  /** Acting prefix of the position: `'pj'`, `'plt'`, `'plh'` or `'ps'`. */
  acting?: string;
}

/**
 * Reads the first police officer named in a text: rank (any form {@link parseRank} knows, except
 * documented misspellings), name, honorifics and titles, and the position and unit written before
 * or after the name. Handles `Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K.`, `Kombes, Pol.Hendra`,
 * glued honorifics (`H.Rudi`), initials (`Moh.`, `A.R.`), Balinese names (`I Gusti Ngurah …`),
 * the name before the rank, `selaku Kapolsek`, acting prefixes (`Plt.`) and `mantan`. When two
 * officers are joined ("… melalui …"), this returns the first; {@link parseOfficerMentions}
 * returns all. Never throws; linear in the text length.
 *
 * @param text - A mention or a whole article.
 * @returns The first officer mention, or `undefined` when the text names no officer.
 * @example
 * ```ts
 * parseOfficerMention('Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi')
 * //=> { rank: 'AKBP', name: 'Imam Tarmudi', titles: [], honorifics: [],
 * //     position: { code: 'wadirbinmas', text: 'Wadir Binmas' },
 * //     unit: { kind: 'polda', name: 'Sumsel', displayName: 'Polda Sumsel', … }, former: false }
 * parseOfficerMention('Ipda Suharno, SH selaku Kapolsek')
 * //=> { rank: 'IPDA', name: 'Suharno', titles: ['S.H.'], honorifics: [],
 * //     position: { code: 'kapolsek', text: 'Kapolsek' }, former: false }
 * ```
 * @category People
 */
export function parseOfficerMention(text: string): OfficerMention | undefined {
  const found = readOfficerMentions(text, 1)[0];
  if (found === undefined) return undefined;
  const { start: _start, end: _end, ...mention } = found;
  return mention;
}
