import { ELECTION_IDS } from '@kamtibmas/core';
import * as z from 'zod';
import { PhaseIdSchema } from './PhaseIdSchema';

/**
 * Zod schema of an {@link @kamtibmas/core!EventElectionRef | EventElectionRef}: the election (and stage) an event
 * relates to. That the stage belongs to the election is the rule `phase_election_mismatch`,
 * checked by {@link validateEvent}.
 *
 * @example
 * ```ts
 * EventElectionRefSchema.safeParse({ electionId: 'pilkada-2024', phaseId: 'pilkada-2024/kampanye' }).success
 * //=> true
 * EventElectionRefSchema.safeParse({ electionId: 'pemilu-2029' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const EventElectionRefSchema = z
  .strictObject({
    electionId: z.enum(ELECTION_IDS).describe('The election.'),
    phaseId: PhaseIdSchema.optional(),
  })
  .meta({
    id: 'EventElectionRef',
    title: 'EventElectionRef',
    description: 'Which election (and stage) an event relates to.',
  });
