import * as z from 'zod';
import { MAX_ID_LENGTH } from '../limits';

// Lower-case letters and digits in groups joined by single hyphens. Linear on any input: each group
// starts after a hyphen, so there is one way to match (recheck proves it with its automaton; the
// earlier lookahead form `(?!.*--)` could only be fuzzed, and was judged vulnerable under load).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Zod schema of an id: a kebab-case slug (`polda-sumsel`, `polres-banyuasin`, `imam-tarmudi`) of
 * lower-case letters and digits joined by single hyphens, at most {@link MAX_ID_LENGTH} long.
 *
 * @example
 * ```ts
 * IdSchema.safeParse('polres-lampung-selatan').success
 * //=> true
 * IdSchema.safeParse('Polres Lampung Selatan').success
 * //=> false
 * ```
 * @category Schemas
 */
export const IdSchema = z.string().max(MAX_ID_LENGTH).regex(SLUG).meta({
  id: 'Id',
  title: 'Id',
  description: 'Kebab-case slug: lower-case letters and digits joined by single hyphens, e.g. polres-banyuasin.',
});

/** The slug pattern's source, used to recognise its issues. */
export const SLUG_PATTERN_SOURCE = SLUG.source;
