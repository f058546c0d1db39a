import * as z from 'zod';
import { EventSchema } from './EventSchema';
import { OrganizationSchema } from './OrganizationSchema';
import { PersonRecordSchema } from './PersonRecordSchema';
import { UnitSchema } from './UnitSchema';

/**
 * Zod schema of a {@link @kamtibmas/core!Dataset | Dataset}: units, organisations, people and events. The
 * shape only; ids, references and the unit hierarchy are checked by {@link validateDataset}.
 *
 * @example
 * ```ts
 * DatasetSchema.safeParse({ units: [], organizations: [], people: [], events: [] }).success
 * //=> true
 * DatasetSchema.safeParse({ units: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const DatasetSchema = z
  .strictObject({
    units: z.array(UnitSchema),
    organizations: z.array(OrganizationSchema),
    people: z.array(PersonRecordSchema),
    events: z.array(EventSchema),
  })
  .meta({
    id: 'Dataset',
    title: 'Dataset',
    description: 'The unit of exchange: units, organisations, people and events.',
  });
