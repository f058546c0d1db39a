import { AREA_LEVELS } from '@kamtibmas/core';
import * as z from 'zod';
import { text } from './text';

// Kemendagri codes: 2-digit province, then .2 regency/city, .2 district, .4 village.
const AREA_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

/**
 * Zod schema of an {@link @kamtibmas/core!Area | Area}: a Kemendagri administrative area with an
 * optional dotted code (`'16'`, `'16.07'`, `'16.07.01'`, `'16.07.01.2001'`).
 *
 * @example
 * ```ts
 * AreaSchema.safeParse({ level: 'regency', name: 'Banyuasin', code: '16.07' }).success
 * //=> true
 * AreaSchema.safeParse({ level: 'kabupaten', name: 'Banyuasin' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const AreaSchema = z
  .strictObject({
    level: z.enum(AREA_LEVELS).describe('Administrative level of the area.'),
    name: text('Name without the level word, e.g. Banyuasin.'),
    code: z.string().regex(AREA_CODE).describe('Kemendagri code with dots, e.g. 16.07.').optional(),
  })
  .meta({
    id: 'Area',
    title: 'Area',
    description: 'An administrative area (Kemendagri) a unit or organisation covers.',
  });
