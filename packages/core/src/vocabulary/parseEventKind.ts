import { EVENT_KINDS } from '../data/eventKinds';
import type { EventKind } from '../data/vocabularyCodes';
import { findVocabularyCodes } from './findVocabularyCodes';

/**
 * Recognises the kind of event a text names, from the words news uses: "FGD", "Focus Group
 * Discussion", "dialog kamtibmas", "doa bersama", "binluh", "silaturahim", "sambang", "Jumat
 * Curhat", "bansos", "rakor" … Case-, accent-, punctuation- and spacing-insensitive, whole words
 * only. Never throws; linear in the length of the text.
 *
 * @param text - Any text, e.g. a headline.
 * @returns The first event kind mentioned, or `undefined` when none is.
 * @example
 * ```ts
 * parseEventKind('Ditbinmas Polda Sumsel Gelar FGD')
 * //=> 'fgd'
 * parseEventKind("Jum'at Curhat bersama warga")
 * //=> 'jumat-curhat'
 * parseEventKind('Polda Kaltim Gelar Bimbingan dan Penyuluhan Kamtibmas')
 * //=> 'bimbingan-penyuluhan'
 * ```
 * @category Vocabularies
 */
export function parseEventKind(text: string): EventKind | undefined {
  return findVocabularyCodes(EVENT_KINDS, text)[0];
}
