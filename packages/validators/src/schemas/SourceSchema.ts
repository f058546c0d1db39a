import * as z from 'zod';
import { MAX_STRING_LENGTH } from '../limits';
import { EvidenceSchema } from './EvidenceSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { text } from './text';

/**
 * Zod schema of a {@link @kamtibmas/core!Source | Source}: where a fact comes from. `url` must be an
 * absolute `http:` or `https:` address.
 *
 * @example
 * ```ts
 * SourceSchema.safeParse({ publisher: 'Koran Palpres', publishedOn: '2023-11-24' }).success
 * //=> true
 * SourceSchema.safeParse({ publisher: 'Koran Palpres', url: 'koranpalpres.com' }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const SourceSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(MAX_STRING_LENGTH)
      .describe('Address of the article.')
      .optional(),
    title: text('Headline as published.').optional(),
    publisher: text("Publisher or outlet, e.g. 'Koran Palpres'."),
    publishedOn: LocalDateSchema.optional(),
    author: text('Author or reporter as credited.').optional(),
    photoCredit: text('Photo credit as printed.').optional(),
    evidence: z.array(EvidenceSchema).optional(),
  })
  .meta({ id: 'Source', title: 'Source', description: 'Where a fact comes from: usually a news article.' });
