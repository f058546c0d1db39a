import type { LocalDate } from '@kamtibmas/core';
import * as z from 'zod';

/**
 * Zod schema of a {@link @kamtibmas/core!LocalDate | LocalDate}: a string `YYYY-MM-DD` naming a day that
 * exists (leap years included). Built on `z.iso.date()`, whose check is exactly core's
 * `isLocalDate`; its JSON Schema is `{ type: 'string', format: 'date' }` with the same pattern.
 *
 * @example
 * ```ts
 * LocalDateSchema.safeParse('2024-02-14').success
 * //=> true
 * LocalDateSchema.safeParse('2024-02-30').success
 * //=> false
 * ```
 * @category Schemas
 */
export const LocalDateSchema: z.ZodType<LocalDate, string> = z.iso.date().meta({
  id: 'LocalDate',
  title: 'LocalDate',
  description: 'A local calendar date YYYY-MM-DD that exists (2024-02-30 does not).',
}) as unknown as z.ZodType<LocalDate, string>;
