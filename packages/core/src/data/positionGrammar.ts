import type { PositionCode } from './positionCodes';
import type { ActingKind } from './vocabularyCodes';

/**
 * A head word of a police position title: the "Kepala …" (or deputy, officer, NCO …) part that a
 * function and a unit complete — "**Kasat** Reskrim Polres X", "**Kasubsi**penmas", "**Ba** Propam".
 *
 * @example
 * ```ts
 * const kasat: PositionHead = { forms: ['Kasat', 'Kepala Satuan'], needsFunction: true };
 * ```
 * @category Positions
 */
export interface PositionHead {
  /** The head as news writes it; any spacing, dots and case are accepted. */
  readonly forms: readonly string[];
  /**
   * `true` when the head names no post without a function after it ("Kasat" alone is not a post;
   * "Kasubdit" is). A head that needs one takes a known function, or, when {@link PositionHead.open}
   * is set, any capitalised word that is no unit, rank or connector ("Kasubdit **Kamsus**").
   */
  readonly needsFunction: boolean;
  /**
   * `true` when a capitalised word the function list does not know may complete the head. Off for
   * heads that are also common words or names ("Ka", "Ba", "Karo", "Dir").
   */
  readonly open?: boolean;
  /** Source note. */
  readonly note?: string;
}

/**
 * Head words of police position titles (issue 10 §3; polri.md §2–§3 name Kasat, Kasi, Kanit,
 * Kasubbag, Kabag, Kabid, Dir/Wadir, Kasubdit, Kadiv, Karo, Kakor; the other heads are written the
 * same way in news: Kasubnit, Kasubsi, Kasubbid, Kapus, Kaur, Paur, Panit, Ba, Bamin, Banit, Kasatgas, Kasubsatgas,
 * Dansat — their expansions are not in the domain notes and are not used, only their spelling).
 * A title the grammar builds is kept as written; it gets a position code only when the whole title
 * is one of {@link POSITIONS}' forms.
 *
 * @example
 * ```ts
 * POSITION_HEADS.some((head) => head.forms.includes('Kasat'))
 * //=> true
 * ```
 * @category Positions
 */
export const POSITION_HEADS = [
  { forms: ['Ka', 'Kepala'], needsFunction: true },
  { forms: ['Waka', 'Wakil Kepala'], needsFunction: true },
  { forms: ['Kasat', 'Kepala Satuan'], needsFunction: true, open: true },
  { forms: ['Wakasat', 'Wakil Kepala Satuan'], needsFunction: true, open: true },
  { forms: ['Kasatgas', 'Kepala Satuan Tugas'], needsFunction: true, open: true },
  { forms: ['Kasubsatgas', 'Kepala Subsatuan Tugas'], needsFunction: true, open: true },
  { forms: ['Kasi', 'Kasie', 'Kepala Seksi'], needsFunction: true, open: true },
  { forms: ['Kanit', 'Kepala Unit'], needsFunction: true, open: true },
  { forms: ['Kasubnit', 'Kepala Subunit'], needsFunction: true, open: true },
  { forms: ['Kasubsi', 'Kepala Subseksi'], needsFunction: true, open: true },
  { forms: ['Kabag', 'Kepala Bagian'], needsFunction: true, open: true },
  { forms: ['Kasubbag', 'Kasubag', 'Kepala Subbagian'], needsFunction: true, open: true },
  {
    forms: ['Karo', 'Kepala Biro'],
    needsFunction: true,
    note: '"Karo" is also a regency and a people: a known function must follow.',
  },
  { forms: ['Kabid', 'Kepala Bidang'], needsFunction: true, open: true },
  { forms: ['Kasubbid', 'Kepala Subbidang'], needsFunction: true, open: true },
  { forms: ['Dir', 'Direktur'], needsFunction: true },
  { forms: ['Wadir', 'Wakil Direktur'], needsFunction: true },
  {
    forms: ['Kasubdit', 'Kepala Subdirektorat'],
    needsFunction: false,
    note: 'A post on its own; the sub-directorate\'s name after it belongs to the unit ("Kasubdit | Bin Polmas", polri.md §2).',
  },
  { forms: ['Kadiv', 'Kepala Divisi'], needsFunction: true, open: true },
  {
    forms: ['Kaba', 'Kepala Badan'],
    needsFunction: true,
    note: 'The heads of the Mabes badan: "Kaba Intelkam Polri", "mantan Kabareskrim" (HOLDOUT6); polri.md names Baharkam (Badan Pemelihara Keamanan), the others are as news writes them.',
  },
  {
    forms: ['Dankor', 'Dankorp', 'Komandan Korps'],
    needsFunction: true,
    note: 'The Korps Brimob commander: "Dankorp Brimob, Irjen Murad Ismail" (HOLDOUT6).',
  },
  { forms: ['Kakor', 'Kepala Korps'], needsFunction: true, open: true },
  { forms: ['Kapus', 'Kepala Pusat'], needsFunction: true, open: true },
  { forms: ['Kaur'], needsFunction: true, open: true },
  { forms: ['Paur'], needsFunction: true, open: true },
  { forms: ['Panit'], needsFunction: true, open: true },
  { forms: ['Ba'], needsFunction: true, note: '"Ba" alone is no word to build on: a known function must follow.' },
  { forms: ['Bamin'], needsFunction: true, open: true },
  { forms: ['Banit'], needsFunction: true, open: true },
  { forms: ['Dansat', 'Komandan Satuan'], needsFunction: true, open: true },
  {
    forms: ['Karendal', 'Kepala Kendali'],
    needsFunction: true,
    note: 'The head of an operation\'s control post: "Kepala Kendali Operasi (Karendal Ops) Mantap Praja Polres Bangli" (suryaindonesia.net, 2024), "Kabag Ops … selaku Karendalops" (infotouna.com, 2024).',
  },
] as const satisfies readonly PositionHead[];

