import * as z from 'zod';
import { MAX_ID_LENGTH } from '../limits';

// `<electionId>/<stage slug>`, both kebab-case; linear like the id pattern.
const PHASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Zod schema of an election stage id: `<electionId>/<stage slug>`, e.g. `'pemilu-2024/kampanye'`.
 *
 * @example
 * ```ts
 * PhaseIdSchema.safeParse('pilkada-2024/kampanye').success
 * //=> true
 * PhaseIdSchema.safeParse('kampanye').success
 * //=> false
 * ```
 * @category Schemas
 */
export const PhaseIdSchema = z.string().max(MAX_ID_LENGTH).regex(PHASE_ID).meta({
  id: 'PhaseId',
  title: 'PhaseId',
  description: 'Election stage id: <electionId>/<stage slug>, e.g. pemilu-2024/kampanye.',
});

/** The stage-id pattern's source, used to recognise its issues. */
export const PHASE_ID_PATTERN_SOURCE = PHASE_ID.source;
