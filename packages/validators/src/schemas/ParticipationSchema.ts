import { PARTICIPATION_ROLES } from '@kamtibmas/core';
import * as z from 'zod';
import { IdSchema } from './IdSchema';

/**
 * Zod schema of a {@link @kamtibmas/core!Participation | Participation}: a person's role at an event, with
 * `onBehalfOf` for delegation. Delegation to oneself is the rule `self_delegation`, checked by
 * {@link validateEvent}.
 *
 * @example
 * ```ts
 * ParticipationSchema.safeParse({ personId: 'imam-tarmudi', role: 'opener', onBehalfOf: 'sofyan-hidayat' }).success
 * //=> true
 * ParticipationSchema.safeParse({ personId: 'imam-tarmudi', role: 'pembuka' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const ParticipationSchema = z
  .strictObject({
    personId: IdSchema,
    role: z.enum(PARTICIPATION_ROLES).describe('What the person did.'),
    onBehalfOf: IdSchema.optional(),
  })
  .meta({ id: 'Participation', title: 'Participation', description: "A person's part in an event." });
