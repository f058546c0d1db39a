import { expectTypeOf, test } from 'vitest';
import { EVENT_KINDS } from '../data/eventKinds';
import type { EventKind, ParticipantGroupCode, TopicCode } from '../data/vocabularyCodes';
import type { VocabularyEntry } from '../model/vocabulary';
import { findVocabularyCodes } from './findVocabularyCodes';
import { getEventKind } from './getEventKind';
import { labelOf } from './labelOf';
import { parseEventKind } from './parseEventKind';
import { parseParticipantGroup } from './parseParticipantGroup';
import { parseTopic } from './parseTopic';

test('parsers return their code unions', () => {
  expectTypeOf(parseEventKind('FGD')).toEqualTypeOf<EventKind | undefined>();
  expectTypeOf(parseParticipantGroup('Toga')).toEqualTypeOf<ParticipantGroupCode | undefined>();
  expectTypeOf(parseTopic('hoaks')).toEqualTypeOf<TopicCode | undefined>();
  expectTypeOf(findVocabularyCodes(EVENT_KINDS, 'FGD')).toEqualTypeOf<EventKind[]>();
});

test('lookups are typed by vocabulary', () => {
  expectTypeOf(getEventKind('fgd')).toEqualTypeOf<(VocabularyEntry & { code: EventKind }) | undefined>();
  expectTypeOf(labelOf(EVENT_KINDS, 'fgd', 'en')).toEqualTypeOf<string>();
  // @ts-expect-error a topic code is not an event kind
  labelOf(EVENT_KINDS, 'hoaks');
});
