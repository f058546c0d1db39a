/**
 * One regional abbreviation that news uses for a regency or city.
 *
 * @example
 * ```ts
 * const entry: RegionAbbreviation = { abbreviation: 'Muba', regencyCode: '16.06', name: 'Musi Banyuasin', confirmed: true };
 * ```
 * @category Regions
 */
export interface RegionAbbreviation {
  /** The abbreviation as news writes it, e.g. `'Muba'`, `'OKU Timur'`. */
  readonly abbreviation: string;
  /** Kemendagri code of the regency or city, e.g. `'16.06'`. */
  readonly regencyCode: string;
  /** Name of the regency without its level word, e.g. `'Musi Banyuasin'`. */
  readonly name: string;
  /** `false` where no source in the domain notes shows the abbreviation in use (**UNCONFIRMED**). */
  readonly confirmed: boolean;
}

/**
 * Regional abbreviations seen in news, mapped to Kemendagri regency codes (domain notes `polri.md`
 * §5, sources S49–S70, S120). Entries with `confirmed: false` are common forms that no source in
 * the notes shows (**UNCONFIRMED**): `Mura` (Musi Rawas) and, from the project brief, `OI`
 * (Ogan Ilir) and `Inhil` (Indragiri Hilir).
 *
 * @example
 * ```ts
 * REGION_ABBREVIATIONS.find((a) => a.abbreviation === 'Lamsel')?.regencyCode
 * //=> '18.01'
 * ```
 * @category Regions
 */
export const REGION_ABBREVIATIONS = [
  { abbreviation: 'Muba', regencyCode: '16.06', name: 'Musi Banyuasin', confirmed: true },
  { abbreviation: 'OKI', regencyCode: '16.02', name: 'Ogan Komering Ilir', confirmed: true },
  { abbreviation: 'OKU', regencyCode: '16.01', name: 'Ogan Komering Ulu', confirmed: true },
  { abbreviation: 'OKU Timur', regencyCode: '16.08', name: 'Ogan Komering Ulu Timur', confirmed: true },
  { abbreviation: 'OKU Selatan', regencyCode: '16.09', name: 'Ogan Komering Ulu Selatan', confirmed: true },
  { abbreviation: 'PALI', regencyCode: '16.12', name: 'Penukal Abab Lematang Ilir', confirmed: true },
  { abbreviation: 'Muratara', regencyCode: '16.13', name: 'Musi Rawas Utara', confirmed: true },
  { abbreviation: 'Mura', regencyCode: '16.05', name: 'Musi Rawas', confirmed: false },
  { abbreviation: 'OI', regencyCode: '16.10', name: 'Ogan Ilir', confirmed: false },
  { abbreviation: 'BS', regencyCode: '17.01', name: 'Bengkulu Selatan', confirmed: true },
  { abbreviation: 'BU', regencyCode: '17.03', name: 'Bengkulu Utara', confirmed: true },
  { abbreviation: 'RL', regencyCode: '17.02', name: 'Rejang Lebong', confirmed: true },
  { abbreviation: 'Lamsel', regencyCode: '18.01', name: 'Lampung Selatan', confirmed: true },
  { abbreviation: 'Labusel', regencyCode: '12.22', name: 'Labuhanbatu Selatan', confirmed: true },
  { abbreviation: 'Sergai', regencyCode: '12.18', name: 'Serdang Bedagai', confirmed: true },
  { abbreviation: 'Inhil', regencyCode: '14.04', name: 'Indragiri Hilir', confirmed: false },
  { abbreviation: 'TTU', regencyCode: '53.03', name: 'Timor Tengah Utara', confirmed: true },
  { abbreviation: 'Kukar', regencyCode: '64.02', name: 'Kutai Kartanegara', confirmed: true },
  { abbreviation: 'PPU', regencyCode: '64.09', name: 'Penajam Paser Utara', confirmed: true },
  { abbreviation: 'HSU', regencyCode: '63.08', name: 'Hulu Sungai Utara', confirmed: true },
  { abbreviation: 'Halut', regencyCode: '82.03', name: 'Halmahera Utara', confirmed: true },
] as const satisfies readonly RegionAbbreviation[];

/**
 * The leading word of island province names ("Kepulauan Bangka Belitung") and how news shortens
 * it: dropped ("Polda Bangka Belitung") or abbreviated ("Polda Kep. Babel"). A shortened name is
 * read only where no other Polda has that name ("Kepulauan Riau" without its word is Riau).
 *
 * @example
 * ```ts
 * ISLAND_PROVINCE_WORD.abbreviation
 * //=> 'Kep.'
 * ```
 * @category Regions
 */
export const ISLAND_PROVINCE_WORD = { word: 'Kepulauan', abbreviation: 'Kep.' } as const satisfies {
  word: string;
  abbreviation: string;
};
