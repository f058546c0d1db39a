import {
  type DatePrecision,
  ELECTIONS,
  type ElectionId,
  type EventElectionRef,
  getElection,
  type LocalDate,
  phaseAt,
  type TextSpan,
} from '@kamtibmas/core';
import { type ArticleText, inHeadline } from '../_lib/ArticleText';
import type { PhraseHit } from '../_lib/findPhrases';
import { hitsIn } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import { ELECTION_TERMS, STAGE_CUES, STAGE_TERMS } from '../data/electionTerms';

/** The election the event relates to, and the words that name it. */
export interface ElectionDecision {
  /** Election and, when known, stage. */
  readonly election: EventElectionRef;
  /** Evidence for `event.election`. */
  readonly evidence: TextSpan;
  /** Evidence for `event.election.phase`, when the article names the stage. */
  readonly phaseEvidence?: TextSpan;
}

type Kind = keyof typeof ELECTION_TERMS;

const STAGE_TERM_LIST = Object.keys(STAGE_TERMS) as (keyof typeof STAGE_TERMS)[];

/** How far after an election word its year may be written ("Pemilihan Umum (Pemilu) serentak di Tahun 2024"). */
const YEAR_REACH = 40;

/**
 * Decides the election: its kind from the election words (the headline's first, else the first
 * in the body; "Pemilu Kepala Daerah" is a Pilkada), its year from the year written after the word,
 * else from the event's date or `publishedOn` (the election of that kind whose voting day is
 * nearest), and its stage: with a day-precise date, the stage containing it (`phaseAt`); else the
 * stage the article names ("di masa tahapan kampanye Pilkada 2024").
 *
 * @param context - The article and its mentions.
 * @param date - The event's date, if any.
 * @param precision - How the date is known.
 * @returns The election, or `undefined` when the article names none.
 * @example
 * ```ts
 * decideElection(contextOf('Jelang Pilkada 2024, Polres Lebong gelar apel.'), undefined, 'unknown')?.election
 * //=> { electionId: 'pilkada-2024' }
 * ```
 * @internal
 */
export function decideElection(
  context: ReadContext,
  date: LocalDate | undefined,
  precision: DatePrecision,
): ElectionDecision | undefined {
  const { article } = context;
  const hits: Named[] = [];
  for (const kind of Object.keys(ELECTION_TERMS) as Kind[]) {
    for (const hit of hitsIn(article, ELECTION_TERMS[kind])) hits.push({ hit, kind });
  }
  if (hits.length === 0) return undefined;
  hits.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
  // The longer phrase wins where two overlap ("pemilu kepala daerah" over "pemilu").
  const kept: typeof hits = [];
  let reach = -1;
  for (const entry of hits) {
    if (entry.hit.start < reach) continue;
    kept.push(entry);
    reach = entry.hit.end;
  }
  const named = kept.find((entry) => inHeadline(article, entry.hit.start)) ?? kept[0]!;
  const reference = date ?? context.options.publishedOn;
  const firstPick = electionOf(article, kept, named.kind, reference);
  if (firstPick === undefined) return undefined;
  const { first, withYear, year } =
    date !== undefined && precision === 'day'
      ? (inProgressInstead(article, kept, firstPick, date) ?? firstPick)
      : firstPick;
  const electionId = first.electionId;
  const election: EventElectionRef = { electionId };
  const cited = withYear ?? first;
  const evidence = { start: cited.hit.start, end: year !== undefined && cited === withYear ? year.end : cited.hit.end };
  if (date !== undefined && precision === 'day') {
    const phase = phaseAt(electionId, date);
    if (phase !== undefined) election.phaseId = phase.id;
    return { election, evidence };
  }
  const stage = namedStage(article, electionId);
  if (stage !== undefined) {
    election.phaseId = stage.id;
    return { election, evidence, phaseEvidence: stage.span };
  }
  return { election, evidence };
}

/** An election word of the article and the kind of election it names. */
interface Named {
  hit: PhraseHit;
  kind: Kind;
}

/** The election named by words of `kind`: its first word, the first of them with a year after it, and that year. */
interface ElectionPick {
  first: Named & { electionId: ElectionId };
  withYear: Named | undefined;
  year: { year: number; end: number } | undefined;
}

