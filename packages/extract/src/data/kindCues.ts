// Verb forms and other words that name an activity of the event-kind vocabulary. Core's EVENT_KINDS
// lists the nouns ("sosialisasi", "dialog"); news also writes the activity as a verb ("Polsek
// Tempuling menyosialisasikan pemilu damai", "berdialog", "berdiskusi") or with a noun the
// vocabulary does not list ("diskusi", "pertemuan" for a dialog; corpus articles 026, 035, 039 and the
// annotation guide in corpus/README.md: sarasehan and "diskusi" → dialog). Lower case. Data only.
import type { EventKind } from '@kamtibmas/core';

/**
 * Words that name an activity, with its kind.
 *
 * @example
 * ```ts
 * KIND_WORDS.menyosialisasikan
 * //=> 'sosialisasi'
 * ```
 * @internal
 */
export const KIND_WORDS = {
  menyosialisasikan: 'sosialisasi',
  mensosialisasikan: 'sosialisasi',
  sosialisasikan: 'sosialisasi',
  bersosialisasi: 'sosialisasi',
  berdialog: 'dialog',
  diskusi: 'dialog',
  berdiskusi: 'dialog',
  pertemuan: 'dialog',
  'tatap muka': 'dialog',
  'forum silaturahmi': 'dialog',
  'bertemu dengan': 'silaturahmi',
  'forum komunikasi': 'dialog',
  'forum diskusi': 'dialog',
  bersilaturahmi: 'silaturahmi',
  bersilaturahim: 'silaturahmi',
  'memberikan penyuluhan': 'penyuluhan',
  menyuluh: 'penyuluhan',
  'doa lintas agama': 'doa-bersama',
  'berdoa bersama': 'doa-bersama',
  mendeklarasikan: 'deklarasi-damai',
  deklarasikan: 'deklarasi-damai',
} as const satisfies Record<string, EventKind>;

/**
 * Kinds that news also names as the purpose of something else ("Dalam Rangka Pengamanan Pemilu
 * 2024, Ditbinmas … menggelar apel"): after a purpose cue they are not the activity.
 *
 * @example
 * ```ts
 * PURPOSE_KINDS.includes('pengamanan')
 * //=> true
 * ```
 * @internal
 */
export const PURPOSE_KINDS = ['pengamanan'] as const satisfies readonly EventKind[];

/** Cues of a purpose ("dalam rangka …", "guna …"). */
export const PURPOSE_CUES = [
  'rangka',
  'guna',
  'demi',
  'untuk',
  'jelang',
  'menjelang',
] as const satisfies readonly string[];

/**
 * Words that name an activity only loosely ("pertemuan bertajuk Coffee Morning", "kunjungan"): a
 * more specific term of the same part of the article comes first.
 *
 * @example
 * ```ts
 * LOOSE_KIND_WORDS.includes('pertemuan')
 * //=> true
 * ```
 * @internal
 */
export const LOOSE_KIND_WORDS = [
  'pertemuan',
  'tatap muka',
  'kunjungan',
  'bertemu dengan',
] as const satisfies readonly string[];

/**
 * Words that join two activities named together ("silaturahmi dan sambang", "dialog hingga doa
 * bersama").
 *
 * @example
 * ```ts
 * KIND_JOINERS.includes('dan')
 * //=> true
 * ```
 * @internal
 */
export const KIND_JOINERS = [
  'dan',
  'serta',
  'hingga',
  'atau',
  'sekaligus',
  'sambil',
] as const satisfies readonly string[];