/**
 * Police functions and sub-units that complete a head word: "Kasat **Reskrim**", "Ka **SPKT**",
 * "Kasubsi**penmas**". Binmas, Intelkam, Samapta, Humas, Penmas, Ops and Binkamsa are in polri.md
 * §2; the others are the functions as news abbreviates them (Reskrim, Lantas, Sabhara, Narkoba,
 * Polairud, Propam, SPKT, Tahti, Sium …, issue 10 §3) — spellings only, their expansions are not
 * used. Multi-word forms ("Lalu Lintas") are matched across spaces.
 *
 * @example
 * ```ts
 * POSITION_FUNCTIONS.includes('Reskrim')
 * //=> true
 * ```
 * @category Positions
 */
export const POSITION_FUNCTIONS = [
  'Binmas',
  'Pembinaan Masyarakat',
  'Reskrim',
  'Reskrimum',
  'Reskrimsus',
  'Reserse',
  'Reserse Kriminal',
  // The directorates and Satuan written out: "Direktur Reserse Kriminal Umum Polda Kalbar", "Kasat
  // Reserse Narkoba" (Ditreskrimum, Ditreskrimsus, Sat Resnarkoba spelled out).
  'Reserse Kriminal Umum',
  'Reserse Kriminal Khusus',
  'Reserse Narkoba',
  'Resnarkoba',
  'Narkoba',
  'Intelkam',
  'Intel',
  'Intelijen',
  'Intelijen Keamanan',
  'Lantas',
  'Lalu Lintas',
  'Sabhara',
  'Samapta',
  'Polairud',
  'Airud',
  // The older name of Polairud, still written glued to its head: "Dirpolair Kombes Pol Imam Thobroni"
  // (bacasaja.halodunia.net, Polda Banten, 2018).
  'Polair',
  'Propam',
  'Paminal',
  'Provos',
  'Humas',
  // "Kepala Bidang (Kabid) Hubungan Masyarakat (Humas)" (HOLDOUT6): Humas written out.
  'Hubungan Masyarakat',
  'Penmas',
  'Ops',
  'Operasional',
  'Binops',
  'Binopsnal',
  'SPKT',
  'Tahti',
  'Sium',
  'Sumda',
  'Binkamsa',
  'Bintibsos',
  'Binpolmas',
  'Brimob',
  'Tipikor',
  'Tipidter',
  'Tipidkor',
  'Logistik',
  'Keu',
  'Keuangan',
  'Renmin',
  'Dokkes',
  'TIK',
  'Pamobvit',
  'Pamtup',
  'Jatanras',
  'Resmob',
  'Regident',
  'Gakkum',
  'Kamsel',
  'Dikyasa',
  'Turjawali',
  // Polda bureaus and fields, as news writes them after Karo/Kabid/Dir: "Karo SDM Polda NTT",
  // "Kepala Biro SDM Polda Metro Jaya" (banten.pers.web.id, KOP Polda Metro Jaya 2024), "Karorena",
  // "Kepala Biro Operasi Polda Maluku" (info-ambon.com), "Kepala Biro Perencanaan dan Anggaran"
  // (suara.com on Polda Kaltara), "Kabidkum", "Dirkrimsus Polda NTT" (tribratanewsntt.com). Spellings
  // only; polri.md §2 names the Biro level, not each bureau.
  'SDM',
  // Written out: "Kepala Biro Sumber Daya Manusia (Karo SDM) Polda Sulteng" (HOLDOUT4); the SDM
  // bureau's career section, "Kepala Biro Pembinaan Karir" (HOLDOUT4; Ro Binkar SSDM Polri).
  'Sumber Daya Manusia',
  'Binkar',
  'Pembinaan Karir',
  'Pembinaan Karier',
  'Rena',
  'Perencanaan dan Anggaran',
  'Operasi',
  'Log',
  'Kum',
  'Hukum',
  'Krimsus',
  'Krimum',
  // Karo Penmas written out: "Kepala Biro Penerangan Masyarakat, Brigjen Pol Ketut Untung Yoga"
  // (detik.com, 2010, via klipingu9.blogspot.com); polri.md §2 names the post "Karo Penmas".
  'Penerangan Masyarakat',
  // The Polda's police school: "Kombes Pol. Andreas Tampubolon, S.I.K., M.K.P, Kepala Sekolah Polisi
  // Negara (SPN) Polda Papua" (koranpapua.id, 2026), "KA SPN" (banten.pers.web.id, Polda Metro Jaya).
  'SPN',
  'Sekolah Polisi Negara',
] as const satisfies readonly string[];

