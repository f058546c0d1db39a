import type { TextSpan, TopicCode } from '@kamtibmas/core';
import { type ArticleText, sentenceAt } from '../_lib/ArticleText';
import { hitsIn, phraseRightBefore } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import {
  TIME_FRAME_CUES,
  TIME_FRAME_FOLLOWERS,
  TIME_FRAME_PERIOD_WORD,
  TIME_FRAME_TOPICS,
  TOPIC_WORDS,
  UNIT_FUNCTION_HEADS,
} from '../data/topicCues';

const TOPIC_WORD_LIST = Object.keys(TOPIC_WORDS) as (keyof typeof TOPIC_WORDS)[];

/** How far before a topic term a word of time is looked for ("selama masa kampanye", "tahapan
 * mulai pendaftaran, penetapan, kampanye"). */
const TIME_FRAME_REACH = 45;

/** Room after a topic term for the word that joins it to the next stage ("kampanye dan pencoblosan"). */
const TIME_FRAME_FOLLOWER_REACH = 20;

/** {@link TIME_FRAME_PERIOD_WORD} and the space after it. */
const PERIOD_WORD = `${TIME_FRAME_PERIOD_WORD} `;

/** The topics the article addresses, each with its first mention. */
export interface TopicsDecision {
  /** Topics in order of first mention. */
  readonly topics: TopicCode[];
  /** The first mention of each topic, same order. */
  readonly evidence: TextSpan[];
}

/**
 * Decides the topics: every topic of core's vocabulary named in the article (its aliases, and the
 * other words of `data/topicCues`: "hak pilih", "memecah belah"), quotations included
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
  const words = hitsIn(context.article, TOPIC_WORD_LIST).map((hit) => ({
    code: TOPIC_WORDS[hit.phrase] as TopicCode,
    start: hit.start,
    end: hit.end,
  }));
  const terms = [...context.found.topics, ...words].sort((a, b) => a.start - b.start);
  for (const term of terms) {
    if (topics.includes(term.code)) continue;
    if (isTimeFrame(context.article, term) || namesUnitFunction(context.article, term)) continue;
    topics.push(term.code);
    evidence.push(term);
  }
  return { topics, evidence };
}

/** Whether a topic term names a stretch of time ("selama masa kampanye"). */
/** A topic's word right after a unit's or its head's word names the unit's function: "Kasat Narkoba
 * Iptu Markus Tameno" is an officer, not a talk about drugs. */
function namesUnitFunction(article: ArticleText, term: TextSpan): boolean {
  return phraseRightBefore(article, UNIT_FUNCTION_HEADS, term.start);
}

function isTimeFrame(article: ArticleText, term: TextSpan & { code: TopicCode }): boolean {
  if (!(TIME_FRAME_TOPICS as readonly TopicCode[]).includes(term.code)) return false;
  const sentence = sentenceAt(article, term.start);
  const from = Math.max(sentence?.start ?? 0, term.start - TIME_FRAME_REACH);
  if (hitsIn(article, TIME_FRAME_CUES, from, term.start).length > 0) return true;
  // Core's alias "masa kampanye" holds the word; "kampanye" alone has it before.
  const { folded } = article;
  if (!folded.startsWith(PERIOD_WORD, term.start) && !folded.startsWith(PERIOD_WORD, term.start - PERIOD_WORD.length))
    return false;
  const next = hitsIn(article, TIME_FRAME_FOLLOWERS, term.end, term.end + TIME_FRAME_FOLLOWER_REACH)[0];
  return next !== undefined && next.start === term.end + 1;
}
