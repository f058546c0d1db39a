import { ORGANIZATION_KINDS } from '@kamtibmas/core';
import * as z from 'zod';
import { AreaSchema } from './AreaSchema';
import { IdSchema } from './IdSchema';
import { text } from './text';

/**
 * Zod schema of an {@link @kamtibmas/core!Organization | Organization}: a non-police body (KPU, Bawaslu,
 * Pemkab, Kesbangpol, kecamatan …).
 *
 * @example
 * ```ts
 * OrganizationSchema.safeParse({ id: 'kpu-kota-balikpapan', kind: 'kpu', name: 'KPU Kota Balikpapan' }).success
 * //=> true
 * OrganizationSchema.safeParse({ id: 'kpu-kota-balikpapan', kind: 'komisi', name: 'KPU' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const OrganizationSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(ORGANIZATION_KINDS).describe('What kind of body this is.'),
    name: text('Name as the body calls itself.'),
    area: AreaSchema.optional(),
  })
  .meta({ id: 'Organization', title: 'Organization', description: 'A non-police body that appears in events.' });