/**
 * Words that open a functional unit (a part of a territorial unit): "**Sat** Reskrim", "**Dit**
 * Intelkam", "**Bag** Ops", "**Subdit** …", also glued to their function ("Satreskrim",
 * "Ditreskrimum"). Written after a position they belong to its unit ("Kasubdit Kamsus **Dit
 * Intelkam** Polda Riau"); they never complete a head or continue a name. polri.md §2 names Dit,
 * Subdit, Sat, Si/Sie, Subbag, Bid, Unit, Divisi, Biro and Korps.
 *
 * @example
 * ```ts
 * UNIT_PART_WORDS.includes('Sat')
 * //=> true
 * ```
 * @category Positions
 */
export const UNIT_PART_WORDS = [
  'Dit',
  'Direktorat',
  'Subdit',
  'Sat',
  'Satuan',
  'Si',
  'Sie',
  'Seksi',
  'Subsi',
  'Bag',
  'Bagian',
  'Subbag',
  'Subag',
  'Bid',
  'Bidang',
  'Unit',
  'Subnit',
  'Div',
  'Divisi',
  'Ro',
  'Biro',
  'Kor',
  'Korps',
  'Satgas',
] as const satisfies readonly string[];

/** Shortest function key read glued to a head ("Kasium", "Dirlantas"): shorter ones ("ops", "tik")
 * would read names and words ("Batik") as positions.
 *
 * @example
 * ```ts
 * MIN_GLUED_FUNCTION_LENGTH
 * //=> 4
 * ```
 * @category Positions
 */
export const MIN_GLUED_FUNCTION_LENGTH = 4;

/**
 * Shortest function key read glued to a head of at least {@link MIN_HEAD_LENGTH_FOR_SHORT_FUNCTION}
 * letters: "Karo**ops**", "Kabid**kum**", "Karo**log**" (Polda staff posts in tribratanewsntt.com and
 * news on Polda Papua Barat). A two-letter head ("Ba" + "tik") still needs
 * {@link MIN_GLUED_FUNCTION_LENGTH}.
 *
 * @example
 * ```ts
 * MIN_GLUED_SHORT_FUNCTION_LENGTH
 * //=> 3
 * ```
 * @category Positions
 */
export const MIN_GLUED_SHORT_FUNCTION_LENGTH = 3;

/**
 * Shortest head key that takes a three-letter glued function ({@link MIN_GLUED_SHORT_FUNCTION_LENGTH}).
 *
 * @example
 * ```ts
 * MIN_HEAD_LENGTH_FOR_SHORT_FUNCTION
 * //=> 4
 * ```
 * @category Positions
 */
export const MIN_HEAD_LENGTH_FOR_SHORT_FUNCTION = 4;

