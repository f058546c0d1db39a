import * as z from 'zod';
import { text } from './text';

/**
 * Zod schema of a {@link @kamtibmas/core!VenueAddress | VenueAddress}: address parts of a venue.
 *
 * @example
 * ```ts
 * VenueAddressSchema.safeParse({ street: 'Jalan POM IX', city: 'Palembang' }).success
 * //=> true
 * VenueAddressSchema.safeParse({ kota: 'Palembang' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const VenueAddressSchema = z
  .strictObject({
    street: text('Street and number.').optional(),
    village: text('Desa or kelurahan.').optional(),
    district: text('Kecamatan.').optional(),
    regency: text('Kabupaten.').optional(),
    city: text('Kota.').optional(),
    province: text('Provinsi.').optional(),
  })
  .meta({ id: 'VenueAddress', title: 'VenueAddress', description: 'Address parts of a venue.' });
