import type { VocabularyEntry } from '../model/vocabulary';

/**
 * Gives a code's label from any labelled vocabulary, in Indonesian or English.
 *
 * @param vocabulary - A labelled vocabulary such as `EVENT_KINDS`, `PARTICIPANT_GROUPS` or `TOPICS`.
 * @param code - A code of that vocabulary.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns The label.
 * @throws RangeError when `code` is not a code of the vocabulary (including inherited names such as
 *   `'constructor'`, which a plain property read would find on `Object.prototype`).
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
  if (!Object.hasOwn(vocabulary, code)) throw new RangeError(`Unknown vocabulary code: ${String(code)}`);
  return vocabulary[code].label[locale];
}
