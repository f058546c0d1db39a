/**
 * Word lists the officer-mention reader uses around names, each in one place. Words are matched by
 * their letter key (lower case, no dots), so `'Moh.'` is listed as `'moh'`. Sources: the domain
 * notes (`polri.md` §6 titles, §8 gotchas) and the way the seed articles and the officer-mention
 * corpora write names; none of these words is a domain fact beyond Indonesian usage.
 *
 * @example
 * ```ts
 * NAME_CONNECTORS.includes('melalui')
 * //=> true
 * ```
 * @category People
 */
export const NAME_CONNECTORS = [
  // Delegation and company: "Kapolres A melalui Kapolsek B", "didampingi", "diwakili" ("melakui":
  // a typo of "melalui" in seed article 004).
  'melalui',
  'melakui',
  'didampingi',
  'diwakili',
  'mewakili',
  'bersama',
  'beserta',
  // "Ipda Suharno selaku Kapolsek".
  'selaku',
  'sebagai',
  'dan',
  'serta',
  'atau',
  'yang',
  'kepada',
  'dari',
  'untuk',
  'pada',
  // "mantan Kapolres", "eks Kapolda".
  'mantan',
  'eks',
  // Weekdays (a date often follows a name: "AKBP Imam Tarmudi Jumat (24/11)").
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
  'minggu',
  'ahad',
] as const satisfies readonly string[];

/**
 * Words between a name and the position after it, one or two of them: "Ipda Suharno, SH **selaku**
 * Kapolsek", "Kompol Nazarudin, sebelumnya **menjabat sebagai** Wakapolres Donggala"
 * (HOLDOUT4, Sulteng), "AKBP Albertus Neno **ditunjuk menjabat** PS Kapolres Malaka" (HOLDOUT4, NTT).
 *
 * @example
 * ```ts
 * AS_WORDS
 * //=> ['selaku', 'sebagai', 'menjabat', 'ditunjuk']
 * ```
 * @category People
 */
export const AS_WORDS = ['selaku', 'sebagai', 'menjabat', 'ditunjuk'] as const satisfies readonly string[];

/**
 * Words before {@link AS_WORDS} that make the position after a name a former one: "Kompol
 * Nazarudin, **sebelumnya** menjabat sebagai Wakapolres Donggala".
 *
 * @example
 * ```ts
 * PREVIOUSLY_WORDS
 * //=> ['sebelumnya']
 * ```
 * @category People
 */
export const PREVIOUSLY_WORDS = ['sebelumnya'] as const satisfies readonly string[];

/**
 * Words that mark a former holder of a position: "**mantan** Kapolres", "**eks** Kapolda".
 *
 * @example
 * ```ts
 * FORMER_WORDS
 * //=> ['mantan', 'eks']
 * ```
 * @category People
 */
export const FORMER_WORDS = ['mantan', 'eks'] as const satisfies readonly string[];

/**
 * Two-word qualifiers of a position written right before its holder, as news introduces a new
 * chief: "Kapolres Merauke **yang baru**, AKBP I Ketut Suarnaya" (corpus 086, arafuranews.com). The
 * position and its unit are still the officer's.
 *
 * @example
 * ```ts
 * NEW_HOLDER_QUALIFIERS
 * //=> ['yang baru']
 * ```
 * @category People
 */
export const NEW_HOLDER_QUALIFIERS = ['yang baru'] as const satisfies readonly string[];

/**
 * Retirement marks written between a rank and a name ("Irjen Pol (Purn) …", "AKBP Purnawirawan
 * Jamalis"): not part of the name.
 *
 * @example
 * ```ts
 * RETIRED_WORDS.includes('purn')
 * //=> true
 * ```
 * @category People
 */
export const RETIRED_WORDS = ['purn', 'purnawirawan'] as const satisfies readonly string[];

/**
 * Documented rank typos ({@link Rank.misspellings}) that may open an officer mention in running
 * text: none of them is an Indonesian word or a name, so reading them costs no false mention
 * ("Baraka" and "Irda" are names, and stay accepted only where a rank is expected, by `parseRank`).
 * Each was seen in news more than once:
 * - `AKPB` — "Kapolres Minahasa AKPB Henny Posumah" (indonesiatimur.co, 2014), "Kapolres Serang Kota
 *   AKPB Komarudin" (bantenhits.com, 2018), "Kapolres Bengkulu Utara AKPB Lambe Patabang Birana"
 *   (kawalnews.com, 2024), "AKPB M.B. Pranatal Hutajulu" (tribratanewsbangkatengah.com);
 * - `Bribka` — "Bhabinkamtibmas Tana Merah Bribka Riko" (kominfosandi.kamparkab.go.id);
 * - `Brigen` — "Kepala Kepolisian (Kapolda) Provinsi Papua Barat, Brigen Pol Rudolf Albert Rodja"
 *   (nasional.tagar.id).
 *
 * @example
 * ```ts
 * RANK_TYPOS_IN_TEXT.includes('AKPB')
 * //=> true
 * ```
 * @category People
 */
