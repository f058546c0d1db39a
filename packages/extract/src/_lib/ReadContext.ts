import type {
  DateMention,
  EventKind,
  FoundOfficerMention,
  FoundVocabularyMention,
  ParticipantGroupCode,
  TextSpan,
  TopicCode,
  UnitMention,
} from '@kamtibmas/core';
import type { ExtractArticleOptions } from '../ArticleExtraction';
import type { ArticleText } from './ArticleText';

/** A unit mention with its span, as core's finder returns it. */
export type FoundUnit = UnitMention & TextSpan;

/** A date mention with its span, as core's finder returns it. */
export type FoundDate = DateMention & TextSpan & { yearStated?: boolean };

/**
 * What core's finders found in the article: the raw material of every decision.
 *
 * @internal
 */
export interface FoundMentions {
  /** Officers (rank + name). */
  readonly officers: readonly FoundOfficerMention[];
  /** Police units. */
  readonly units: readonly FoundUnit[];
  /** Dates. */
  readonly dates: readonly FoundDate[];
  /** Event-kind terms. */
  readonly kinds: readonly FoundVocabularyMention<EventKind>[];
  /** Participant-group terms. */
  readonly groups: readonly FoundVocabularyMention<ParticipantGroupCode>[];
  /** Topic terms. */
  readonly topics: readonly FoundVocabularyMention<TopicCode>[];
}

/**
 * The article, the caller's options and the mentions found: what each decision reads.
 *
 * @internal
 */
export interface ReadContext {
  /** The article cut into pieces. */
  readonly article: ArticleText;
  /** The caller's options. */
  readonly options: ExtractArticleOptions;
  /** What core's finders found. */
  readonly found: FoundMentions;
}