/**
 * Titles that are a whole post on their own and that {@link POSITIONS} does not list: kept as
 * written without a code ("Ps. **KSPK** Polsek Firdaus", "**Pawas** Polresta Barelang", "**Padal** Iptu
 * …" in dewanusantaranews.com on Polres Labuhanbatu). Seen in news and the officer-mention corpus;
 * their expansions are not in the domain notes.
 *
 * @example
 * ```ts
 * STANDALONE_POSITIONS.includes('KSPK')
 * //=> true
 * ```
 * @category Positions
 */
export const STANDALONE_POSITIONS = [
  'KSPK',
  'Pawas',
  'Padal',
  'Pamatwil',
  'Kapospol',
  // Brimob commanders of a company, battalion, post and platoon ("Danpos BKO Brimob … Ipda Tanto
  // Aripin", mjnews.id; "Wadanki", kepribetter.com): Komandan/Wakil Komandan Kompi, Batalyon, Pos,
  // Peleton, as Indonesian forces abbreviate them.
  'Danki',
  'Wadanki',
  'Danyon',
  'Wadanyon',
  'Danpos',
  'Danton',
  // Polda staff posts written as one word: "Irwasda Polda Papua" (Inspektur Pengawas Daerah,
  // papua.us 2015 on Polda Papua and Papua Barat; tribratanewsntt.com), "Koorspripim Polda NTT"
  // (tribratanewsntt.com), "Kasatgaswil Papua Barat" (radarnkri.id, an operation's regional task
  // force). Expansions other than Irwasda's are not in the domain notes.
  'Irwasda',
  'Koorspripim',
  'Kasatgaswil',
  // The operations officer of a directorate or Satuan: "KBO Ditreskrimum AKBP Nuril Huda"
  // (investigasibhayangkara.com, Polda Banten), "KBO Sat Reskrim" (polresbaritoselatan.com).
  'KBO',
] as const satisfies readonly string[];

/**
 * Misspelt position titles of several words, read as the listed title's code and kept as written.
 * One-word titles with one letter wrong ("Kapoda", "Kappolresta", "Kaporles", "Wakalpolres") need no
 * entry: the officer reader finds them by their distance from the listed forms. Each entry was seen
 * in a real article (source beside it).
 *
 * @example
 * ```ts
 * POSITION_MISSPELLINGS.find(([form]) => form === 'Kepala Kepolisian Resort')?.[1]
 * //=> 'kapolres'
 * ```
 * @category Positions
 */
export const POSITION_MISSPELLINGS = [
  // "Resort" for "Resor", as news often spells it: "Kepala Kepolisian Resort Kota (Kapolresta) Kendari"
  // (HOLDOUT6, Sultra).
  ['Kepala Kepolisian Resort', 'kapolres'],
  ['Kepala Kepolisian Resort Kota', 'kapolresta'],
  ['Kepala Kepolisian Resort Kota Besar', 'kapolrestabes'],
] as const satisfies readonly (readonly [string, PositionCode])[];

/**
 * Words that open the village a Bhabinkamtibmas serves: "Bhabinkamtibmas **Desa** Lamreung",
 * "**Kelurahan** Ujung Tanah", "**Pekon** …" (Lampung), "**Nagari** …" (Sumatera Barat), "**Gampong**
 * …" (Aceh), "**Kampung** …" (Papua). Indonesian names of the village-level area (polri.md §2:
 * Bhabinkamtibmas serve a desa/kelurahan).
 *
 * @example
 * ```ts
 * VILLAGE_WORDS.includes('Desa')
 * //=> true
 * ```
 * @category Positions
 */
export const VILLAGE_WORDS = [
  'Desa',
  'Kelurahan',
  'Kel',
  'Kalurahan',
  'Pekon',
  'Nagari',
  'Nagori',
  'Gampong',
  'Kampung',
  'Kampong',
  'Negeri',
  'Tiyuh',
  'Lembang',
  'Dusun',
] as const satisfies readonly string[];

/**
 * Titles that name the head (or deputy) of whichever territorial unit is written after them:
 * "**Kepala Kepolisian** Polres Lotara Polda NTB AKBP Feri Jaya Satriansyah" (newsrelease.id, 2021),
 * "**Wakil Kepala Kepolisian** Polres Manokwari Kompol …". The code follows the unit word
 * (lower-case keys); the unit word stays the unit's.
 *
 * @example
 * ```ts
 * POSITION_BY_UNIT_WORD[0].byUnitWord.polres
 * //=> 'kapolres'
 * ```
 * @category Positions
 */
