/**
 * Words that qualify a port or airport unit before its place name: "Polres **Pelabuhan** Makassar",
 * "Polsek **Kawasan Pelabuhan** (KP) Samarinda", "Polsek **KP3** Pantoloan", "Polresta **Bandara**
 * Soekarno-Hatta". They are kept in the unit's name as written; the place after them settles the
 * province. Seen in news (upeks.co.id and detiktimur.com on Polres Pelabuhan Makassar, jpnn.com on
 * Polres Pelabuhan Tanjung Priok, tribunnews.com on Polsek KP Samarinda, totabuan.news on Polsek
 * KPS Bitung, bkm on Polsek KPN Parepare, media.alkhairaat.id on "Kepolisian Sektor (Polsek)
 * Kesatuan Pelaksanaan Pengamanan Pelabuhan (KP3) Pantoloan"); the domain
 * notes do not describe port units, so their place in the hierarchy is UNCONFIRMED.
 *
 * @example
 * ```ts
 * PORT_QUALIFIERS.includes('Pelabuhan')
 * //=> true
 * ```
 * @category Units
 */
export const PORT_QUALIFIERS = [
  'Pelabuhan',
  'Kawasan Pelabuhan',
  'Kawasan Pelabuhan Samudera',
  'Kawasan Pelabuhan Nusantara',
  'Kepolisian Kawasan Pelabuhan',
  'Kesatuan Pelaksana Pengamanan Pelabuhan',
  'Kesatuan Pelaksanaan Pengamanan Pelabuhan',
  'Kawasan',
  'Bandara',
  'KP3',
  'KP',
  'KPS',
  'KPN',
  'KKP',
] as const satisfies readonly string[];

/**
 * Roman numerals written in Polsek names ("Ilir Barat I", "SU II"): kept upper case in display
 * names and allowed after a capitalised name word.
 *
 * @example
 * ```ts
 * ROMAN_NUMERALS.includes('III')
 * //=> true
 * ```
 * @category Units
 */
export const ROMAN_NUMERALS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
] as const satisfies readonly string[];

/**
 * Words that continue a place name past a known district or regency name: "Polsek Pringsewu
 * **Kota**" is not Polsek Pringsewu, "Polsek Ilir Barat **I**" not Polsek Ilir Barat. Compass and
 * position words of Indonesian place names (Kemendagri names in `idn-area-data`) and Roman
 * numerals of numbered Polsek (domain notes `polri.md` §8 gotcha 8).
 *
 * @example
 * ```ts
 * PLACE_NAME_SUFFIXES.includes('Kota')
 * //=> true
 * ```
 * @category Units
 */
export const PLACE_NAME_SUFFIXES = [
  'Kota',
  'Utara',
  'Selatan',
  'Timur',
  'Barat',
  'Tengah',
  'Raya',
  'Baru',
  'Lama',
  'Hilir',
  'Hulu',
  'Ilir',
  'Ulu',
  'Atas',
  'Bawah',
  'Pesisir',
  'Daya',
  'Laut',
  'Darat',
  'Dalam',
  'Luar',
  'Besar',
  'Kecil',
  'Induk',
  ...ROMAN_NUMERALS,
] as const satisfies readonly string[];

/**
 * Words that end a unit's written name when the place is not in the regency or district tables:
 * administrative levels and address words that start another place ("Polsek Kedurang **Desa**
 * Tanjung Aur"), function words ("Mapolsek kedurang **tersebut**", "Polsek … **setempat**"),
 * connectives written in capitals in titles, and honorifics. Ranks, positions,
 * weekdays, months and unit heads end a name too; they come from their own data files.
 *
 * @example
 * ```ts
 * UNIT_NAME_STOPPERS.includes('Desa')
 * //=> true
 * ```
 * @category Units
 */
