import type { VocabularyEntry } from '../model/vocabulary';
import { findVocabularyMentions } from './findVocabularyMentions';

/**
 * Finds every code of a vocabulary whose aliases occur in a text, in order of first appearance.
 * Aliases match as whole words, ignoring case, accents, punctuation and spacing ("Focus Group
 * Discussion", "focus-group discussion"); where aliases overlap, the longest one starting first wins
 * ("Bimbingan dan Penyuluhan" is `bimbingan-penyuluhan`, not `penyuluhan`). Never throws; linear in
 * the length of the text. {@link findVocabularyMentions} gives every occurrence with its span.
 *
 * @param vocabulary - A labelled vocabulary such as `EVENT_KINDS`, `PARTICIPANT_GROUPS` or `TOPICS`.
 * @param text - Any text, e.g. an article sentence.
 * @returns The distinct codes found, first appearance first; empty when none is found.
 * @example
 * ```ts
 * findVocabularyCodes(EVENT_KINDS, 'Dialog Kamtibmas hingga Doa Bersama')
 * //=> ['dialog', 'doa-bersama']
 * findVocabularyCodes(PARTICIPANT_GROUPS, 'diikuti tokoh agama, tokoh masyarakat, ormas dan komunitas')
 * //=> ['tokoh-agama', 'tokoh-masyarakat', 'ormas', 'komunitas']
 * ```
 * @category Vocabularies
 */
export function findVocabularyCodes<Code extends string>(
  vocabulary: Readonly<Record<Code, VocabularyEntry>>,
  text: string,
): Code[] {
  const found: Code[] = [];
  for (const { code } of findVocabularyMentions(vocabulary, text)) if (!found.includes(code)) found.push(code);
  return found;
}
