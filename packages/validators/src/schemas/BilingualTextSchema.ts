import * as z from 'zod';
import { text } from './text';

/**
 * Zod schema of a {@link @kamtibmas/core!BilingualText | BilingualText}: a name in Indonesian and English.
 *
 * @example
 * ```ts
 * BilingualTextSchema.safeParse({ id: 'Masa kampanye', en: 'Campaign period' }).success
 * //=> true
 * BilingualTextSchema.safeParse({ id: 'Masa kampanye' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const BilingualTextSchema = z
  .strictObject({ id: text('Indonesian.'), en: text('English.') })
  .meta({ id: 'BilingualText', title: 'BilingualText', description: 'A name in Indonesian and English.' });
