import { TOPICS } from '../data/topics';
import type { TopicCode } from '../data/vocabularyCodes';
import { findVocabularyCodes } from './findVocabularyCodes';

/**
 * Recognises a topic from the words news uses: "hoax", "money politic", "serangan fajar", "SARA",
 * "adu domba", "medsos", "DPT" … Case-, accent-, punctuation- and spacing-insensitive, whole words
 * only. Never throws; linear in the length of the text.
 *
 * @param text - Any text.
 * @returns The first topic mentioned, or `undefined` when none is.
 * @example
 * ```ts
 * parseTopic('jangan mudah terprovokasi berita HOAX')
 * //=> 'provokasi'
 * parseTopic('Satgas Anti Money Politic')
 * //=> 'politik-uang'
 * ```
 * @category Vocabularies
 */
export function parseTopic(text: string): TopicCode | undefined {
  return findVocabularyCodes(TOPICS, text)[0];
}
