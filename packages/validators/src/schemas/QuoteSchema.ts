import * as z from 'zod';
import { IdSchema } from './IdSchema';
import { text } from './text';

/**
 * Zod schema of a {@link @kamtibmas/core!Quote | Quote}: something a person said, as quoted.
 *
 * @example
 * ```ts
 * QuoteSchema.safeParse({ personId: 'umi-fadilah-astutik', text: 'Kami sadar betul …' }).success
 * //=> true
 * QuoteSchema.safeParse({ personId: 'umi-fadilah-astutik' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const QuoteSchema = z
  .strictObject({
    personId: IdSchema,
    text: text('The words as quoted.'),
  })
  .meta({ id: 'Quote', title: 'Quote', description: 'Something a person said, as quoted by the source.' });
