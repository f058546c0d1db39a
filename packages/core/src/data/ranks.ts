import type { Rank } from '../model/rank';

/**
 * The Polri rank ladder: all 22 ranks in ascending order (index 0 = level 1, Bharada; index 21 =
 * level 22, Jenderal Polisi), per Perkap 3/2016 Bab II Pasal 3 as amended by Perkap 5/2017 and
 * Perpol 11/2018 [S1][S3][S7]. Rank names date from Skep Kapolri Skep/1259/X/2000 [S6][S9].
 * Source ids `[S#]` refer to `shared/domain/polri.md`.
 *
 * Fields marked **UNCONFIRMED** in an entry's comment are plausible defaults that no source
 * confirmed (mostly English names and TNI equivalents of the Tamtama ranks).
 *
 * - `aliases` — other Indonesian forms news prints; every alias is also accepted with a trailing
 *   `Pol`, `Pol.` or `Polisi` by {@link parseRank}.
 * - `misspellings` — documented typos; {@link parseRank} accepts them, the officer-mention parser
 *   does not start a mention on them (they are also given names: "Irda", "Baraka").
 *
 * @example
 * ```ts
 * RANKS[17].abbreviation
 * //=> 'Kombes Pol'
 * RANKS.find((rank) => rank.code === 'AKBP')?.level
 * //=> 17
 * ```
 * @category Ranks
 */
