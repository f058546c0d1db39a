import { PARTICIPANT_GROUP_CODES } from '@kamtibmas/core';
import * as z from 'zod';
import { text } from './text';

/**
 * Zod schema of a {@link @kamtibmas/core!ParticipantGroupRef | ParticipantGroupRef}: a group an event reached, with a
 * whole, non-negative count when the source gives one.
 *
 * @example
 * ```ts
 * ParticipantGroupRefSchema.safeParse({ group: 'tokoh-agama', count: 50, countText: '50 orang' }).success
 * //=> true
 * ParticipantGroupRefSchema.safeParse({ group: 'tokoh-agama', count: -3 }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const ParticipantGroupRefSchema = z
  .strictObject({
    group: z.enum(PARTICIPANT_GROUP_CODES).describe('Which group.'),
    count: z.int().min(0).describe('How many, when stated as a number.').optional(),
    countText: text('The count as written ("puluhan", "50 orang").').optional(),
    note: text('Anything else the source says about the group.').optional(),
  })
  .meta({
    id: 'ParticipantGroupRef',
    title: 'ParticipantGroupRef',
    description: 'A group of people an event reached, with the count when the source gives one.',
  });
