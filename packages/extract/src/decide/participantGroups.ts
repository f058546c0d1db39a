import type { FoundVocabularyMention, ParticipantGroupCode, ParticipantGroupRef, TextSpan } from '@kamtibmas/core';
import { type ArticleText, inHeadline, inQuote, sentenceAt } from '../_lib/ArticleText';
import { findPhrases } from '../_lib/findPhrases';
import type { ReadContext } from '../_lib/ReadContext';
import {
  CLOSE_CUE_GROUPS,
  CLOSE_CUE_REACH,
  COUNT_UNITS,
  LIST_GAP,
  LIST_JOINERS,
  OWN_PRESENCE_GROUPS,
  PARTICIPATION_CUES,
  STRONG_PARTICIPATION_CUES,
  VAGUE_COUNT_WORDS,
} from '../data/groupCues';

/** The groups reached, each with the words that name it. */
export interface GroupsDecision {
  /** Groups in order of first mention. */
  readonly groups: ParticipantGroupRef[];
  /** Evidence for each group, same order. */
  readonly evidence: TextSpan[];
}

/** A group term may stand this far after its participation cue. */
const CUE_REACH = 40;

/**
 * Decides the participant groups with core's vocabulary (Tomas/Toga/Toda, ormas, Kades, Camat,
 * penyelenggara pemilu …): a group counts when a participation cue stands before it in the same
 * sentence ("diikuti tokoh agama, tokoh masyarakat …", "Dihadiri Camat …", "melibatkan …"), or it
 * is in the headline. The police's own presence ("personel Polri") is never a group; the general
 * public and the TNI count only right after their cue ("kepada masyarakat"). A count before the
 * group is kept: a number with "orang" ("50 orang") as `count` and `countText`, a vague count
 * ("puluhan") as `countText`.
 *
 * @param context - The article and its mentions.
 * @returns The groups.
 * @example
 * ```ts
 * decideParticipantGroups(contextOf('Kegiatan diikuti puluhan tokoh agama.')).groups
 * //=> [{ group: 'tokoh-agama', countText: 'puluhan' }]
 * ```
 * @internal
 */
export function decideParticipantGroups(context: ReadContext): GroupsDecision {
  const { article } = context;
  const groups: ParticipantGroupRef[] = [];
  const evidence: TextSpan[] = [];
  const cues = findPhrases(article.folded, PARTICIPATION_CUES);
  const strong = findPhrases(article.folded, STRONG_PARTICIPATION_CUES);
  let c = 0;
  let previous: TextSpan | undefined;
  for (const term of context.found.groups) {
    if ((OWN_PRESENCE_GROUPS as readonly string[]).includes(term.code)) continue;
    while (c < cues.length && cues[c]!.end <= term.start) c++;
    const cue = c > 0 ? cues[c - 1] : undefined;
    const sentence = sentenceAt(article, term.start);
    const close = (CLOSE_CUE_GROUPS as readonly string[]).includes(term.code);
    const reach = close ? CLOSE_CUE_REACH : CUE_REACH;
    const cued =
      cue !== undefined && sentence !== undefined && cue.start >= sentence.start && term.start - cue.end <= reach;
    const listed = !close && previous !== undefined && continuesList(article, previous, term);
    if (close ? !strongCue(article, strong, term) : inQuote(article, term.start)) continue;
    previous = term;
    if (groups.some((g) => g.group === term.code)) continue;
    const ref: ParticipantGroupRef = { group: term.code };
    readCount(article, term, ref);
    groups.push(ref);
    evidence.push({ start: cued && cue !== undefined ? Math.min(cue.start, term.start) : term.start, end: term.end });
  }
  return { groups, evidence };
}

function strongCue(
  article: ArticleText,
  strong: readonly TextSpan[],
  term: FoundVocabularyMention<ParticipantGroupCode>,
): boolean {
  return strong.some(
    (cue) => cue.end <= term.start && term.start - cue.end <= CLOSE_CUE_REACH && !inQuote(article, cue.start),
  );
}

/** "tokoh agama, tokoh masyarakat, tokoh adat, ormas dan komunitas": between two groups of one
 * list stand only joiners and at most two other words ("masyarakat, agama, adat, organisasi atau"). */
function continuesList(article: ArticleText, previous: TextSpan, term: TextSpan): boolean {
  if (term.start < previous.end || term.start - previous.end > LIST_GAP) return false;
  const between = article.folded.slice(previous.end, term.start);
  if (/[.!?\n]/u.test(between)) return false;
  const words = between.split(/[\s,;/]+/u).filter((w) => w.length > 0);
  return words.filter((w) => !(LIST_JOINERS as readonly string[]).includes(w)).length <= 2;
}

function readCount(
  article: ArticleText,
  term: FoundVocabularyMention<ParticipantGroupCode>,
  ref: ParticipantGroupRef,
): void {
  const from = Math.max(0, term.start - 20);
  const before = article.folded.slice(from, term.start);
  const vague = findPhrases(before, VAGUE_COUNT_WORDS);
  const last = vague[vague.length - 1];
  if (last !== undefined && before.slice(last.end).trim().split(/\s+/u).filter(Boolean).length <= 1) {
    ref.countText = article.text.slice(from + last.start, from + last.end);
    return;
  }
  const match = /(\d{1,5})\s+([a-z]+)\s*$/u.exec(before) ?? /(\d{1,5})\s*$/u.exec(before);
  if (match === null) return;
  const unit = match[2];
  if (unit !== undefined && !(COUNT_UNITS as readonly string[]).includes(unit)) return;
  ref.count = Number(match[1]);
  ref.countText = article.text.slice(from + match.index, from + match.index + match[0].trimEnd().length);
}
