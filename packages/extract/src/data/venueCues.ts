// How news introduces where an activity took place ("bertempat di Aula …", "berlangsung di Gedung
// …", "dipusatkan di Mapolsek …", "digelar di Ballroom …") and the words that end a venue phrase.
// From the seed articles and the development corpus. Lower case. Data only: no logic.

/**
 * Cues whose following words are the venue, whatever they are.
 *
 * @example
 * ```ts
 * STRONG_VENUE_CUES.includes('bertempat di')
 * //=> true
 * ```
 * @internal
 */
export const STRONG_VENUE_CUES = [
  'bertempat di',
  'bertempat',
  'berlangsung di',
  'dipusatkan di',
  'digelar di',
  'dilaksanakan di',
  'diadakan di',
  'diselenggarakan di',
  'dilangsungkan di',
  // "Kegiatan sambang tokoh ini dilakukan di Kompleks Masjid Al Hijrah" (corpus 019).
  'dilakukan di',
  'berlokasi di',
  'kegiatan di',
  'acara di',
] as const satisfies readonly string[];

/**
 * Cues weak enough that the venue must start with a venue noun or a capital letter, and appear
 * in a sentence about the activity.
 *
 * @example
 * ```ts
 * WEAK_VENUE_CUES.includes('di')
 * //=> true
 * ```
 * @internal
 */
export const WEAK_VENUE_CUES = [
  'di',
  'sambangi',
  'menyambangi',
  'mengunjungi',
  'kunjungi',
  'bertandang ke',
  // A visit's place after "ke" ("berkunjung ke kantor Sinode GPM", "bersilaturahmi ke kediaman
  // Ketua Lembaga Adat …"; corpus 059, 078).
  'berkunjung ke',
  'bersilaturahmi ke',
  'silaturahmi ke',
  'datang ke',
  'kunjungan ke',
  'sambang ke',
  // A patrol's first stop ("melaksanakan patroli ke kantor Komisi Pemilihan Umum (KPU), Badan
  // Pengawas Pemilu (Bawaslu)"; held-out corpus 098).
  'patroli ke',
  // A patrol's stops named as its target ("patroli dialogis ke Kantor KPU", "yang menyasar ke Kantor
  // Komisi Pemilihan Umum", "dengan sasaran utama yaitu Kantor Bawaslu", "dengan sasaran Patroli Kantor Bawaslu"; corpus 001, 004, 085,
  // held-out 117), and the hall a speech was given in ("memberikan sambutan di Rylich Panorama
  // Hotel"; corpus 058).
  'patroli dialogis ke',
  'menyasar ke',
  'menyasar',
  'sasaran utama yaitu',
  'sasaran patroli',
  'sambutan di',
] as const satisfies readonly string[];

/**
 * Every venue cue: the strong ones, then the weak ones (one list, so an article's words are read
 * against it once).
 *
 * @example
 * ```ts
 * VENUE_CUES.includes('di')
 * //=> true
 * ```
 * @internal
 */
export const VENUE_CUES: readonly string[] = /* @__PURE__ */ (() => [...STRONG_VENUE_CUES, ...WEAK_VENUE_CUES])();

/**
 * Nouns a venue starts with ("halaman Markas …", "Aula …", "Kantor PPK"). A weak cue needs one.
 *
 * @example
 * ```ts
 * VENUE_NOUNS.includes('aula')
 * //=> true
 * ```
 * @internal
 */
