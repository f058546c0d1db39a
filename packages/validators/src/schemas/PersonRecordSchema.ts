import * as z from 'zod';
import { OfficerSchema } from './OfficerSchema';
import { OfficialSchema } from './OfficialSchema';

/**
 * Zod schema of a {@link @kamtibmas/core!PersonRecord | PersonRecord}: an officer or an official, told apart by
 * `kind`.
 *
 * @example
 * ```ts
 * PersonRecordSchema.safeParse({ kind: 'official', id: 'ujang', name: 'Ujang', honorifics: [], titles: [], appointments: [] }).success
 * //=> true
 * PersonRecordSchema.safeParse({ kind: 'civilian', id: 'ujang', name: 'Ujang', honorifics: [], titles: [], appointments: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const PersonRecordSchema = z.discriminatedUnion('kind', [OfficerSchema, OfficialSchema]).meta({
  id: 'PersonRecord',
  title: 'PersonRecord',
  description: 'Any person in a dataset: an officer or an official.',
});
