// Public exports of this area; the package index re-exports this file.
export { EVENT_KINDS } from '../data/eventKinds';
export { PARTICIPANT_GROUPS } from '../data/participantGroups';
export { IKP_DIMENSIONS, TOPICS } from '../data/topics';
export type { IkpDimension, TopicEntry, VocabularyEntry } from '../model/vocabulary';
export { findVocabularyCodes } from './findVocabularyCodes';
export { type FoundVocabularyMention, findVocabularyMentions } from './findVocabularyMentions';
export { getEventKind } from './getEventKind';
export { labelOf } from './labelOf';
export { parseEventKind } from './parseEventKind';
export { parseParticipantGroup } from './parseParticipantGroup';
export { parseTopic } from './parseTopic';
