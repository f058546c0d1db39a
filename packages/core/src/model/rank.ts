import type { RankCode } from '../data/rankCodes';

/**
 * Rank group as most sources print it: the legal Perwira group split into Pati, Pamen and Pama,
 * plus the informal **Bintara Tinggi** (Aiptu, Aipda) that many sources separate from Bintara.
 *
 * - `pati` — Perwira Tinggi (Brigjen … Jenderal)
 * - `pamen` — Perwira Menengah (Kompol, AKBP, Kombes)
 * - `pama` — Perwira Pertama (Ipda, Iptu, AKP)
 * - `bintara-tinggi` — Aipda, Aiptu (informal; legally Bintara)
 * - `bintara` — Bripda … Bripka
 * - `tamtama` — Bharada … Abrip
 *
 * @example
 * ```ts
 * const group: RankGroup = 'pamen';
 * ```
 * @category Ranks
 */
export type RankGroup = 'pati' | 'pamen' | 'pama' | 'bintara-tinggi' | 'bintara' | 'tamtama';

/**
 * Rank group as Perkap 3/2016 Bab II Pasal 3 defines it (Perwira Tinggi/Menengah/Pertama,
 * Bintara, Tamtama): like {@link RankGroup} but without the informal `bintara-tinggi`.
 *
 * @example
 * ```ts
 * const legal: LegalRankGroup = 'bintara'; // Aiptu's legal group
 * ```
 * @category Ranks
 */
export type LegalRankGroup = 'pati' | 'pamen' | 'pama' | 'bintara' | 'tamtama';

/**
 * The TNI-AD (army) rank at the same level as a Polri rank.
 *
 * @example
 * ```ts
 * const tni: TniRankEquivalent = { name: 'Pembantu Letnan Satu', abbreviation: 'Peltu' };
 * ```
 * @category Ranks
 */
export interface TniRankEquivalent {
  /** Full TNI-AD rank name, e.g. `'Kolonel'`. */
  name: string;
  /** Abbreviation where the sources give one, e.g. `'Peltu'`. */
  abbreviation?: string;
  /** `true` when no source confirms the equivalence (it is inferred from the ladder position). */
  unconfirmed?: boolean;
}

/**
 * One rung of the Polri rank ladder (Perkap 3/2016 as amended by Perpol 11/2018).
 *
 * @example
 * ```ts
 * const kombes: Rank = {
 *   code: 'KOMBES',
 *   name: 'Komisaris Besar Polisi',
 *   abbreviation: 'Kombes Pol',
 *   aliases: ['Kombes', 'Kombespol'],
 *   misspellings: [],
 *   englishAliases: ['Senior Commissioner'],
 *   group: 'pamen',
 *   legalGroup: 'pamen',
 *   level: 18,
 *   englishName: 'Police Grand Commissioner',
 *   insignia: '3 melati emas',
 *   tniEquivalent: { name: 'Kolonel' },
 * };
 * ```
 * @category Ranks
 */
export interface Rank {
  /** Stable code, e.g. `'KOMBES'`. */
  code: RankCode;
  /** Official Indonesian name, e.g. `'Komisaris Besar Polisi'`. */
  name: string;
  /** Abbreviation as the Perkap list and news write it, e.g. `'Kombes Pol'`, `'AKBP'`. */
  abbreviation: string;
  /**
   * Other Indonesian forms printed in news and lists (short forms, glued forms, old spellings,
   * documented typos). The parser also accepts every alias with or without `Pol`/`Pol.`/`Polisi`.
   */
  aliases: readonly string[];
  /**
   * The documented misspellings among {@link Rank.aliases} (e.g. `'Baraka'`, `'Irda'`). {@link parseRank} accepts them; the
   * officer-mention parser does not, because they are also people's names.
   */
  misspellings: readonly string[];
  /** English forms other than {@link Rank.englishName} seen in English-language media. */
  englishAliases: readonly string[];
  /** Group as most sources print it (with the informal Bintara Tinggi). */
  group: RankGroup;
  /** Group per Perkap 3/2016 Pasal 3. */
  legalGroup: LegalRankGroup;
  /** 1 (Bharada, lowest) … 22 (Jenderal Polisi, highest). */
  level: number;
  /** English name. Several are **UNCONFIRMED** (see the data's comments). */
  englishName: string;
  /** Shoulder insignia, in Indonesian as the sources describe it. */
  insignia: string;
  /** TNI-AD rank at the same level. */
  tniEquivalent: TniRankEquivalent;
}
