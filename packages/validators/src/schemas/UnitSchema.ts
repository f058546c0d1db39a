import { INDONESIAN_TIME_ZONES, UNIT_FUNCTIONS } from '@kamtibmas/core';
import * as z from 'zod';
import { AreaSchema } from './AreaSchema';
import { IdSchema } from './IdSchema';
import { text } from './text';
import { UnitKindSchema } from './UnitKindSchema';

/**
 * Zod schema of a Polri {@link @kamtibmas/core!Unit | Unit}. Whether a functional unit has a parent and
 * whether the parent's kind may contain it are dataset rules (`missing_parent`,
 * `invalid_parent_kind`), checked by {@link validateDataset}.
 *
 * @example
 * ```ts
 * UnitSchema.safeParse({ id: 'polres-banyuasin', kind: 'polres', name: 'Polres Banyuasin', parentId: 'polda-sumsel' }).success
 * //=> true
 * UnitSchema.safeParse({ id: 'polres-banyuasin', kind: 'polres', name: 'Polres Banyuasin', boss: 'x' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const UnitSchema = z
  .strictObject({
    id: IdSchema,
    kind: UnitKindSchema,
    name: text("Canonical name, e.g. 'Polres Banyuasin'."),
    shortNames: z.array(text('Another name news uses.')).optional(),
    parentId: IdSchema.optional(),
    function: z.enum(UNIT_FUNCTIONS).describe('Police function of a functional unit.').optional(),
    type: z.enum(['A-K', 'A', 'B', 'C', 'D']).describe('Class of a territorial unit.').optional(),
    area: AreaSchema.optional(),
    timeZone: z.enum(INDONESIAN_TIME_ZONES).describe("Time zone of the unit's area.").optional(),
  })
  .meta({
    id: 'Unit',
    title: 'Unit',
    description: 'A Polri unit, territorial (Polda, Polres, Polsek …) or functional.',
  });