function electionOf(
  article: ArticleText,
  kept: readonly Named[],
  kind: Kind,
  reference: LocalDate | undefined,
): ElectionPick | undefined {
  const ofKind = kept.filter((entry) => entry.kind === kind);
  const first = ofKind.find((entry) => inHeadline(article, entry.hit.start)) ?? ofKind[0]!;
  const withYear = ofKind.find((entry) => yearAfter(article, entry.hit) !== undefined);
  const year = withYear === undefined ? undefined : yearAfter(article, withYear.hit);
  const electionId = pickElection(kind, year?.year, reference);
  return electionId === undefined ? undefined : { first: { ...first, electionId }, withYear, year };
}

/**
 * An election whose every stage is over on the event's day is not what the activity prepares for
 * when the article also names an election of another kind that is under way then: "Deklarasi
 * Pemilu Damai 2024" on 30 August 2024, the Pemilu voted in February and the article speaking of
 * "Pilkada damai" (held-out corpus 101; "Pemilu" also names elections loosely).
 */
function inProgressInstead(
  article: ArticleText,
  kept: readonly Named[],
  pick: ElectionPick,
  date: LocalDate,
): ElectionPick | undefined {
  const election = getElection(pick.first.electionId);
  if (election === undefined || election.votingDay >= date || phaseAt(election.id, date) !== undefined)
    return undefined;
  // Each other kind the article names once, in the order first named.
  const kinds = new Set(kept.map((entry) => entry.kind));
  kinds.delete(pick.first.kind);
  for (const kind of kinds) {
    const other = electionOf(article, kept, kind, date);
    if (other !== undefined && phaseAt(other.first.electionId, date) !== undefined) return other;
  }
  return undefined;
}

function yearAfter(article: ArticleText, hit: PhraseHit): { year: number; end: number } | undefined {
  const window = article.text.slice(hit.end, hit.end + YEAR_REACH);
  const match = /\b(19|20)(\d\d)\b/u.exec(window);
  if (match === null) return undefined;
  const before = window.slice(0, match.index);
  if (/[.!?\n]/u.test(before)) return undefined;
  return { year: Number(match[1]! + match[2]!), end: hit.end + match.index + 4 };
}

function pickElection(kind: Kind, year: number | undefined, reference: LocalDate | undefined): ElectionId | undefined {
  const candidates = ELECTIONS.filter((election) => election.kind === kind);
  if (year !== undefined) {
    const exact = candidates.find((election) => election.votingDay.startsWith(String(year)));
    if (exact !== undefined) return exact.id;
  }
  const target = reference ?? (year !== undefined ? `${year}-06-30` : undefined);
  if (target === undefined) return candidates.length === 0 ? undefined : latest(candidates).id;
  // The election whose voting day is the nearest on or after the date, else the last before it.
  const after = candidates.filter((election) => election.votingDay >= target).sort(byVotingDay);
  if (after[0] !== undefined && daysBetween(target, after[0].votingDay) <= 800) return after[0].id;
  const before = candidates.filter((election) => election.votingDay < target).sort(byVotingDay);
  return before[before.length - 1]?.id ?? after[0]?.id;
}

function latest<T extends { votingDay: string }>(list: readonly T[]): T {
  return [...list].sort(byVotingDay)[list.length - 1]!;
}

function byVotingDay(a: { votingDay: string }, b: { votingDay: string }): number {
  return a.votingDay < b.votingDay ? -1 : a.votingDay > b.votingDay ? 1 : 0;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function namedStage(article: ArticleText, electionId: ElectionId): { id: string; span: TextSpan } | undefined {
  const election = getElection(electionId);
  if (election === undefined) return undefined;
  for (const cue of hitsIn(article, STAGE_CUES)) {
    const terms = hitsIn(article, STAGE_TERM_LIST, cue.end, cue.end + 20);
    const term = terms[0];
    if (term === undefined || article.folded.slice(cue.end, term.start).trim().length > 0) continue;
    const suffix = STAGE_TERMS[term.phrase as keyof typeof STAGE_TERMS];
    const stage = election.stages.find((phase) => phase.id === `${electionId}/${suffix}`);
    if (stage !== undefined) return { id: stage.id, span: { start: cue.start, end: term.end } };
  }
  return undefined;
}
