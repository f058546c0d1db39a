import type { VocabularyEntry } from '../model/vocabulary';
import { findPhrase, indexPhrases, type PhraseIndex, wordTokens } from '../text/foldText';

const INDEXES = new WeakMap<object, PhraseIndex<string>>();

function indexOf(vocabulary: Readonly<Record<string, VocabularyEntry>>): PhraseIndex<string> {
  let index = INDEXES.get(vocabulary);
  if (index === undefined) {
    index = indexPhrases(
      Object.entries(vocabulary).flatMap(([code, entry]) => entry.aliases.map((alias) => [alias, code] as const)),
    );
    INDEXES.set(vocabulary, index);
  }
  return index;
}

/**
 * Finds every code of a vocabulary whose aliases occur in a text, in order of first appearance.
 * Aliases match as whole words, ignoring case, accents, punctuation and spacing ("Focus Group
 * Discussion", "focus-group discussion"); where aliases overlap, the longest one starting first wins
 * ("Bimbingan dan Penyuluhan" is `bimbingan-penyuluhan`, not `penyuluhan`). Never throws; linear in
 * the length of the text.
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
  if (typeof text !== 'string') return [];
  const index = indexOf(vocabulary);
  const words = wordTokens(text);
  const found: Code[] = [];
  let from = 0;
  for (;;) {
    const match = findPhrase(words, index, from);
    if (match === undefined) return found;
    const code = match.value as Code;
    if (!found.includes(code)) found.push(code);
    from = match.end;
  }
}