export const VENUE_NOUNS = [
  'aula',
  'gedung',
  'ruang',
  'ruangan',
  'halaman',
  'lapangan',
  'kantor',
  'mapolda',
  'mapolres',
  'mapolresta',
  'mapolrestabes',
  'mapolsek',
  // A police unit's name where its headquarters is meant ("dilaksanakan pada Jumat, 02 Februari 2024
  // di Polsek Ngapa"; held-out corpus 122; corpus 080 "di Polres Kaur").
  'polsek',
  'polres',
  'polresta',
  'polrestabes',
  'mako',
  'markas',
  'masjid',
  'musala',
  'mushola',
  'gereja',
  'pura',
  'vihara',
  'klenteng',
  'pondok',
  'ponpes',
  'pesantren',
  'hotel',
  'ballroom',
  'balai',
  'pendopo',
  'pendapa',
  'rumah',
  'kediaman',
  'sekretariat',
  'posko',
  'pos',
  'gudang',
  'taman',
  'alun-alun',
  'stadion',
  'gor',
  'wisma',
  'kampus',
  'universitas',
  'sekolah',
  'sma',
  'smk',
  'smp',
  'pasar',
  'terminal',
  'pelabuhan',
  'bandara',
  'café',
  'cafe',
  'kafe',
  'warung',
  'restoran',
  'rumah makan',
  'tps',
  'kawasan',
  'lobby',
  'lobi',
  // A sultanate's palace ("Coffee Morning di Keraton Kusuma Negara Sekadau"; held-out corpus 134).
  'keraton',
  'kraton',
  'istana',
] as const satisfies readonly string[];

/**
 * Nouns that close a venue's name written before them: businesses name themselves in English word
 * order ("Rylich Panorama Hotel", "KNA Coffee"; corpus articles 058 and 062). A place after a weak
 * cue ("di") with one of these among its words is a venue, and ends with it ("di KNA Coffee
 * Kelurahan Simpang Timbangan" → "KNA Coffee").
 *
 * @example
 * ```ts
 * VENUE_NAME_ENDS.includes('hotel')
 * //=> true
 * ```
 * @internal
 */
export const VENUE_NAME_ENDS = [
  'hotel',
  'coffee',
  'cafe',
  'café',
  'kafe',
  'resto',
  'restoran',
  'ballroom',
  'hall',
] as const satisfies readonly string[];

/**
 * Words that end a venue phrase (the venue is the words before them).
 *
 * @example
 * ```ts
 * VENUE_STOP_WORDS.includes('yang')
 * //=> true
 * ```
 * @internal
 */
export const VENUE_STOP_WORDS = [
  // A second "di" starts the place's address ("di Keraton Kusuma Negara Sekadau di Desa Mungguk").
  'di',
  'yang',
  'pada',
  'dengan',
  'dalam',
  'guna',
  'untuk',
  'sebagai',
  'serta',
  'tersebut',
  'kemarin',
  'hari',
  'sejak',
  'mulai',
  'selama',
  'beralamat',
  'bersama',
  'oleh',
  'agar',
  'demi',
  'sekaligus',
  'ini',
  'itu',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'sabtu',
  'minggu',
  'ahad',
  'setempat',
  'tadi',
  'sekitar',
  'pukul',
  'jam',
  'dan',
  'kepada',
  'terkait',
  'mengenai',
  'tentang',
  'diikuti',
  'dihadiri',
  'dipimpin',
  'dibuka',
  'kegiatan',
  'acara',
] as const satisfies readonly string[];

/**
 * What a weak cue's phrase must not be: places and phrases that are not where the activity was
 * held ("di wilayah …", "di tengah masyarakat", "di media sosial").
 *
 * @example
 * ```ts
 * NOT_VENUE_STARTS.includes('wilayah')
 * //=> true
 * ```
 * @internal
 */
export const NOT_VENUE_STARTS = [
  'wilayah',
  'tengah',
  'masa',
  'media',
  'tahun',
  'setiap',
  'seluruh',
  'berbagai',
  'sejumlah',
  'antara',
  'mana',
  'sini',
  'situ',
  'sana',
  'bawah',
  'atas',
  'luar',
  'dalam',
  'depan',
  'hadapan',
] as const satisfies readonly string[];

/**
 * Level words that make a place an address rather than a venue's name ("di Kota Balikpapan").
 *
 * @example
 * ```ts
 * ADDRESS_WORDS.kota
 * //=> 'city'
 * ```
 * @internal
 */
export const ADDRESS_WORDS = {
  kota: 'city',
  kabupaten: 'regency',
  kecamatan: 'district',
  desa: 'village',
  kelurahan: 'village',
} as const satisfies Record<string, 'city' | 'regency' | 'district' | 'village'>;
