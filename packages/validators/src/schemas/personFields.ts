// Private: the fields every person has, shared by PersonSchema, OfficerSchema and OfficialSchema.
import * as z from 'zod';
import { AppointmentSchema } from './AppointmentSchema';
import { IdSchema } from './IdSchema';
import { text } from './text';

export const personFields = {
  id: IdSchema,
  name: text('The name only, as written, without rank, titles or honorifics.'),
  honorifics: z.array(text('Honorific, canonical: H., Hj., K.H. …')),
  titles: z.array(text('Academic title, canonical: S.I.K., M.M. …')),
  appointments: z.array(AppointmentSchema),
};
