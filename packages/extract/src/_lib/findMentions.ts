import {
  EVENT_KINDS,
  findDateMentions,
  findUnitMentions,
  findVocabularyMentions,
  PARTICIPANT_GROUPS,
  parseOfficerMentions,
  type TextSpan,
  TOPICS,
} from '@kamtibmas/core';
import type { ExtractArticleOptions } from '../ArticleExtraction';
import { type ArticleText, spanIndexAt } from './ArticleText';
import type { FoundMentions } from './ReadContext';

/**
 * Runs core's finders over the article once (officers, units, dates with `publishedOn` as their
 * reference, event kinds, participant groups, topics) and keeps the mentions that lie in the
 * article's lines, not in page noise ("BACA JUGA: …" links, share buttons).
 *
 * @param article - The article.
 * @param options - The caller's options.
 * @returns The mentions.
 * @example
 * ```ts
 * findMentions(readArticleText('Polres Lebong menggelar apel.'), {}).units[0]?.displayName
 * //=> 'Polres Lebong'
 * ```
 * @internal
 */
export function findMentions(article: ArticleText, options: ExtractArticleOptions): FoundMentions {
  const { text } = article;
  const inArticle = <T extends TextSpan>(list: readonly T[]): T[] =>
    list.filter((m) => spanIndexAt(article.lines, m.start) !== -1 && m.end > m.start && m.end <= text.length);
  const unitOptions = options.findDistricts === undefined ? {} : { findDistricts: options.findDistricts };
  const dateOptions = options.publishedOn === undefined ? {} : { referenceDate: options.publishedOn };
  return {
    officers: inArticle(parseOfficerMentions(text)),
    units: inArticle(findUnitMentions(text, unitOptions)).filter((unit) => isWrittenAsName(text, unit)),
    dates: inArticle(findDateMentions(text, dateOptions)),
    kinds: inArticle(findVocabularyMentions(EVENT_KINDS, text)),
    groups: inArticle(findVocabularyMentions(PARTICIPANT_GROUPS, text)),
    topics: inArticle(findVocabularyMentions(TOPICS, text)),
  };
}

/** A unit's name is written in capitals ("Polres Polman"): a mention that runs into words in lower
 * case or across a dash ("Polres melaksanakan patroli …", "Polres Cianjur - Dalam rangka") is a
 * misreading, dropped. */
function isWrittenAsName(text: string, unit: TextSpan): boolean {
  const written = text.slice(unit.start, unit.end);
  if (/\s[-–—]\s/u.test(written)) return false;
  return !/(?:^|[\s(])\p{Ll}\p{L}*(?=[\s)]|$)/u.test(written.replace(/\b(?:dan|di|se)\b/gu, ''));
}