export const UNIT_NAME_STOPPERS = [
  'Desa',
  'Kelurahan',
  'Kecamatan',
  'Kabupaten',
  'Provinsi',
  'Dusun',
  'Pekon',
  'Kampung',
  'Gampong',
  'Nagari',
  'Jalan',
  'Jl',
  'Dan',
  'Serta',
  'Atau',
  'Dengan',
  'Oleh',
  'Bagi',
  'Kepada',
  'Terhadap',
  'Selaku',
  'Tersebut',
  'Setempat',
  'Ini',
  'Itu',
  'Juga',
  'Akan',
  'Telah',
  'Sudah',
  'Saat',
  'Di',
  'Ke',
  'Dari',
  'Yang',
  'Bersama',
  'Beserta',
  'Melalui',
  'Pada',
  'Untuk',
  'Bapak',
  'Ibu',
  'Pak',
  'Bu',
  'Personel',
  'Anggota',
  'Jajaran',
  'Wilayah',
  'Hukum',
  'Kapolres',
  'Kapolsek',
  'Kapolda',
  'Kapolresta',
  'Kapolrestabes',
  'Kasat',
  'Kanit',
  'Kasi',
  'Kabag',
  'Kabid',
  'Kasubsi',
  'Kasubbag',
  'Kasium',
  'Bhabinkamtibmas',
  'Babinkamtibmas',
] as const satisfies readonly string[];

/**
 * Abbreviations that a dot ends inside a unit name ("Polres Kep. Meranti", "Polres Kab. Bogor",
 * "Polres P. Buru" for Pulau Buru): the dot after them does not end a sentence.
 *
 * @example
 * ```ts
 * DOTTED_PLACE_ABBREVIATIONS.includes('Kab')
 * //=> true
 * ```
 * @category Units
 */
export const DOTTED_PLACE_ABBREVIATIONS = ['Kep', 'Kab', 'Kec', 'Kel', 'P'] as const satisfies readonly string[];

/**
 * Verbs that follow a unit in news headlines written in Title Case ("Polres Tanah Karo
 * **Intensifkan** Patroli", "Polres Kobar **Gelar** Apel", "Polres Pangkep **Siapkan** Pospam",
 * "Polres Jaksel **Perluas** Pos Pengamanan"): they end a unit's written name. From headlines of
 * suarapecari.com, intimnews.com, upeks.co.id, mondaytv.net, tangerangnews.com, transmediariau.com,
 * riau.info, kuansingkita.com and others.
 *
 * @example
 * ```ts
 * HEADLINE_VERBS.includes('Gelar')
 * //=> true
 * ```
 * @category Units
 */
export const HEADLINE_VERBS = [
  'Gelar',
  'Menggelar',
  'Laksanakan',
  'Melaksanakan',
  'Lakukan',
  'Melakukan',
  'Sambangi',
  'Berikan',
  'Ajak',
  'Imbau',
  'Himbau',
  'Amankan',
  'Tingkatkan',
  'Intensifkan',
  'Perketat',
  'Perluas',
  'Siagakan',
  'Siapkan',
  'Menyiapkan',
  'Kerahkan',
  'Terjunkan',
  'Jaga',
  'Pantau',
  'Hadiri',
  'Kunjungi',
  'Sosialisasikan',
  'Bagikan',
  'Salurkan',
  'Tangkap',
  'Ungkap',
  'Tangani',
  'Identifikasi',
  'Sampaikan',
  'Peringati',
  'Dukung',
  'Wujudkan',
  'Ciptakan',
  'Cegah',
  'Siaga',
  'Resmikan',
  'Terima',
  'Raih',
] as const satisfies readonly string[];

/**
 * Words news writes before a regency name that are not part of it: "Polres **Pulau** Buru"
 * (kabaresi.com) is the Polres of Kabupaten Buru. The place is looked up without the word; the
 * name as written keeps it.
 *
 * @example
 * ```ts
 * PLACE_PREFIX_WORDS
 * //=> ['Pulau']
 * ```
 * @category Units
 */
export const PLACE_PREFIX_WORDS = ['Pulau'] as const satisfies readonly string[];

/**
 * Unit names that join two places with "dan" — a word that otherwise ends a unit name — and the
 * place whose regency they lie in. The name is kept as written; the place settles the province.
 *
 * @example
 * ```ts
 * COMPOUND_UNIT_NAMES[0]?.place
 * //=> 'Ambon'
 * ```
 * @category Units
 */
export const COMPOUND_UNIT_NAMES = [
  // "Kapolres Pulau Ambon dan Pulau-pulau Lease, AKBP Soeharwiyono" (indonesiatimur.co, 2012:
  // https://indonesiatimur.co/2012/11/22/polres-ambon-butuh-speed-boat/); "Polresta Pulau Ambon dan
  // Pulau-Pulau Lease" (indolensa.com, 2025: https://indolensa.com/?p=29597). Seat: Kota Ambon.
  { name: 'Pulau Ambon dan Pulau-Pulau Lease', place: 'Ambon' },
] as const satisfies readonly { name: string; place: string }[];
