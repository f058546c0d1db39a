import { ELECTION_IDS } from '@kamtibmas/core';
import * as z from 'zod';
import { BilingualTextSchema } from './BilingualTextSchema';
import { ElectionPhaseSchema } from './ElectionPhaseSchema';
import { ElectionStageRuleSchema } from './ElectionStageRuleSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { text } from './text';

/**
 * Zod schema of an {@link @kamtibmas/core!Election | Election}: an election cycle with its stages.
 *
 * @example
 * ```ts
 * ElectionSchema.safeParse({ id: 'pilkada-2024', kind: 'pilkada', name: { id: 'Pilkada 2024', en: '2024 regional elections' }, votingDay: '2024-11-27', legalBasis: 'PKPU 2/2024', stages: [] }).success
 * //=> true
 * ElectionSchema.safeParse({ id: 'pilkada-2024', kind: 'pilpres', name: { id: 'Pilkada 2024', en: '2024 regional elections' }, votingDay: '2024-11-27', legalBasis: 'PKPU 2/2024', stages: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const ElectionSchema = z
  .strictObject({
    id: z.enum(ELECTION_IDS).describe('Election id.'),
    kind: z.enum(['pemilu', 'pilkada']).describe('pemilu (national) or pilkada (regional heads).'),
    name: BilingualTextSchema,
    votingDay: LocalDateSchema,
    legalBasis: text("Regulation that sets the schedule, e.g. 'PKPU 3/2022'."),
    stages: z.array(ElectionPhaseSchema),
    rules: z.array(ElectionStageRuleSchema).describe('Stages whose dates are rules, not calendar ranges.').optional(),
  })
  .meta({ id: 'Election', title: 'Election', description: 'An election cycle with its stages.' });
