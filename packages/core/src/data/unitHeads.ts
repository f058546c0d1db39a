import type { TerritorialUnitKind } from './unitKinds';

/**
 * One way news writes the head of a territorial unit name: the words before the place name.
 *
 * @example
 * ```ts
 * const head: TerritorialHeadSpelling = { phrase: 'Kepolisian Resor', kind: 'polres', label: 'Polres' };
 * ```
 * @category Units
 */
export interface TerritorialHeadSpelling {
  /** The head as written, matched in any case and spacing (`'Kepolisian Resor'`, `'Polsekta'`). */
  readonly phrase: string;
  /** Kind of unit it names. */
  readonly kind: TerritorialUnitKind;
  /** Canonical head used in the display name (`'Polres'`, `'Polres Metro'`). */
  readonly label: string;
  /** `true` for a "Metro" head: it needs a written place after it, else the shorter head is read. */
  readonly metro?: boolean;
  /** `true` when the head can take the glued headquarters prefix (`Mapolres`, `Mapolsek`). */
  readonly gluedHeadquarters?: boolean;
}

/**
 * Heads of territorial unit names as news writes them (domain notes `polri.md` §2 and §8 gotcha 8,
 * sources S22, S57, S62). Doubled letters (`Pollres`, `Poolres`) need no entry: names are compared
 * by `placeKey`, which collapses runs of one letter.
 *
 * @example
 * ```ts
 * TERRITORIAL_HEADS.find((h) => h.phrase === 'Polsekta')?.kind
 * //=> 'polsek'
 * ```
 * @category Units
 */
export const TERRITORIAL_HEADS = [
  { phrase: 'Polda', kind: 'polda', label: 'Polda', gluedHeadquarters: true },
  { phrase: 'Kepolisian Daerah', kind: 'polda', label: 'Polda' },
  { phrase: 'Polrestabes', kind: 'polrestabes', label: 'Polrestabes', gluedHeadquarters: true },
  { phrase: 'Kepolisian Resor Kota Besar', kind: 'polrestabes', label: 'Polrestabes' },
  { phrase: 'Kepolisian Resort Kota Besar', kind: 'polrestabes', label: 'Polrestabes' },
  { phrase: 'Polresta', kind: 'polresta', label: 'Polresta', gluedHeadquarters: true },
  { phrase: 'Kepolisian Resor Kota', kind: 'polresta', label: 'Polresta' },
  { phrase: 'Kepolisian Resort Kota', kind: 'polresta', label: 'Polresta' },
  { phrase: 'Kepolisian Resor Metropolitan', kind: 'polres-metro', label: 'Polres Metro', metro: true },
  {
    phrase: 'Polres Metro',
    kind: 'polres-metro',
    label: 'Polres Metro',
    metro: true,
    gluedHeadquarters: true,
    // Only when a place follows: "Polres Metro" alone is the Polres of Kota Metro, Lampung (S22, S85, S86).
  },
  { phrase: 'Polres', kind: 'polres', label: 'Polres', gluedHeadquarters: true },
  { phrase: 'Kepolisian Resor', kind: 'polres', label: 'Polres' },
  { phrase: 'Kepolisian Resort', kind: 'polres', label: 'Polres' },
  { phrase: 'Polsek', kind: 'polsek', label: 'Polsek', gluedHeadquarters: true },
  { phrase: 'Polsekta', kind: 'polsek', label: 'Polsek', gluedHeadquarters: true },
  {
    phrase: 'Polsek Metro',
    kind: 'polsek',
    label: 'Polsek Metro',
    metro: true,
    gluedHeadquarters: true,
    // Class prefix of Polsek in the Polda Metro Jaya area ("Polsek Metro Tanah Abang"), only when a place follows (S22).
  },
  { phrase: 'Kepolisian Sektor', kind: 'polsek', label: 'Polsek' },
  { phrase: 'Kepolisian Sektor Kota', kind: 'polsek', label: 'Polsek' },
  {
    phrase: 'KP3',
    kind: 'polsek',
    label: 'KP3',
    // Kesatuan Pelaksana Pengamanan Pelabuhan, a port police post ("Polsek KP3 Pantoloan", media.alkhairaat.id); recorded as kind polsek — its level is UNCONFIRMED.
  },
  { phrase: 'Polsubsektor', kind: 'polsubsektor', label: 'Polsubsektor', gluedHeadquarters: true },
  { phrase: 'Kepolisian Subsektor', kind: 'polsubsektor', label: 'Polsubsektor' },
  { phrase: 'Mabes Polri', kind: 'mabes', label: 'Mabes Polri' },
  { phrase: 'Markas Besar Polri', kind: 'mabes', label: 'Mabes Polri' },
  { phrase: 'Markas Besar Kepolisian Negara Republik Indonesia', kind: 'mabes', label: 'Mabes Polri' },
] as const satisfies readonly TerritorialHeadSpelling[];