export const RANKS = [
  /** Level 1, entry rank of Diktuk Tamtama [S1][S125]. Insignia [S5]; TNI equivalent [S12]. English name **UNCONFIRMED** (no source; built on the pattern of the sourced names). */
  {
    code: 'BHARADA',
    name: 'Bhayangkara Dua',
    abbreviation: 'Bharada',
    aliases: [],
    misspellings: [],
    englishName: 'Second Bhayangkara',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 1,
    insignia: '1 balok miring merah',
    tniEquivalent: { name: 'Prajurit Dua', abbreviation: 'Prada' },
  },
  /** Level 2 [S1]. Insignia [S5]; TNI equivalent [S12]. English name **UNCONFIRMED** (pattern). */
  {
    code: 'BHARATU',
    name: 'Bhayangkara Satu',
    abbreviation: 'Bharatu',
    aliases: [],
    misspellings: [],
    englishName: 'First Bhayangkara',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 2,
    insignia: '2 balok miring merah',
    tniEquivalent: { name: 'Prajurit Satu', abbreviation: 'Pratu' },
  },
  /** Level 3 [S1]; misspelt "Baraka" [S21]. Insignia [S2][S5]; TNI equivalent [S12]. English name **UNCONFIRMED** (pattern). */
  {
    code: 'BHARAKA',
    name: 'Bhayangkara Kepala',
    abbreviation: 'Bharaka',
    aliases: ['Baraka'],
    misspellings: ['Baraka'],
    englishName: 'Chief Bhayangkara',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 3,
    insignia: '3 balok miring merah',
    tniEquivalent: { name: 'Prajurit Kepala', abbreviation: 'Praka' },
  },
  /** Level 4 [S1]; short form without "Polisi" [S2][S14]. Insignia [S2][S5]. TNI equivalent and English name **UNCONFIRMED**. */
  {
    code: 'ABRIPDA',
    name: 'Ajun Brigadir Polisi Dua',
    abbreviation: 'Abripda',
    aliases: ['Ajun Brigadir Dua'],
    misspellings: [],
    englishName: 'Second Police Brigadier Adjutant',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 4,
    insignia: '1 balok panah merah',
    tniEquivalent: { name: 'Kopral Dua', abbreviation: 'Kopda', unconfirmed: true },
  },
  /** Level 5 [S1]; "Ajun Brigadir Satu" [S2][S14]. Insignia [S2][S5]. TNI equivalent and English name **UNCONFIRMED**. */
  {
    code: 'ABRIPTU',
    name: 'Ajun Brigadir Polisi Satu',
    abbreviation: 'Abriptu',
    aliases: ['Ajun Brigadir Satu'],
    misspellings: [],
    englishName: 'First Police Brigadier Adjutant',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 5,
    insignia: '2 balok panah merah',
    tniEquivalent: { name: 'Kopral Satu', abbreviation: 'Koptu', unconfirmed: true },
  },
  /** Level 6: "Abrip" [S1] / "Abrippol" [S2][S14]; "ABRIPOL" in SQL dumps (polri.md §7). Insignia [S2][S5]. TNI equivalent and English name **UNCONFIRMED**. */
  {
    code: 'ABRIP',
    name: 'Ajun Brigadir Polisi',
    abbreviation: 'Abrip',
    aliases: ['Abrippol', 'Abripol', 'Ajun Brigadir'],
    misspellings: [],
    englishName: 'Police Brigadier Adjutant',
    englishAliases: [],
    group: 'tamtama',
    legalGroup: 'tamtama',
    level: 6,
    insignia: '3 balok panah merah',
    tniEquivalent: { name: 'Kopral Kepala', abbreviation: 'Kopka', unconfirmed: true },
  },
  /** Level 7, entry rank of Diktuk Bintara/SPN [S1][S125][S126]. Insignia [S2][S4]; TNI equivalent [S112]. English name **UNCONFIRMED** (pattern). */
  {
    code: 'BRIPDA',
    name: 'Brigadir Polisi Dua',
    abbreviation: 'Bripda',
    aliases: ['Brigadir Dua'],
    misspellings: [],
    englishName: 'Second Police Brigadier',
    englishAliases: [],
    group: 'bintara',
    legalGroup: 'bintara',
    level: 7,
    insignia: '1 balok panah perak',
    tniEquivalent: { name: 'Sersan Dua', abbreviation: 'Serda' },
  },
  /** Level 8 [S1]. Insignia [S2][S4]; TNI equivalent [S112]. English name **UNCONFIRMED** (pattern). */
  {
    code: 'BRIPTU',
    name: 'Brigadir Polisi Satu',
    abbreviation: 'Briptu',
    aliases: ['Brigadir Satu'],
    misspellings: [],
    englishName: 'First Police Brigadier',
    englishAliases: [],
    group: 'bintara',
    legalGroup: 'bintara',
    level: 8,
    insignia: '2 balok panah perak',
    tniEquivalent: { name: 'Sersan Satu', abbreviation: 'Sertu' },
  },
  /** Level 9: "Brigpol" in the Perkap list, plain "Brigadir" usual in news [S1][S51]. Insignia [S2][S4]; TNI equivalent [S112]. English name **UNCONFIRMED** (pattern). */
  {
    code: 'BRIGPOL',
    name: 'Brigadir Polisi',
    abbreviation: 'Brigpol',
    aliases: ['Brigadir'],
    misspellings: [],
    englishName: 'Police Brigadier',
    englishAliases: [],
    group: 'bintara',
    legalGroup: 'bintara',
    level: 9,
    insignia: '3 balok panah perak',
    tniEquivalent: { name: 'Sersan Kepala', abbreviation: 'Serka' },
  },
  /** Level 10 [S1]. Insignia [S2][S4]; TNI equivalent [S112]; English [S10]. Typo "Bribka" in news (see RANK_TYPOS_IN_TEXT). */
  {
    code: 'BRIPKA',
    name: 'Brigadir Polisi Kepala',
    abbreviation: 'Bripka',
    aliases: ['Brigadir Kepala', 'Bribka'],
    misspellings: ['Bribka'],
    englishName: 'Chief Police Brigadier',
    englishAliases: [],
    group: 'bintara',
    legalGroup: 'bintara',
    level: 10,
    insignia: '4 balok panah perak',
    tniEquivalent: { name: 'Sersan Mayor', abbreviation: 'Serma' },
  },
  /** Level 11 [S1]; informal group Bintara Tinggi [S9][S13][S21]. Insignia [S2][S4]; TNI equivalent and English [S9][S10]. Short form "Ajun Inspektur Dua" follows the sourced pattern of "Brigadir Dua" — **UNCONFIRMED**. */
  {
    code: 'AIPDA',
    name: 'Ajun Inspektur Polisi Dua',
    abbreviation: 'Aipda',
    aliases: ['Ajun Inspektur Dua'],
    misspellings: [],
    englishName: 'Second Police Inspector Adjutant',
    englishAliases: [],
    group: 'bintara-tinggi',
    legalGroup: 'bintara',
    level: 11,
    insignia: '1 balok bergelombang perak',
    tniEquivalent: { name: 'Pembantu Letnan Dua', abbreviation: 'Pelda' },
  },
  /** Level 12 [S1]; informal group Bintara Tinggi [S9][S13][S21]. Insignia [S2][S4]; TNI equivalent and English [S9][S10]. Short form "Ajun Inspektur Satu" — **UNCONFIRMED** (pattern). */
  {
    code: 'AIPTU',
    name: 'Ajun Inspektur Polisi Satu',
    abbreviation: 'Aiptu',
    aliases: ['Ajun Inspektur Satu'],
    misspellings: [],
    englishName: 'First Police Inspector Adjutant',
    englishAliases: [],
    group: 'bintara-tinggi',
    legalGroup: 'bintara',
    level: 12,
    insignia: '2 balok bergelombang perak',
    tniEquivalent: { name: 'Pembantu Letnan Satu', abbreviation: 'Peltu' },
  },
  /** Level 13, entry rank of Akpol and SIPSS [S1][S125][S126]; typo "Irda" on blogs [S116][S26]. Insignia [S2][S4]; TNI equivalent and English [S9][S10]. Short form "Inspektur Dua" — **UNCONFIRMED** (pattern). */
  {
    code: 'IPDA',
    name: 'Inspektur Polisi Dua',
    abbreviation: 'Ipda',
    aliases: ['Inspektur Dua', 'Irda'],
    misspellings: ['Irda'],
    englishName: 'Second Police Inspector',
    englishAliases: [],
    group: 'pama',
    legalGroup: 'pama',
    level: 13,
    insignia: '1 balok emas',
    tniEquivalent: { name: 'Letnan Dua' },
  },
  /** Level 14 [S1]. Insignia [S2][S4]; TNI equivalent and English [S9][S10]. Short form "Inspektur Satu" — **UNCONFIRMED** (pattern). */
  {
    code: 'IPTU',
    name: 'Inspektur Polisi Satu',
    abbreviation: 'Iptu',
    aliases: ['Inspektur Satu'],
    misspellings: [],
    englishName: 'First Police Inspector',
    englishAliases: [],
    group: 'pama',
    legalGroup: 'pama',
    level: 14,
    insignia: '2 balok emas',
    tniEquivalent: { name: 'Letnan Satu' },
  },
  /** Level 15 [S1]. Insignia [S2][S4]; TNI equivalent and English [S9][S10]; "Senior Inspector" is the 2000–01 British-style name [S112][S10]. Short form "Ajun Komisaris" — **UNCONFIRMED** (pattern). */
  {
    code: 'AKP',
    name: 'Ajun Komisaris Polisi',
    abbreviation: 'AKP',
    aliases: ['Ajun Komisaris'],
    misspellings: [],
    englishName: 'Police Commissioner Adjutant',
    englishAliases: ['Senior Inspector'],
    group: 'pama',
    legalGroup: 'pama',
    level: 15,
    insignia: '3 balok emas',
    tniEquivalent: { name: 'Kapten' },
  },
  /** Level 16 [S1]. Insignia [S2]; TNI equivalent and English [S9][S10]; "Comr." (Jakarta Post) [S17]; "Assistant Superintendent" = 2000–01 name [S112][S10]. Bare "Komisaris" is deliberately not an alias: it is the first word of Kombes/Komjen and a civilian title. */
  {
    code: 'KOMPOL',
    name: 'Komisaris Polisi',
    abbreviation: 'Kompol',
    aliases: [],
    misspellings: [],
    englishName: 'Police Commissioner',
    englishAliases: ['Comr.', 'Assistant Superintendent'],
    group: 'pamen',
    legalGroup: 'pamen',
    level: 16,
    insignia: '1 melati emas',
    tniEquivalent: { name: 'Mayor' },
  },
  /** Level 17 [S1]. Insignia [S2]; TNI equivalent and English [S9][S10]; "Superintendent" = 2000–01 name [S112][S10]. "Adjunct Senior Commissioner" is **UNCONFIRMED** and not listed. Short form "Ajun Komisaris Besar" — **UNCONFIRMED** (pattern). Typo "AKPB" in news (see RANK_TYPOS_IN_TEXT). */
  {
    code: 'AKBP',
    name: 'Ajun Komisaris Besar Polisi',
    abbreviation: 'AKBP',
    aliases: ['Ajun Komisaris Besar', 'AKPB'],
    misspellings: ['AKPB'],
    englishName: 'Police Grand Commissioner Adjutant',
    englishAliases: ['Superintendent'],
    group: 'pamen',
    legalGroup: 'pamen',
    level: 17,
    insignia: '2 melati emas',
    tniEquivalent: { name: 'Letnan Kolonel' },
  },
  /** Level 18 [S1][S10]. Insignia [S2][S4]; TNI equivalent [S9][S10]; English: "Police Grand Commissioner" [S10], "Senior Commissioner" (Antara) [S18], "Senior Superintendent" = 2000–01 name [S112][S10]. Alias `KBP` (Komisaris Besar Polisi) as printed by a Gorontalo outlet for the Dir Binmas and the Kapolresta: "Dir Binmas Polda Gorontalo KBP. Amirjan", "KBP Ade Permana" (read.id, 2024, https://read.id/polres-gorontalo-terima-keluhan-money-politik-diprogram-jumat-curhat/; not in polri.md's sources). */
  {
    code: 'KOMBES',
    name: 'Komisaris Besar Polisi',
    abbreviation: 'Kombes Pol',
    aliases: ['Kombes', 'Kombespol', 'Komisaris Besar', 'KBP'],
    misspellings: [],
    englishName: 'Police Grand Commissioner',
    englishAliases: ['Senior Commissioner', 'Senior Superintendent'],
    group: 'pamen',
    legalGroup: 'pamen',
    level: 18,
    insignia: '3 melati emas',
    tniEquivalent: { name: 'Kolonel' },
  },
  /** Level 19 [S1]; "Brigjend" [S46]. Insignia [S2]; TNI equivalent and English [S9][S10]; "Brig. Gen." [S16]. "Brigadir Jendral": the rank spelled out with the common non-standard "Jendral" (see JENDERAL), "Kapolda Kepulauan Babel Brigadir Jendral (Pol) Syaiful Zachri" (babel.antaranews.com/amp/berita/72109). Typo "Brigen" in news (see RANK_TYPOS_IN_TEXT). */
  {
    code: 'BRIGJEN',
    name: 'Brigadir Jenderal Polisi',
    abbreviation: 'Brigjen Pol',
    aliases: ['Brigjen', 'Brigjend', 'Brigadir Jenderal', 'Brigadir Jendral', 'Brigen'],
    misspellings: ['Brigen'],
    englishName: 'Police Brigadier General',
    englishAliases: ['Brig. Gen.', 'Brigadier General'],
    group: 'pati',
    legalGroup: 'pati',
    level: 19,
    insignia: '1 bintang',
    tniEquivalent: { name: 'Brigadir Jenderal' },
  },
  /**
   * Level 20 [S1]. Insignia [S2]; TNI equivalent and English [S9][S10]; "Insp. Gen." (Jakarta Post/Jakarta Globe) [S16][S19].
   * "Irjend", as "Brigjend" for Brigjen [S46]: "Kapolda Sulawesi Utara (Sulut) Irjend Pol Drs Nana
   * Sudjana" (bolmong.news/?p=22365).
   */
  {
    code: 'IRJEN',
    name: 'Inspektur Jenderal Polisi',
    abbreviation: 'Irjen Pol',
    aliases: ['Irjen', 'Inspektur Jenderal', 'Irjend'],
    misspellings: [],
    englishName: 'Police Inspector General',
    englishAliases: ['Insp. Gen.', 'Inspector General'],
    group: 'pati',
    legalGroup: 'pati',
    level: 20,
    insignia: '2 bintang',
    tniEquivalent: { name: 'Mayor Jenderal' },
  },
  /** Level 21 [S1]. Insignia [S2]; TNI equivalent and English [S9][S10]. */
  {
    code: 'KOMJEN',
    name: 'Komisaris Jenderal Polisi',
    abbreviation: 'Komjen Pol',
    aliases: ['Komjen', 'Komisaris Jenderal'],
    misspellings: [],
    englishName: 'Police Commissioner General',
    englishAliases: [],
    group: 'pati',
    legalGroup: 'pati',
    level: 21,
    insignia: '3 bintang',
    tniEquivalent: { name: 'Letnan Jenderal' },
  },
  /**
   * Level 22, held by the Kapolri [S6][S10][S15]. Insignia [S2][S15]; TNI equivalent and English [S9][S10]; "General" (Antara/Medcom) [S128].
   * "Jendral" is the common non-standard spelling ("Kapolri, Jendral Pol Tito Karnavian",
   * radarlombok.co.id/polres-lombok-utara-resmi-definitif.html; "Kapolri Jendral Sutarman", aktual.com).
   */
  {
    code: 'JENDERAL',
    name: 'Jenderal Polisi',
    abbreviation: 'Jenderal Pol',
    aliases: ['Jenderal', 'Jend. Pol.', 'Jend.', 'Jendral'],
    misspellings: [],
    englishName: 'Police General',
    englishAliases: ['General'],
    group: 'pati',
    legalGroup: 'pati',
    level: 22,
    insignia: '4 bintang emas',
    tniEquivalent: { name: 'Jenderal' },
  },
] as const satisfies readonly Rank[];
