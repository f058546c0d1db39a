// Words that tell what a person did at the activity. From the seed articles ("Dibuka secara
// langsung oleh …", "Polsek Kedurang dikomandoi Ipda Suharno", "… menyampaikan …", "ujar …") and the
// development corpus ("memberikan sambutan", "tausiyah", "turut hadir"). Lower case. Data only.

/**
 * Cues before a person (in the same sentence) that make them the opener ("Dibuka … oleh X").
 *
 * @example
 * ```ts
 * OPENER_CUES.includes('dibuka')
 * //=> true
 * ```
 * @internal
 */
export const OPENER_CUES = [
  'dibuka',
  'dibuka secara resmi',
  'dibuka langsung',
  'membuka',
  'membuka secara resmi',
] as const satisfies readonly string[];

/**
 * Cues after a person that make them the opener ("X membuka kegiatan").
 *
 * @example
 * ```ts
 * OPENER_CUES_AFTER.includes('membuka')
 * //=> true
 * ```
 * @internal
 */
export const OPENER_CUES_AFTER = [
  'membuka',
  'membuka secara resmi',
  'resmi membuka',
] as const satisfies readonly string[];

/**
 * Cues before a person that make them the host ("dikomandoi Ipda Suharno", "dipimpin langsung
 * oleh …").
 *
 * @example
 * ```ts
 * HOST_CUES_BEFORE.includes('dikomandoi')
 * //=> true
 * ```
 * @internal
 */
export const HOST_CUES_BEFORE = [
  'dikomandoi',
  'dipimpin',
  'dipimpin oleh',
  'dipimpin langsung oleh',
  'dipimpin langsung',
] as const satisfies readonly string[];

/**
 * Cues after a person that make them a speaker at the activity.
 *
 * @example
 * ```ts
 * SPEAKER_CUES.includes('memberikan sambutan')
 * //=> true
 * ```
 * @internal
 */
export const SPEAKER_CUES = [
  'menyampaikan',
  'memberikan sambutan',
  'sambutan',
  'sambutannya',
  'memberikan materi',
  'materi',
  'memaparkan',
  'ceramah',
  'tausiyah',
  'tausiah',
  'memberikan arahan',
  'arahan',
  'memberikan pemahaman',
] as const satisfies readonly string[];

/**
 * Cues before a person that make them the spokesperson of a statement ("Menurut …", "ujar …").
 *
 * @example
 * ```ts
 * SPOKESPERSON_CUES_BEFORE.includes('menurut')
 * //=> true
 * ```
 * @internal
 */
export const SPOKESPERSON_CUES_BEFORE = [
  'menurut',
  'ujar',
  'kata',
  'jelas',
  'tutur',
  'ucap',
  'tegas',
  'tandas',
  'imbuh',
  'tambah',
  'pungkas',
  'sebut',
  'terang',
  'ungkap',
  'papar',
  'lanjut',
] as const satisfies readonly string[];

/**
 * Cues that make a person mentioned in the sentence an attendee.
 *
 * @example
 * ```ts
 * ATTENDANCE_CUES.includes('turut hadir')
 * //=> true
 * ```
 * @internal
 */
export const ATTENDANCE_CUES = [
  'hadir',
  'turut hadir',
  'dihadiri',
  'didampingi',
  'bersama',
  'tampak',
  'nampak',
] as const satisfies readonly string[];

/** How far (characters) after a person a speaker or speech cue may stand. */
export const CUE_AFTER_REACH = 60;

/** How far (characters) before a person a cue may stand. */
export const CUE_BEFORE_REACH = 25;
