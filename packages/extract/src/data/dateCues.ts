// What tells a date's role in a sentence. From the seed articles (000: "menggelar … Jumat
// (24/11/2023)"; 001/002: "ujarnya, Sabtu (28/9/2024)" dates a statement; 004: "Pilkada serentak
// yang akan berlangsung pada, Rabu 27 Novemver 2024 mendatang" is the voting day) and the
// development corpus (datelines, "Hari ini, kami sambangi …"). Lower case. Data only: no logic.

/**
 * Speech verbs: a date right after one ("ujarnya, Sabtu (28/9/2024)") dates the statement.
 *
 * @example
 * ```ts
 * SPEECH_VERBS.includes('ujarnya')
 * //=> true
 * ```
 * @internal
 */
export const SPEECH_VERBS = [
  'ujar',
  'ujarnya',
  'kata',
  'katanya',
  'jelas',
  'jelasnya',
  'tutur',
  'tuturnya',
  'ucap',
  'ucapnya',
  'tegas',
  'tegasnya',
  'tandas',
  'tandasnya',
  'imbuh',
  'imbuhnya',
  'tambah',
  'tambahnya',
  'pungkas',
  'pungkasnya',
  'tutup',
  'tutupnya',
  'sebut',
  'sebutnya',
  'terang',
  'terangnya',
  'ungkap',
  'ungkapnya',
  'papar',
  'paparnya',
  'harap',
  'harapnya',
  'lanjut',
  'lanjutnya',
  'mengatakan',
  'menjelaskan',
  'menuturkan',
  'mengungkapkan',
  'menyampaikan',
  'menegaskan',
  'menerangkan',
  'menyebutkan',
  'mengimbau',
  'menghimbau',
  'mengajak',
  'berharap',
  'menambahkan',
  'dikonfirmasi',
  'saat dikonfirmasi',
  'kepada wartawan',
  'kepada awak media',
] as const satisfies readonly string[];

/**
 * Words near a date that make it a future election day ("pemungutan suara", "mendatang").
 *
 * @example
 * ```ts
 * VOTING_CUES.includes('pemungutan suara')
 * //=> true
 * ```
 * @internal
 */
export const VOTING_CUES = [
  'pemungutan suara',
  'pencoblosan',
  'hari h',
  'hari pemungutan',
  'hari pencoblosan',
  'akan berlangsung',
  'akan digelar',
  'akan dilaksanakan',
  'mendatang',
] as const satisfies readonly string[];

/**
 * A relative clause that makes an election the subject of a date ("pelaksanaan Pemilihan Umum
 * serentak yang dilaksanakan pada tanggal 14 Februari 2024"; held-out corpus 131): on a voting day,
 * after an election's name, the date is the vote's.
 *
 * @example
 * ```ts
 * ELECTION_HELD_CUES.includes('yang dilaksanakan')
 * //=> true
 * ```
 * @internal
 */
export const ELECTION_HELD_CUES = [
  'yang dilaksanakan',
  'yang digelar',
  'yang diselenggarakan',
  'yang berlangsung',
  'yang jatuh',
] as const satisfies readonly string[];

/** Most characters between an election's name and {@link ELECTION_HELD_CUES} ("Pemilihan Umum serentak"). */
export const ELECTION_HELD_REACH = 20;

/**
 * Words that put what follows after the vote: a date after "pasca pencoblosan" is a day after the
 * voting day, not the voting day ("patroli gabungan pasca pencoblosan Pilkada 2024, Kamis 28
 * November 2024"; corpus 057).
 *
 * @example
 * ```ts
 * AFTER_VOTING_WORDS.includes('pasca')
 * //=> true
 * ```
 * @internal
 */
export const AFTER_VOTING_WORDS = ['pasca', 'usai', 'setelah', 'sesudah'] as const satisfies readonly string[];

/**
 * Words that tie a date to the activity ("dilaksanakan pada, Kamis 5 September 2024").
 *
 * @example
 * ```ts
 * ACTIVITY_DATE_CUES.includes('dilaksanakan pada')
 * //=> true
 * ```
 * @internal
 */
export const ACTIVITY_DATE_CUES = [
  'dilaksanakan pada',
  'digelar pada',
  'diadakan pada',
  'berlangsung pada',
  'dilakukan pada',
  'pada hari',
  'kegiatan',
  'acara',
  'menggelar',
  'melaksanakan',
  'mengadakan',
  'hari ini',
] as const satisfies readonly string[];

/**
 * Words in a quotation that put the activity on the day of the statement ("Hari ini, kami
 * sambangi …").
 *
 * @example
 * ```ts
 * SAME_DAY_CUES.includes('hari ini')
 * //=> true
 * ```
 * @internal
 */
export const SAME_DAY_CUES = [
  'hari ini',
  'pagi ini',
  'siang ini',
  'sore ini',
  'malam ini',
] as const satisfies readonly string[];

/** How far before a date (characters) a speech verb may stand to make it a statement's date. */
export const SPEECH_VERB_REACH = 40;

/** A line of at most this many words that opens with a date is a dateline or a date widget. */
export const DATELINE_MAX_WORDS = 10;

/** How many words may stand before a dateline's date on its line ("Administrator -", "Jakarta,"). */
export const DATELINE_LEAD_WORDS = 2;

/** How far (characters) before a date a voting cue makes it a voting day. */
export const VOTING_CUE_REACH = 110;

/**
 * Words that open a byline or publication stamp ("Ditulis oleh redaksi pada November 9, 2023",
 * "Diposting …"): a date on such a line is the page's, not the activity's.
 *
 * @example
 * ```ts
 * BYLINE_STARTS.includes('ditulis')
 * //=> true
 * ```
 * @internal
 */
export const BYLINE_STARTS = [
  'ditulis',
  'diposting',
  'diterbitkan',
  'dipublikasikan',
  'diperbarui',
  'diunggah',
  'posted',
  'published',
  'updated',
  'oleh',
  'by',
  'penulis',
  'reporter',
  'editor',
  'admin',
  'administrator',
  'redaksi',
] as const satisfies readonly string[];

/**
 * Words right after a date that put it ahead of the report ("Rabu 27 Novemver 2024 mendatang"): a
 * day to come is not the day of the reported activity.
 *
 * @example
 * ```ts
 * FUTURE_WORDS.includes('mendatang')
 * //=> true
 * ```
 * @internal
 */
export const FUTURE_WORDS = ['mendatang', 'nanti', 'yang akan datang'] as const satisfies readonly string[];

/** How far after a date a future word may stand. */
export const FUTURE_WORD_REACH = 12;
