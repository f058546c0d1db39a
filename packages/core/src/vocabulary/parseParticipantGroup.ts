import { PARTICIPANT_GROUPS } from '../data/participantGroups';
import type { ParticipantGroupCode } from '../data/vocabularyCodes';
import { findVocabularyCodes } from './findVocabularyCodes';

/**
 * Recognises a participant group from the words news uses: "tokoh agama"/"Toga", "Tomas", "Toda",
 * "Kades", "ojol", "KPPS", "Bawaslu" … Case-, accent-, punctuation- and spacing-insensitive, whole
 * words only. Never throws; linear in the length of the text. Use {@link findVocabularyCodes} for
 * every group in a list.
 *
 * @param text - Any text, e.g. "dihadiri Toga dan Tomas".
 * @returns The first group mentioned, or `undefined` when none is.
 * @example
 * ```ts
 * parseParticipantGroup('TOGA')
 * //=> 'tokoh-agama'
 * parseParticipantGroup('Kades se- Kecamatan Kedurang Ilir')
 * //=> 'kepala-desa'
 * ```
 * @category Vocabularies
 */
export function parseParticipantGroup(text: string): ParticipantGroupCode | undefined {
  return findVocabularyCodes(PARTICIPANT_GROUPS, text)[0];
}
