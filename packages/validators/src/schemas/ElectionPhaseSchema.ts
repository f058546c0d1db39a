import { ELECTION_IDS } from '@kamtibmas/core';
import * as z from 'zod';
import { BilingualTextSchema } from './BilingualTextSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { PhaseIdSchema } from './PhaseIdSchema';

/**
 * Zod schema of an {@link @kamtibmas/core!ElectionPhase | ElectionPhase}: one stage of an election with inclusive
 * dates. `start <= end` is checked (issue code `invalid_range`, at `end`); JSON Schema cannot
 * express that comparison.
 *
 * @example
 * ```ts
 * const phase = { id: 'pemilu-2024/kampanye', electionId: 'pemilu-2024', name: { id: 'Masa kampanye', en: 'Campaign period' }, start: '2023-11-28', end: '2024-02-10' };
 * ElectionPhaseSchema.safeParse(phase).success
 * //=> true
 * ElectionPhaseSchema.safeParse({ ...phase, end: '2023-02-10' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const ElectionPhaseSchema = z
  .strictObject({
    id: PhaseIdSchema,
    electionId: z.enum(ELECTION_IDS).describe('The election this stage belongs to.'),
    name: BilingualTextSchema,
    start: LocalDateSchema,
    end: LocalDateSchema,
    parentId: PhaseIdSchema.optional(),
  })
  .refine((phase) => phase.start <= phase.end, {
    path: ['end'],
    params: { code: 'invalid_range' },
    message: 'end must not be before start',
  })
  .meta({ id: 'ElectionPhase', title: 'ElectionPhase', description: 'One stage (tahapan) of an election.' });
