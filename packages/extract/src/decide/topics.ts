import type { TextSpan, TopicCode } from '@kamtibmas/core';
import type { ReadContext } from '../_lib/ReadContext';

/** The topics the article addresses, each with its first mention. */
export interface TopicsDecision {
  /** Topics in order of first mention. */
  readonly topics: TopicCode[];
  /** The first mention of each topic, same order. */
  readonly evidence: TextSpan[];
}

/**
 * Decides the topics: every topic of core's vocabulary named in the article, quotations included
 * (what an officer warns against in a quote is what the activity addressed: "jangan mudah
 * terprovokasi oleh berita hoax"), except in the page noise the article reader drops.
 *
 * @param context - The article and its mentions.
 * @returns The topics.
 * @example
 * ```ts
 * decideTopics(contextOf('Kapolres mengingatkan bahaya hoaks dan politik uang.')).topics
 * //=> ['hoaks', 'politik-uang']
 * ```
 * @internal
 */
export function decideTopics(context: ReadContext): TopicsDecision {
  const topics: TopicCode[] = [];
  const evidence: TextSpan[] = [];
  for (const term of context.found.topics) {
    if (topics.includes(term.code)) continue;
    topics.push(term.code);
    evidence.push(term);
  }
  return { topics, evidence };
}
