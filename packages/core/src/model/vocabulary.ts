import type { BilingualText } from './election';

/**
 * One entry of a controlled vocabulary (event kinds, participant groups, topics): its labels, what it
 * means, and the words news uses for it.
 *
 * @example
 * ```ts
 * const entry: VocabularyEntry = {
 *   label: { id: 'Doa bersama', en: 'Joint prayer' },
 *   description: { id: 'Doa bersama lintas agama.', en: 'A joint, often interfaith, prayer.' },
 *   aliases: ['doa bersama', 'istighosah'],
 * };
 * ```
 * @category Vocabularies
 */
export interface VocabularyEntry {
  /** Display label in Indonesian and English. */
  label: BilingualText;
  /** What the code covers, in both languages. */
  description: BilingualText;
  /**
   * Words and phrases news uses for it, matched case-, accent-, punctuation- and spacing-insensitively
   * as whole words. The first is the usual Indonesian form.
   */
  aliases: readonly string[];
}

/**
 * The four dimensions of Bawaslu's Indeks Kerawanan Pemilu (IKP) 2024: social-political context,
 * election administration, contestation and participation.
 *
 * @example
 * ```ts
 * const dimension: IkpDimension = 'kontestasi';
 * ```
 * @category Vocabularies
 */
export type IkpDimension = 'konteks-sosial-politik' | 'penyelenggaraan-pemilu' | 'kontestasi' | 'partisipasi';

/**
 * A topic entry: a {@link VocabularyEntry} with the IKP dimension (and sub-dimension) it relates to,
 * where one does.
 *
 * @example
 * ```ts
 * const ikp: TopicEntry['ikp'] = { dimension: 'partisipasi', subDimension: 'partisipasi pemilih' };
 * ```
 * @category Vocabularies
 */
export interface TopicEntry extends VocabularyEntry {
  /** The IKP 2024 dimension and sub-dimension (as Bawaslu names it) the topic relates to. */
  ikp?: { dimension: IkpDimension; subDimension?: string };
}
