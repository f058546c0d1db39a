import { EVENT_KINDS } from '../data/eventKinds';
import { EVENT_KIND_CODES, type EventKind } from '../data/vocabularyCodes';
import type { VocabularyEntry } from '../model/vocabulary';

/**
 * Looks up an event kind's labels, description and aliases by code.
 *
 * @param code - An event kind code such as `'fgd'`; any other string gives `undefined`.
 * @returns The entry with its `code`, or `undefined` for an unknown code.
 * @example
 * ```ts
 * getEventKind('doa-bersama')?.label.en
 * //=> 'Joint prayer'
 * getEventKind('konser')
 * //=> undefined
 * ```
 * @category Vocabularies
 */
export function getEventKind(code: string): (VocabularyEntry & { code: EventKind }) | undefined {
  const known = EVENT_KIND_CODES.find((candidate) => candidate === code);
  return known === undefined ? undefined : { code: known, ...EVENT_KINDS[known] };
}
