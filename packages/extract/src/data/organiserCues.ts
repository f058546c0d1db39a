// The words Indonesian news uses to say who held an activity. Active verbs have the organiser
// before them ("Polres Lampung Selatan menggelar …", "Polsek Kedurang … kumpulkan …"); passive
// cues have it after them ("acara ini diinisasi oleh Polres Banyuasin"). From the seed articles
// (packages/fixtures/test/articles) and the development corpus (corpus/articles). Lower case.
// Data only: no logic.

/**
 * Verbs whose subject (before them in the sentence) holds the activity.
 *
 * @example
 * ```ts
 * ORGANISER_ACTIVE_VERBS.includes('menggelar')
 * //=> true
 * ```
 * @internal
 */
export const ORGANISER_ACTIVE_VERBS = [
  'menggelar',
  'gelar',
  'menggelar kegiatan',
  'melaksanakan',
  'laksanakan',
  'mengadakan',
  'adakan',
  'menyelenggarakan',
  'selenggarakan',
  'melakukan',
  'lakukan',
  'kumpulkan',
  'mengumpulkan',
  'sambangi',
  'menyambangi',
  'kunjungi',
  'mengunjungi',
  'intensifkan',
  'mengintensifkan',
  'giatkan',
  'menggiatkan',
  'hadirkan',
  'menghadirkan',
  'dikomandoi',
  'menyalurkan',
  'salurkan',
  'membagikan',
  'bagikan',
  'deklarasikan',
  'mendeklarasikan',
] as const satisfies readonly string[];

/**
 * Passive cues whose agent (after them) holds the activity.
 *
 * @example
 * ```ts
 * ORGANISER_PASSIVE_CUES.includes('diinisasi oleh')
 * //=> true
 * ```
 * @internal
 */
export const ORGANISER_PASSIVE_CUES = [
  'diinisasi oleh',
  'diinisiasi oleh',
  'digelar oleh',
  'diselenggarakan oleh',
  'dilaksanakan oleh',
  'diadakan oleh',
  'dilakukan oleh',
  'diprakarsai oleh',
  'diprakarsai',
  'yang digelar',
  'yang dilakukan',
  'yang dilaksanakan',
  'yang diselenggarakan',
] as const satisfies readonly string[];

/**
 * Position words that name a unit's head followed by the unit's place ("Kapolsek Kedurang"): the
 * unit word a headline's head stands for.
 *
 * @example
 * ```ts
 * HEAD_TO_UNIT_WORD.kapolsek
 * //=> 'Polsek'
 * ```
 * @internal
 */
export const HEAD_TO_UNIT_WORD = {
  kapolda: 'Polda',
  kapolrestabes: 'Polrestabes',
  kapolresta: 'Polresta',
  kapolres: 'Polres',
  kapolsek: 'Polsek',
  wakapolda: 'Polda',
  wakapolres: 'Polres',
  wakapolresta: 'Polresta',
  wakapolsek: 'Polsek',
  dirbinmas: 'Ditbinmas',
  dirintelkam: 'Ditintelkam',
  'kasat binmas': 'Satbinmas',
  kasatbinmas: 'Satbinmas',
} as const satisfies Record<string, string>;

/**
 * Words that may join the units of one subject ("Polda Sumsel melalui Ditbinmas", "Polres X, dalam
 * hal ini Sat Binmas"); any other word ends the subject ("… didampingi Kapolres Bitung").
 *
 * @example
 * ```ts
 * SUBJECT_LINKS.includes('melalui')
 * //=> true
 * ```
 * @internal
 */
export const SUBJECT_LINKS = [
  'melalui',
  'dalam',
  'hal',
  'ini',
  'yakni',
  'yaitu',
  'jajaran',
  'pihak',
] as const satisfies readonly string[];

/**
 * Openings of a sentence that front an adverbial clause before the subject ("Dalam rangka menjaga
 * kondusivitas …, Polsek Cugenang … menggelar …"): the subject starts after the clause's comma.
 *
 * @example
 * ```ts
 * FRONTED_CLAUSE_STARTS.includes('dalam rangka')
 * //=> true
 * ```
 * @internal
 */
export const FRONTED_CLAUSE_STARTS = [
  'dalam rangka',
  'dalam upaya',
  'sebagai upaya',
  'sebagai bentuk',
  'jelang',
  'menjelang',
  'menghadapi',
  'guna',
  'untuk',
  'demi',
  'pada',
  'di',
  'usai',
  'setelah',
  'selain itu',
  'sementara itu',
] as const satisfies readonly string[];

/** A dateline at a sentence's start ends with a dash within this many characters ("Polres Cianjur - "). */
export const DATELINE_DASH_REACH = 60;
