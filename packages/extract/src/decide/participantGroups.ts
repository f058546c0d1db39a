import type { FoundVocabularyMention, ParticipantGroupCode, ParticipantGroupRef, TextSpan } from '@kamtibmas/core';
import { type ArticleText, inQuote, sentenceAt } from '../_lib/ArticleText';
import { findPhrases } from '../_lib/findPhrases';
import { hitsIn } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import {
  ADDRESSED_CUES,
  ADDRESSING_REACH,
  ADDRESSING_WORDS,
  CLOSE_CUE_GROUPS,
  CLOSE_CUE_REACH,
  CONTESTED_OFFICE_CUES,
  CONTESTED_OFFICE_REACH,
  COUNT_UNITS,
  FORUM_GROUPS,
  OFFICE_GROUPS,
  OWN_PRESENCE_GROUPS,
  PARTICIPATION_CUES,
  RELIGIOUS_BODY_WORDS,
  VAGUE_COUNT_WORDS,
} from '../data/groupCues';
import { has } from './has';

const FORUM_WORDS = /* @__PURE__ */ (() => Object.keys(FORUM_GROUPS) as (keyof typeof FORUM_GROUPS)[])();

/** The groups reached, each with the words that name it. */
export interface GroupsDecision {
  /** Groups in order of first mention. */
  readonly groups: ParticipantGroupRef[];
  /** Evidence for each group, same order. */
  readonly evidence: TextSpan[];
}

/**
 * Decides the participant groups with core's vocabulary (Tomas/Toga/Toda, ormas, Kades, Camat,
 * penyelenggara pemilu …): every group named outside quotations ("diikuti tokoh agama, tokoh
 * masyarakat …", "Dihadiri Camat …"). The police's own presence ("personel Polri") is never a group;
 * the general public and the press, named in almost every police article, count only right after a
 * participation cue ("bersama warga", "sosialisasi kepada masyarakat"). An office holder, named or not, counts as
 * his group (Camat → camat, Ketua KPU → penyelenggara pemilu, Danramil → TNI). A count before the
 * group is kept: a number with "orang" ("50 orang") as `count` and `countText`, a vague count
 * ("puluhan") as `countText`.
 *
 * @param context - The article and its mentions.
 * @param offices - The officials' offices found in the article.
 * @returns The groups.
 * @example
 * ```ts
 * decideParticipantGroups(contextOf('Kegiatan diikuti puluhan tokoh agama.')).groups
 * //=> [{ group: 'tokoh-agama', countText: 'puluhan' }]
 * ```
 * @internal
 */
export function decideParticipantGroups(
  context: ReadContext,
  offices: readonly (TextSpan & { position: string; organization: { kind: string } })[] = [],
): GroupsDecision {
  const { article } = context;
  const officeTerms: FoundVocabularyMention<ParticipantGroupCode>[] = [];
  for (const office of offices) {
    const code =
      OFFICE_GROUPS[office.organization.kind as keyof typeof OFFICE_GROUPS] ??
      (headsReligiousBody(office.position) ? 'tokoh-agama' : undefined);
    if (code !== undefined) officeTerms.push({ code, start: office.start, end: office.end });
  }
  for (const forum of hitsIn(article, FORUM_WORDS)) {
    for (const code of FORUM_GROUPS[forum.phrase]) officeTerms.push({ code, start: forum.start, end: forum.end });
  }
  const terms = [...context.found.groups, ...officeTerms].sort((a, b) => a.start - b.start);
  const groups: ParticipantGroupRef[] = [];
  const evidence: TextSpan[] = [];
  const cues = hitsIn(article, PARTICIPATION_CUES).filter(
    (cue) => !inQuote(article, cue.start) && (!has(ADDRESSED_CUES, cue.phrase) || givesActivity(article, cue)),
  );
  let c = 0;
  for (const term of terms) {
    if ((OWN_PRESENCE_GROUPS as readonly string[]).includes(term.code)) continue;
    if (inQuote(article, term.start)) continue;
    while (c < cues.length && cues[c]!.end <= term.start) c++;
    const cue = c > 0 ? cues[c - 1] : undefined;
    const cued = cue !== undefined && term.start - cue.end <= CLOSE_CUE_REACH;
    if ((CLOSE_CUE_GROUPS as readonly string[]).includes(term.code) && !cued) continue;
    if (namesContestedOffice(article, term, cue)) continue;
    if (groups.some((g) => g.group === term.code)) continue;
    const ref: ParticipantGroupRef = { group: term.code };
    readCount(article, term, ref);
    groups.push(ref);
    evidence.push({ start: cued ? cue.start : term.start, end: term.end });
  }
  return { groups, evidence };
}

/** An activity given ("sosialisasi", "imbauan") stands before the cue, in its sentence. */
function givesActivity(article: ArticleText, cue: TextSpan): boolean {
  const sentence = sentenceAt(article, cue.start);
  const from = Math.max(sentence?.start ?? 0, cue.start - ADDRESSING_REACH);
  return hitsIn(article, ADDRESSING_WORDS, from, cue.start).length > 0;
}

/**
 * The group word names the office an election is for ("Pilkada untuk Bupati"): an election word
 * stands shortly before it and no participation cue ("dihadiri", "bersama") between them.
 */
function namesContestedOffice(article: ArticleText, term: TextSpan, cue: TextSpan | undefined): boolean {
  const from = Math.max(0, term.start - CONTESTED_OFFICE_REACH);
  const election = hitsIn(article, CONTESTED_OFFICE_CUES, from, term.start);
  const last = election[election.length - 1];
  if (last === undefined) return false;
  return cue === undefined || cue.end <= last.start;
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

/** Whether an office's words name a religious body ("Ketua MUI", "Ketua Klasis GIDI Mulia"). */
function headsReligiousBody(position: string): boolean {
  for (const word of position.toLowerCase().split(' ')) if (has(RELIGIOUS_BODY_WORDS, word)) return true;
  return false;
}
