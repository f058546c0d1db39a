import type { VocabularyEntry } from '../model/vocabulary';

/**
 * Gives a code's label from any labelled vocabulary, in Indonesian or English.
 *
 * @param vocabulary - A labelled vocabulary such as `EVENT_KINDS`, `PARTICIPANT_GROUPS` or `TOPICS`.
 * @param code - A code of that vocabulary.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns The label.
 * @example
 * ```ts
 * labelOf(TOPICS, 'politik-uang', 'en')
 * //=> 'Vote buying'
 * labelOf(PARTICIPANT_GROUPS, 'tokoh-adat')
 * //=> 'Tokoh adat (Toda)'
 * ```
 * @category Vocabularies
 */
export function labelOf<Code extends string>(
  vocabulary: Readonly<Record<Code, VocabularyEntry>>,
  code: Code,
  locale: 'id' | 'en' = 'id',
): string {
  return vocabulary[code].label[locale];
}
