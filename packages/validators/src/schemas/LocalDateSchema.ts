import { isLocalDate, type LocalDate } from '@kamtibmas/core';
import * as z from 'zod';

/**
 * Zod schema of a {@link @kamtibmas/core!LocalDate}: a string `YYYY-MM-DD` naming a day that
 * exists. Its JSON Schema is `{ type: 'string', format: 'date' }`.
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
export const LocalDateSchema: z.ZodType<LocalDate, string> = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isLocalDate, { message: 'not a calendar date' }) as unknown as z.ZodType<LocalDate, string>;
