import * as z from 'zod';
import { text } from './text';

/**
 * Zod schema of an {@link @kamtibmas/core!Evidence | Evidence}: a verbatim quote backing one fact, with
 * optional character offsets. When both offsets are given, `start <= end` (issue code
 * `invalid_range`, at `end`); JSON Schema cannot express that comparison.
 *
 * @example
 * ```ts
 * EvidenceSchema.safeParse({ claim: 'event.date', quote: 'Jumat (24/11/2023)', start: 212, end: 230 }).success
 * //=> true
 * EvidenceSchema.safeParse({ claim: 'event.date', quote: 'Jumat (24/11/2023)', start: 230, end: 212 }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const EvidenceSchema = z
  .strictObject({
    claim: text("What the quote backs, e.g. 'event.date'."),
    quote: text('The words exactly as they stand in the source.'),
    start: z.int().min(0).describe('Offset of the first character of quote in the source text.').optional(),
    end: z.int().min(0).describe('Offset just past the last character of quote.').optional(),
  })
  .refine((evidence) => evidence.start === undefined || evidence.end === undefined || evidence.start <= evidence.end, {
    path: ['end'],
    params: { code: 'invalid_range' },
    message: 'end must not be before start',
  })
  .meta({ id: 'Evidence', title: 'Evidence', description: 'A verbatim quote from a source that backs one fact.' });
