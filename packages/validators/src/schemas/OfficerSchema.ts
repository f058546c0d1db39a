import * as z from 'zod';
import { personFields } from './personFields';
import { RankCodeSchema } from './RankCodeSchema';

/**
 * Zod schema of an {@link @kamtibmas/core!Officer | Officer}: a police officer with a rank code.
 *
 * @example
 * ```ts
 * OfficerSchema.safeParse({ kind: 'officer', id: 'suharno', name: 'Suharno', rank: 'IPDA', honorifics: [], titles: ['S.H.'], appointments: [] }).success
 * //=> true
 * OfficerSchema.safeParse({ kind: 'officer', id: 'suharno', name: 'Suharno', rank: 'Ipda', honorifics: [], titles: [], appointments: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const OfficerSchema = z
  .strictObject({ kind: z.literal('officer'), ...personFields, rank: RankCodeSchema })
  .meta({ id: 'Officer', title: 'Officer', description: 'A police officer, with rank.' });