export const POSITION_BY_UNIT_WORD = [
  {
    form: 'Kepala Kepolisian',
    byUnitWord: {
      polda: 'kapolda',
      polrestabes: 'kapolrestabes',
      polresta: 'kapolresta',
      polres: 'kapolres',
      polsek: 'kapolsek',
    },
  },
  {
    form: 'Wakil Kepala Kepolisian',
    byUnitWord: {
      polda: 'wakapolda',
      polrestabes: 'wakapolrestabes',
      polresta: 'wakapolresta',
      polres: 'wakapolres',
      polsek: 'wakapolsek',
    },
  },
] as const satisfies readonly { form: string; byUnitWord: Readonly<Record<string, PositionCode>> }[];

/**
 * The unit word a position implies when the text writes only the place after it: "Kapolres
 * **Banyuasin**" is the Kapolres of Polres Banyuasin, "Kapolda Sumut" of Polda Sumut.
 *
 * @example
 * ```ts
 * POSITION_IMPLIED_UNIT.kapolres
 * //=> 'Polres'
 * ```
 * @category Positions
 */
export const POSITION_IMPLIED_UNIT = {
  kapolda: 'Polda',
  wakapolda: 'Polda',
  kapolrestabes: 'Polrestabes',
  wakapolrestabes: 'Polrestabes',
  kapolresta: 'Polresta',
  wakapolresta: 'Polresta',
  'kapolres-metro': 'Polres Metro',
  kapolres: 'Polres',
  wakapolres: 'Polres',
  kapolsek: 'Polsek',
  wakapolsek: 'Polsek',
} as const satisfies Partial<Record<PositionCode, string>>;

/**
 * The unit word a post without a code implies when the text writes only the place after it:
 * "Irwasda **Maluku**" is the Irwasda of Polda Maluku — the Inspektur Pengawas Daerah of a Polda
 * ("Inspektur Pengawas Daerah (Irwasda) Polda Papua Barat", papua.us 2015). Keys are the post as
 * {@link STANDALONE_POSITIONS} writes it.
 *
 * @example
 * ```ts
 * STANDALONE_IMPLIED_UNIT.Irwasda
 * //=> 'Polda'
 * ```
 * @category Positions
 */
export const STANDALONE_IMPLIED_UNIT = { Irwasda: 'Polda' } as const satisfies Partial<
  Record<(typeof STANDALONE_POSITIONS)[number], string>
>;

/**
 * The national functional unit a Mabes post heads, read when the text names only the force or its
 * agency after the title: "Kadiv Humas **Polri**" → Divisi Humas Polri, "Kakorbinmas **Baharkam
 * Polri**" → Korbinmas Baharkam Polri (polri.md §2, "Binmas and Humas functions per level").
 *
 * @example
 * ```ts
 * POSITION_NATIONAL_UNIT['kadiv-humas']
 * //=> 'Divisi Humas'
 * ```
 * @category Positions
 */
export const POSITION_NATIONAL_UNIT = {
  'kadiv-humas': 'Divisi Humas',
  kakorbinmas: 'Korbinmas',
} as const satisfies Partial<Record<PositionCode, string>>;

/**
 * Words after a Mabes post that name the force or its agency rather than a unit of their own
 * ("Kadiv Humas **Polri**", "Kakorbinmas **Baharkam** Polri"): the post's national unit
 * ({@link POSITION_NATIONAL_UNIT}) is read instead (polri.md §2).
 *
 * @example
 * ```ts
 * NATIONAL_UNIT_WORDS.includes('Polri')
 * //=> true
 * ```
 * @category Positions
 */
export const NATIONAL_UNIT_WORDS = ['Polri', 'Mabes', 'Baharkam'] as const satisfies readonly string[];

/**
 * Acting prefixes before a position and the kind each names ("**Pj.** Bupati", "**Plt.** Kasi
 * Humas", "**Pelaksana Harian** Kapolsek"); any spacing, dots and case.
 *
 * @example
 * ```ts
 * ACTING_PREFIXES.find(([form]) => form === 'Plt')?.[1]
 * //=> 'plt'
 * ```
 * @category Positions
 */
export const ACTING_PREFIXES = [
  ['Pj', 'pj'],
  ['Penjabat', 'pj'],
  ['Plt', 'plt'],
  ['Pelaksana Tugas', 'plt'],
  ['Plh', 'plh'],
  ['Pelaksana Harian', 'plh'],
  ['Ps', 'ps'],
  ['Pejabat Sementara', 'ps'],
] as const satisfies readonly (readonly [string, ActingKind])[];
