// The code lists of the model's controlled vocabularies. Each list is the single source of its
// code union; the labelled tables (Indonesian/English labels, aliases news uses) are keyed by
// these codes with `satisfies Record<Code, …>`, so a code cannot exist without its labels.

/**
 * Kinds of community-engagement event, as Polri and the press name them.
 *
 * @example
 * ```ts
 * EVENT_KIND_CODES.includes('fgd')
 * //=> true
 * ```
 * @category Vocabularies
 */
export const EVENT_KIND_CODES = [
  'fgd',
  'dialog',
  'doa-bersama',
  'penyuluhan',
  'bimbingan-penyuluhan',
  'sosialisasi',
  'silaturahmi',
  'sambang',
  'patroli-dialogis',
  'deklarasi-damai',
  'coffee-morning',
  'jumat-curhat',
  'bakti-sosial',
  'rapat-koordinasi',
  'apel',
  'pengamanan',
  'talkshow',
  'seminar',
  'other',
] as const;

/**
 * An event kind code, e.g. `'fgd'` or `'doa-bersama'`.
 *
 * @example
 * ```ts
 * const kind: EventKind = 'silaturahmi';
 * ```
 * @category Vocabularies
 */
export type EventKind = (typeof EVENT_KIND_CODES)[number];

/**
 * Groups of participants an event reaches (Tomas, Toga, Toda …).
 *
 * @example
 * ```ts
 * PARTICIPANT_GROUP_CODES.includes('tokoh-agama')
 * //=> true
 * ```
 * @category Vocabularies
 */
export const PARTICIPANT_GROUP_CODES = [
  'tokoh-agama',
  'tokoh-masyarakat',
  'tokoh-adat',
  'tokoh-pemuda',
  'tokoh-perempuan',
  'ormas',
  'komunitas',
  'pengusaha-transportasi',
  'pengemudi-transportasi',
  'kepala-desa',
  'perangkat-desa',
  'camat',
  'penyelenggara-pemilu',
  'pengawas-pemilu',
  'partai-politik',
  'mahasiswa',
  'pelajar',
  'relawan',
  'media',
  'tni',
  'polri',
  'pemerintah-daerah',
  'masyarakat-umum',
] as const;

/**
 * A participant group code, e.g. `'tokoh-agama'`.
 *
 * @example
 * ```ts
 * const group: ParticipantGroupCode = 'tokoh-adat';
 * ```
 * @category Vocabularies
 */
export type ParticipantGroupCode = (typeof PARTICIPANT_GROUP_CODES)[number];

/**
 * Topics an event addresses: the police ones and those aligned with Bawaslu's Indeks Kerawanan
 * Pemilu (IKP) dimensions.
 *
 * @example
 * ```ts
 * TOPIC_CODES.includes('politik-uang')
 * //=> true
 * ```
 * @category Vocabularies
 */
export const TOPIC_CODES = [
  'hoaks',
  'politik-uang',
  'sara',
  'provokasi',
  'fitnah-adu-domba',
  'politik-identitas',
  'ujaran-kebencian',
  'netralitas',
  'narkoba',
  'partisipasi-pemilih',
  'edukasi-politik',
  'kerawanan-wilayah',
  'logistik-pemilu',
  'kelelahan-petugas',
  'data-pemilih',
  'kampanye',
  'konflik-sosial',
  'kamtibmas',
  'persatuan',
  'media-sosial',
] as const;

/**
 * A topic code, e.g. `'hoaks'`.
 *
 * @example
 * ```ts
 * const topic: TopicCode = 'netralitas';
 * ```
 * @category Vocabularies
 */
export type TopicCode = (typeof TOPIC_CODES)[number];

/**
 * Roles a person plays at an event.
 *
 * - `opener` — opened the event (membuka).
 * - `host` — hosted or led it.
 * - `speaker` — narasumber, gave material.
 * - `attendee` — attended.
 * - `spokesperson` — spoke about it to the press afterwards.
 *
 * @example
 * ```ts
 * PARTICIPATION_ROLES[0]
 * //=> 'opener'
 * ```
 * @category Vocabularies
 */
export const PARTICIPATION_ROLES = ['opener', 'host', 'speaker', 'attendee', 'spokesperson'] as const;

/**
 * A participation role, e.g. `'speaker'`.
 *
 * @example
 * ```ts
 * const role: ParticipationRole = 'opener';
 * ```
 * @category Vocabularies
 */
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/**
 * Kinds of non-police organisation that appear in events.
 *
 * @example
 * ```ts
 * ORGANIZATION_KINDS.includes('kpu')
 * //=> true
 * ```
 * @category Vocabularies
 */
