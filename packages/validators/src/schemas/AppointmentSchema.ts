import { ACTING_KINDS, type PositionCode } from '@kamtibmas/core';
import * as z from 'zod';
import { IdSchema } from './IdSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { text } from './text';

// A position is a PositionCode or, when no code fits, the position as written; at run time both
// are non-empty strings, so the schema is a string typed as core's open union.
const PositionSchema = text(
  'A PositionCode (e.g. kapolres), or the position as written when no code fits.',
) as unknown as z.ZodType<PositionCode | (string & {}), string>;

/**
 * Zod schema of an {@link @kamtibmas/core!Appointment | Appointment}: a position held in a unit or organisation.
 *
 * @example
 * ```ts
 * AppointmentSchema.safeParse({ position: 'kapolsek', organizationId: 'polsek-kedurang', status: 'current' }).success
 * //=> true
 * AppointmentSchema.safeParse({ position: 'kapolsek', organizationId: 'polsek-kedurang', acting: 'pjs' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const AppointmentSchema = z
  .strictObject({
    position: PositionSchema,
    organizationId: IdSchema,
    acting: z.enum(ACTING_KINDS).describe('Acting prefix: Pj., Plt., Plh., Ps.').optional(),
    status: z.enum(['current', 'former']).describe('former for "mantan …".').optional(),
    asOf: LocalDateSchema.optional(),
  })
  .meta({
    id: 'Appointment',
    title: 'Appointment',
    description: 'A position a person holds or held in a unit or organisation.',
  });
