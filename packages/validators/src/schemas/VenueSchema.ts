import * as z from 'zod';
import { text } from './text';
import { VenueAddressSchema } from './VenueAddressSchema';

/**
 * Zod schema of a {@link @kamtibmas/core!Venue | Venue}: where an event took place.
 *
 * @example
 * ```ts
 * VenueSchema.safeParse({ name: 'Mapolsek Kedurang' }).success
 * //=> true
 * VenueSchema.safeParse({ name: 42 }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const VenueSchema = z
  .strictObject({
    name: text("Name of the place, e.g. 'Aula Mapolres Banyuasin'.").optional(),
    address: VenueAddressSchema.optional(),
  })
  .meta({ id: 'Venue', title: 'Venue', description: 'Where an event took place.' });
