import { ELECTION_IDS } from '@kamtibmas/core';
import * as z from 'zod';
import { BilingualTextSchema } from './BilingualTextSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { PhaseIdSchema } from './PhaseIdSchema';

/**
 * Zod schema of an election stage whose dates are set by a rule rather than printed in the
 * schedule (`Election['rules']` items in core: penetapan hasil, sumpah/janji "sesuai AMJ" …).
 *
 * @example
 * ```ts
 * const rule = {
 *   id: 'pemilu-2024/penetapan-hasil', electionId: 'pemilu-2024',
 *   name: { id: 'Penetapan hasil pemilu', en: 'Declaration of results' },
 *   relativeTo: { id: 'Putusan MK', en: 'Constitutional Court ruling' },
 *   rule: { id: 'Paling lambat 3 hari setelah putusan MK.', en: 'No later than 3 days after the ruling.' },
 * };
 * ElectionStageRuleSchema.safeParse(rule).success
 * //=> true
 * ElectionStageRuleSchema.safeParse({ ...rule, start: '2024-03-20' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const ElectionStageRuleSchema = z
  .strictObject({
    id: PhaseIdSchema,
    electionId: z.enum(ELECTION_IDS).describe('The election this stage belongs to.'),
    name: BilingualTextSchema,
    relativeTo: BilingualTextSchema.describe('The outside event or authority the dates depend on.'),
    rule: BilingualTextSchema.describe('The rule itself, as the sources state it.'),
    until: LocalDateSchema.optional(),
    parentId: PhaseIdSchema.optional(),
  })
  .meta({
    id: 'ElectionStageRule',
    title: 'ElectionStageRule',
    description: 'An election stage whose dates are set by a rule rather than printed in the schedule.',
  });
