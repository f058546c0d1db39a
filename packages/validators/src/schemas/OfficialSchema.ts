import * as z from 'zod';
import { personFields } from './personFields';

/**
 * Zod schema of an {@link @kamtibmas/core!Official | Official}: a civilian official (Pj. Bupati, Camat,
 * Ketua KPU …).
 *
 * @example
 * ```ts
 * OfficialSchema.safeParse({ kind: 'official', id: 'adam-ibrahim', name: 'Adam Ibrahim', honorifics: ['H.'], titles: ['S.E.', 'M.Si.'], appointments: [] }).success
 * //=> true
 * OfficialSchema.safeParse({ kind: 'official', id: 'adam-ibrahim', name: 'Adam Ibrahim', rank: 'AKBP', honorifics: [], titles: [], appointments: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const OfficialSchema = z
  .strictObject({ kind: z.literal('official'), ...personFields })
  .meta({ id: 'Official', title: 'Official', description: 'A civilian official: Pj. Bupati, Camat, Ketua KPU …' });
