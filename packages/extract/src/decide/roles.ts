import type { ParticipationRole, TextSpan } from '@kamtibmas/core';
import { type ArticleText, inHeadline, inQuote, sentenceAt } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import { SPEECH_VERBS } from '../data/dateCues';
import { ORGANISER_ACTIVE_VERBS } from '../data/organiserCues';
import {
  ATTENDANCE_CUES,
  CUE_AFTER_REACH,
  CUE_BEFORE_REACH,
  HOST_CUES_BEFORE,
  OPENER_CUES,
  OPENER_CUES_AFTER,
  SPEAKER_CUES,
  SPOKESPERSON_CUES_BEFORE,
} from '../data/roleCues';

/** How far before a person an opener cue may stand ("Dibuka secara langsung oleh Direktur …"). */
const OPENER_REACH = 60;

/** How far around a person an attendance cue makes them an attendee. */
const ATTENDANCE_REACH = 150;

/**
 * Decides what a person did, from the sentence of one mention: `opener` ("Dibuka … oleh X", "X
 * membuka"), `host` (X is the subject of an organiser verb, or "dikomandoi X"), `speaker` ("X …
 * menyampaikan", "sambutan"), `spokesperson` (a statement: "X mengatakan", "ujar X", "Menurut
 * X"), `attendee` ("turut hadir", "didampingi"); the first that applies, in that order. Mentions in
 * quotations and the headline give no role.
 *
 * @param article - The article.
 * @param span - The person's mention (for a delegate, from the principal's mention on).
 * @returns The role, or `undefined` when the sentence says none.
 * @example
 * ```ts
 * roleAt(readArticleText('Kegiatan dibuka oleh Camat Lebong Ahmad.'), { start: 21, end: 39 })
 * //=> 'opener'
 * ```
 * @internal
 */
export function roleAt(article: ArticleText, span: TextSpan): ParticipationRole | undefined {
  if (inQuote(article, span.start) || inHeadline(article, span.start)) return undefined;
  const sentence = sentenceAt(article, span.start);
  if (sentence === undefined) return undefined;
  const beforeFrom = Math.max(sentence.start, span.start - CUE_BEFORE_REACH);
  const afterTo = Math.min(sentence.end, span.end + CUE_AFTER_REACH);
  const near = (list: readonly string[], from: number, to: number) => firstOutsideQuote(article, list, from, to);
  if (near(OPENER_CUES, Math.max(sentence.start, span.start - OPENER_REACH), span.start) !== undefined) return 'opener';
  if (near(OPENER_CUES_AFTER, span.end, afterTo) !== undefined) return 'opener';
  if (near(HOST_CUES_BEFORE, beforeFrom, span.start) !== undefined) return 'host';
  const verbAfter = near(ORGANISER_ACTIVE_VERBS, span.end, Math.min(sentence.end, span.end + 12));
  if (verbAfter !== undefined && article.text.slice(span.end, verbAfter.start).trim().length <= 1) return 'host';
  if (near(SPEAKER_CUES, span.end, afterTo) !== undefined) return 'speaker';
  if (near(SPEECH_VERBS, span.end, Math.min(sentence.end, span.end + 30)) !== undefined) return 'spokesperson';
  if (near(SPOKESPERSON_CUES_BEFORE, beforeFrom, span.start) !== undefined) return 'spokesperson';
  const around = {
    start: Math.max(sentence.start, span.start - ATTENDANCE_REACH),
    end: Math.min(sentence.end, span.end + ATTENDANCE_REACH),
  };
  if (near(ATTENDANCE_CUES, around.start, around.end) !== undefined) return 'attendee';
  return undefined;
}

/** The first hit of a list in the window that is not inside quotation marks (no filtered copy). */
function firstOutsideQuote(
  article: ArticleText,
  list: readonly string[],
  from: number,
  to: number,
): { start: number } | undefined {
  const hits = hitsIn(article, list, from, to);
  for (let i = 0; i < hits.length; i++) if (!inQuote(article, hits[i]!.start)) return hits[i];
  return undefined;
}
