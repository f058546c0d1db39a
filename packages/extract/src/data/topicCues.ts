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
  'keamanan dan ketertiban': 'kamtibmas',
  'stabilitas keamanan': 'kamtibmas',
  'situasi aman': 'kamtibmas',
  'aman dan damai': 'kamtibmas',
  'pendidikan politik': 'edukasi-politik',
  'edukasi pemilu': 'edukasi-politik',
  'money politik': 'politik-uang',
  'money politic': 'politik-uang',
} as const satisfies Record<string, TopicCode>;