export const RANK_TYPOS_IN_TEXT = ['AKPB', 'Bribka', 'Brigen'] as const satisfies readonly string[];

/**
 * The "Polisi" suffix of a rank ("Kombes Pol", "Brigadir Polisi") and words that end a name for the
 * same reason: they belong to the rank or the force, never to the person.
 *
 * @example
 * ```ts
 * RANK_SUFFIX_WORDS
 * //=> ['pol', 'polisi']
 * ```
 * @category People
 */
export const RANK_SUFFIX_WORDS = ['pol', 'polisi'] as const satisfies readonly string[];

/**
 * Abbreviated first or middle names that end in a dot and continue the name ("Moh. Ridwan",
 * "Abd. Rahman"). Single capital letters ("A. R.") and short all-capital initials ("AR.", "HP.")
 * continue a name without being listed.
 *
 * @example
 * ```ts
 * ABBREVIATED_NAMES.includes('moh')
 * //=> true
 * ```
 * @category People
 */
export const ABBREVIATED_NAMES = [
  'moh',
  'muh',
  'mhd',
  'moch',
  'much',
  'muhd',
  'mohd',
  'abd',
  'ach',
  'md',
  'sy',
  'st',
  // Datuk, the Minangkabau adat title that opens the rest of a name ("Bupati Limapuluh Kota H.
  // Safaruddin Dt. Bandaro Rajo"; corpus 014).
  'dt',
] as const satisfies readonly string[];

/**
 * Longest all-capital word read as initials when a dot follows it ("AR. Tinambunan", "HP.
 * Sibagariang", "Rico Surya Ardana D.").
 *
 * @example
 * ```ts
 * MAX_INITIALS_LENGTH
 * //=> 3
 * ```
 * @category People
 */
export const MAX_INITIALS_LENGTH = 3;

/**
 * Lower-case words that may sit inside a name ("Ahmad **bin** Said", "Bripka K **alias** Karol":
 * the alias a name goes by, as crime news writes an officer's initial and nickname, HOLDOUT4), and
 * the Dutch and Portuguese particles of family names in Maluku, North Sulawesi and Nusa Tenggara
 * Timur ("Wakapolda Sulut Irjen Pol Jan **de** Fretes", corpus 136; "da Costa", "dos Santos",
 * "van Room").
 *
 * @example
 * ```ts
 * NAME_PARTICLES.includes('de')
 * //=> true
 * ```
 * @category People
 */
export const NAME_PARTICLES = ['bin', 'binti', 'alias', 'de', 'da', 'dos', 'van'] as const satisfies readonly string[];

/**
 * Words that open a police unit and so end a name ("Iptu Suharno **Polres** BS"); a unit word
 * misspelt with a doubled letter (`Pollres`, `Poolres`) ends it too (the reader collapses doubled
 * letters before looking a word up here). Functional units glued to their function (`Satbinmas`,
 * `Ditreskrimum`) are caught by the position grammar's unit words instead.
 *
 * @example
 * ```ts
 * UNIT_OPENING_WORDS.includes('polres')
 * //=> true
 * ```
 * @category People
 */
export const UNIT_OPENING_WORDS = [
  'polri',
  'polda',
  'polres',
  'polresta',
  'polrestabes',
  'polsek',
  'polsekta',
  'polsubsektor',
  'mapolda',
  'mapolres',
  'mapolresta',
  'mapolrestabes',
  'mapolsek',
  'mabes',
  'baharkam',
  'korbinmas',
  'pmj',
] as const satisfies readonly string[];

/**
 * Words before "Jenderal" that make it a street or a civil-service title, not a rank ("Jalan
 * Jenderal Sudirman", "Direktur Jenderal Pajak").
 *
 * @example
 * ```ts
 * NOT_RANK_BEFORE_JENDERAL.includes('jalan')
 * //=> true
 * ```
 * @category People
 */
export const NOT_RANK_BEFORE_JENDERAL = [
  'jalan',
  'jl',
  'jln',
  'direktur',
  'sekretaris',
  'dirjen',
] as const satisfies readonly string[];

/**
 * Words after a rank that make it a military rank, not a police one ("Brigjen **TNI** Ruby
 * Rubiyanto", "Jenderal **TNI** Agus Subiyanto"): the armed forces use Jenderal and Brigjen too, and
 * write "TNI" after the rank as the police write "Pol".
 *
 * @example
 * ```ts
 * MILITARY_RANK_MARKS
 * //=> ['tni']
 * ```
 * @category People
 */
export const MILITARY_RANK_MARKS = ['tni'] as const satisfies readonly string[];

/**
 * Words before a position that make it the post the officer stands in for, not their own:
 * "**mewakili** Dir Narkoba IPDA Reynol" (the Ipda represents the Direktur). "diwakili" (is
 * represented by) is the other way round: the post after it is the officer's own.
 *
 * @example
 * ```ts
 * REPRESENTING_WORDS
 * //=> ['mewakili']
 * ```
 * @category People
 */
export const REPRESENTING_WORDS = ['mewakili'] as const satisfies readonly string[];
