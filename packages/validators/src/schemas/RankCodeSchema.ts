import { RANK_CODES } from '@kamtibmas/core';
import * as z from 'zod';

/**
 * Zod schema of a {@link @kamtibmas/core!RankCode | RankCode}: one of the 22 Polri rank codes.
 *
 * @example
 * ```ts
 * RankCodeSchema.safeParse('KOMBES').success
 * //=> true
 * RankCodeSchema.safeParse('Kombes Pol').success
 * //=> false
 * ```
 * @category Schemas
 */
export const RankCodeSchema = z.enum(RANK_CODES).meta({
  id: 'RankCode',
  title: 'RankCode',
  description: 'Polri rank code, ascending from BHARADA to JENDERAL (Perkap 3/2016, Perpol 11/2018).',
});
