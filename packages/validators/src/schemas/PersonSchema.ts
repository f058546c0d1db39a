import * as z from 'zod';
import { personFields } from './personFields';

/**
 * Zod schema of a {@link @kamtibmas/core!Person | Person}: the fields every person has, without the
 * `kind` discriminator. Datasets hold {@link PersonRecordSchema} records instead.
 *
 * @example
 * ```ts
 * PersonSchema.safeParse({ id: 'imam-tarmudi', name: 'Imam Tarmudi', honorifics: [], titles: [], appointments: [] }).success
 * //=> true
 * PersonSchema.safeParse({ id: 'imam-tarmudi', name: '', honorifics: [], titles: [], appointments: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const PersonSchema = z
  .strictObject(personFields)
  .meta({ id: 'Person', title: 'Person', description: 'What every person in the model has.' });