/**
 * Glued prefixes that turn a head into its headquarters building: `Mapolres`, `Mapolsek`,
 * `Mapolda` ("Markas", domain notes `polri.md` §8 gotcha 8, S57, S62) and `Makopolres` ("Markas
 * Komando", seen in news: pi-news.online, "Makopolres Tubaba dibangun …"; UNCONFIRMED beyond that).
 *
 * @example
 * ```ts
 * GLUED_HEADQUARTERS_PREFIXES
 * //=> ['ma', 'mako']
 * ```
 * @category Units
 */
export const GLUED_HEADQUARTERS_PREFIXES = ['ma', 'mako'] as const satisfies readonly string[];

/**
 * Words that join a unit to the unit it belongs to: "Polsek Kuantan Hilir **jajaran** Polres
 * Kuantan Singingi" (riauaktual.com), as a space does in "Polsek X Polres Y".
 *
 * @example
 * ```ts
 * CHAIN_CONNECTORS
 * //=> ['jajaran']
 * ```
 * @category Units
 */
export const CHAIN_CONNECTORS = ['jajaran'] as const satisfies readonly string[];

/**
 * Words written before a head that name the headquarters building: "Mako Polres Lebong",
 * "Markas Polda Sumsel", "Markas Komando Polres Kepulauan Sitaro" (portalbhayangkara.web.id, 2026;
 * "Markas Komando di Polres itu", read.id on Polres Gorontalo Utara). "Mako" (Markas Komando) is
 * read as a headquarters the way "Mapolres" is; that news uses it for the territorial unit's own
 * building is seen in news, not in the domain notes (UNCONFIRMED).
 *
 * @example
 * ```ts
 * HEADQUARTERS_WORDS.includes('Mako')
 * //=> true
 * ```
 * @category Units
 */
export const HEADQUARTERS_WORDS = ['Mako', 'Markas', 'Markas Komando'] as const satisfies readonly string[];

/**
 * The word read as Mabes Polri when it follows a unit in a chain ("Divhumas **Polri**",
 * "Korbinmas Baharkam **Polri**"); alone it names the force, not a unit.
 *
 * @example
 * ```ts
 * NATIONAL_PARENT_WORDS
 * //=> ['Polri']
 * ```
 * @category Units
 */
export const NATIONAL_PARENT_WORDS = ['Polri'] as const satisfies readonly string[];

/**
 * Where units with "Metro" in their head lie: Polda Metro Jaya covers DKI Jakarta plus the Depok,
 * Bekasi and Tangerang areas, and all its units carry "Metro" (domain notes `polri.md` §2, S81,
 * S85). Used to settle the district of a "Polsek Metro …" whose name repeats across the country.
 * Which regencies of the Depok, Bekasi and Tangerang areas are covered is **UNCONFIRMED**: listed
 * are Kota Depok, Kota and Kabupaten Bekasi, Kota Tangerang and Kota Tangerang Selatan (Kabupaten
 * Tangerang has its Polresta under Polda Banten).
 *
 * @example
 * ```ts
 * METRO_AREA.provinceCodes
 * //=> ['31']
 * ```
 * @category Units
 */
export const METRO_AREA = {
  provinceCodes: ['31'],
  regencyCodes: ['32.16', '32.75', '32.76', '36.71', '36.74'],
} as const satisfies { provinceCodes: readonly string[]; regencyCodes: readonly string[] };