export const ORGANIZATION_KINDS = [
  'kpu',
  'bawaslu',
  'pemerintah-provinsi',
  'pemerintah-kabupaten',
  'pemerintah-kota',
  'kesbangpol',
  'kecamatan',
  'desa',
  'kelurahan',
  'dprd',
  'tni',
  'ormas',
  'partai-politik',
  'perguruan-tinggi',
  'media',
  'perusahaan',
  'other',
] as const;

/**
 * An organisation kind code, e.g. `'kpu'`.
 *
 * @example
 * ```ts
 * const kind: OrganizationKind = 'kesbangpol';
 * ```
 * @category Vocabularies
 */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * Police functions a functional unit can carry.
 *
 * @example
 * ```ts
 * UNIT_FUNCTIONS.includes('binmas')
 * //=> true
 * ```
 * @category Units
 */
export const UNIT_FUNCTIONS = [
  'binmas',
  'humas',
  'intelkam',
  'reskrim',
  'reskrimum',
  'reskrimsus',
  'narkoba',
  'lantas',
  'samapta',
  'pamobvit',
  'polairud',
  'tahti',
  'propam',
  'sdm',
  'logistik',
  'operasi',
  'baharkam',
  'brimob',
] as const;

/**
 * A unit function code, e.g. `'binmas'`.
 *
 * @example
 * ```ts
 * const fn: UnitFunction = 'humas';
 * ```
 * @category Units
 */
export type UnitFunction = (typeof UNIT_FUNCTIONS)[number];

/**
 * Acting-appointment prefixes: Penjabat (`pj`), Pelaksana Tugas (`plt`), Pelaksana Harian (`plh`),
 * Pejabat Sementara (`ps`).
 *
 * @example
 * ```ts
 * ACTING_KINDS
 * //=> ['pj', 'plt', 'plh', 'ps']
 * ```
 * @category People
 */
export const ACTING_KINDS = ['pj', 'plt', 'plh', 'ps'] as const;

/**
 * An acting-appointment kind, e.g. `'pj'` for "Pj. Bupati".
 *
 * @example
 * ```ts
 * const acting: ActingKind = 'plt';
 * ```
 * @category People
 */
export type ActingKind = (typeof ACTING_KINDS)[number];

/**
 * The elections the library has schedules for. Pemilu 2029 is absent on purpose: KPU has not
 * published its schedule.
 *
 * @example
 * ```ts
 * ELECTION_IDS.includes('pemilu-2024')
 * //=> true
 * ```
 * @category Elections
 */
export const ELECTION_IDS = ['pemilu-2019', 'pilkada-2020', 'pemilu-2024', 'pilkada-2024'] as const;

/**
 * An election id, e.g. `'pilkada-2024'`.
 *
 * @example
 * ```ts
 * const id: ElectionId = 'pemilu-2024';
 * ```
 * @category Elections
 */
export type ElectionId = (typeof ELECTION_IDS)[number];

/**
 * How precisely an event's `date` is known.
 *
 * - `day` — the article states the event's day.
 * - `reported` — the article only dates a statement or its own publication; the event happened on
 *   or before `date`, and `date` is that report date.
 * - `month`, `year` — only the month or year is known; `date` is the first day of it.
 * - `unknown` — no date; `date` is absent.
 *
 * @example
 * ```ts
 * DATE_PRECISIONS.includes('reported')
 * //=> true
 * ```
 * @category Events
 */
export const DATE_PRECISIONS = ['day', 'reported', 'month', 'year', 'unknown'] as const;

/**
 * A date precision, e.g. `'day'`.
 *
 * @example
 * ```ts
 * const precision: DatePrecision = 'day';
 * ```
 * @category Events
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * IANA time zones used in Indonesia. West and Central Kalimantan are `Asia/Pontianak`, not
 * `Asia/Jakarta`; all of Maluku and Papua are `Asia/Jayapura`.
 *
 * @example
 * ```ts
 * INDONESIAN_TIME_ZONES[1]
 * //=> 'Asia/Pontianak'
 * ```
 * @category Regions
 */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/**
 * An Indonesian IANA time zone name.
 *
 * @example
 * ```ts
 * const tz: IndonesianTimeZone = 'Asia/Makassar';
 * ```
 * @category Regions
 */
export type IndonesianTimeZone = (typeof INDONESIAN_TIME_ZONES)[number];

/**
 * Kemendagri administrative area levels.
 *
 * @example
 * ```ts
 * AREA_LEVELS[0]
 * //=> 'province'
 * ```
 * @category Regions
 */
export const AREA_LEVELS = ['province', 'regency', 'city', 'district', 'village'] as const;

/**
 * An administrative area level.
 *
 * @example
 * ```ts
 * const level: AreaLevel = 'regency';
 * ```
 * @category Regions
 */
export type AreaLevel = (typeof AREA_LEVELS)[number];
