/**
 * The 22 Polri rank codes in ascending order (index 0 = level 1, Bharada; index 21 = level 22,
 * Jenderal Polisi), per Perkap 3/2016 as amended by Perpol 11/2018. The full ladder with names,
 * aliases, groups and insignia is {@link RANKS}.
 *
 * @example
 * ```ts
 * RANK_CODES[0]
 * //=> 'BHARADA'
 * RANK_CODES.length
 * //=> 22
 * ```
 * @category Ranks
 */
export const RANK_CODES = [
  'BHARADA',
  'BHARATU',
  'BHARAKA',
  'ABRIPDA',
  'ABRIPTU',
  'ABRIP',
  'BRIPDA',
  'BRIPTU',
  'BRIGPOL',
  'BRIPKA',
  'AIPDA',
  'AIPTU',
  'IPDA',
  'IPTU',
  'AKP',
  'KOMPOL',
  'AKBP',
  'KOMBES',
  'BRIGJEN',
  'IRJEN',
  'KOMJEN',
  'JENDERAL',
] as const;

/**
 * A Polri rank code, e.g. `'AKBP'` or `'KOMBES'`. See {@link RANK_CODES} for the ascending list.
 *
 * @example
 * ```ts
 * const rank: RankCode = 'KOMBES';
 * ```
 * @category Ranks
 */
export type RankCode = (typeof RANK_CODES)[number];
