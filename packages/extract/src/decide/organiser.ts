import { isTerritorialKind, type TextSpan, type UnitMention } from '@kamtibmas/core';
import { type ArticleText, inHeadline, inQuote, sentenceAt } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import type { FoundUnit, ReadContext } from '../_lib/ReadContext';
import { specificity, unitChainIds, unitIdOf } from '../assemble/unitRecords';
import {
  DATELINE_DASH_REACH,
  FRONTED_CLAUSE_STARTS,
  HEAD_TO_UNIT_WORD,
  ORGANISER_ACTIVE_VERBS,
  ORGANISER_PASSIVE_CUES,
  SUBJECT_LINKS,
} from '../data/organiserCues';

/** The unit that held the activity, and the words that say so. */
export interface OrganiserDecision {
  /** The organiser (may carry a parent attached from the same sentence). */
  readonly unit: UnitMention;
  /** Evidence for `event.organizer`: the subject and its verb, or the headline's unit. */
  readonly evidence: TextSpan;
  /** Where the organiser's own name is written. */
  readonly mention: TextSpan;
}

/** How far before a sentence a unit wrapped from the previous line may start. */
const WRAP_REACH = 40;

const HEADS = Object.keys(HEAD_TO_UNIT_WORD) as (keyof typeof HEAD_TO_UNIT_WORD)[];

/** The organiser is named near the start: the first cues of the body are read, not every one. */
const MAX_ORGANISER_CUES = 40;

/** How far after a passive cue ("diinisasi oleh") the agent may start. */
const PASSIVE_REACH = 40;

/**
 * Decides who held the activity. The body's answer is the subject of the first organiser verb
 * ("Polres Lampung Selatan menggelar", "Polda Sumsel melalui Ditbinmas menggelar", "Polsek
 * Kedurang dikomandoi … kumpulkan") or the agent of a passive cue ("diinisasi oleh Polres
 * Banyuasin"): of the units in that subject, the most specific. The headline's answer is its most
 * specific unit, or the unit its head names ("Ini Langkah Kapolsek Kedurang"). When both answer
 * and one lies within the other, the more specific wins; when they disagree the headline wins,
 * unless the body names a more specific kind of unit (the unit that carried it out). Without
 * either, the unit named most often outside quotations.
 *
 * @param context - The article and its mentions.
 * @returns The organiser, or `undefined` when the article names no police unit.
 * @example
 * ```ts
 * decideOrganiser(contextOf('Polres Lebong menggelar apel.'))?.unit.displayName
 * //=> 'Polres Lebong'
 * ```
 * @internal
 */
export function decideOrganiser(context: ReadContext): OrganiserDecision | undefined {
  const { article } = context;
  const units = context.found.units.filter((unit) => !inQuote(article, unit.start));
  const body = fromBody(context, units);
  const headline = fromHeadline(context, units);
  if (body !== undefined && headline !== undefined) {
    const b = unitChainIds(body.unit);
    const h = unitChainIds(headline.unit);
    if (b.includes(h[0]!)) return body;
    if (h.includes(b[0]!)) return headline;
    if (body.unit.parent === undefined && specificity(body.unit) > specificity(headline.unit)) return body;
    // Two different units: the one the article names more often (a slip in one place loses).
    return timesNamed(units, b[0]!) > timesNamed(units, h[0]!) ? body : headline;
  }
  if (body !== undefined) return body;
  if (headline !== undefined) return headline;
  return mostNamed(units) ?? positionUnit(context);
}

/** With no unit named, the unit of the first officer's position ("Wakapolres Ternate, Kompol Riki
 * Arinanda … menghadiri Apel Siaga …", corpus 060): the police were there as that unit. */
function positionUnit(context: ReadContext): OrganiserDecision | undefined {
  const { article } = context;
  for (const officer of context.found.officers) {
    if (officer.unit === undefined || inQuote(article, officer.start)) continue;
    const span = { start: officer.start, end: officer.end };
    return { unit: officer.unit, evidence: span, mention: span };
  }
  return undefined;
}

function fromBody(context: ReadContext, units: readonly FoundUnit[]): OrganiserDecision | undefined {
  const first = firstFromBody(context, units, undefined);
  if (first === undefined) return undefined;
  // "Polda Kalsel menggelar deklarasi … kegiatan yang diinisiasi oleh Direktorat Intelkam Polda
  // Kalsel": a later cue naming a unit within the first one names the unit that carried it out,
  // the most specific (corpus 031). The cues are read again only when the article names such a unit
  // with its parent ("Direktorat Intelkam Polda Kalsel"), or an officer of one.
  if (!namesUnitWithin(context, units, unitIdOf(first.unit))) return first;
  return firstFromBody(context, units, first) ?? first;
}

/** Whether a unit mention, or an officer's unit, lies within the unit `outer` (its chain holds it). */
function namesUnitWithin(context: ReadContext, units: readonly FoundUnit[], outer: string): boolean {
  const within = (unit: UnitMention) => {
    const chain = unitChainIds(unit);
    return chain[0] !== outer && chain.includes(outer);
  };
  return (
    units.some(within) || context.found.officers.some((officer) => officer.unit !== undefined && within(officer.unit))
  );
}

/** The first organiser the body's cues name; with `within`, the first after `within`'s cue that is
 * a unit inside `within`'s (its chain holds it). */
function firstFromBody(
  context: ReadContext,
  units: readonly FoundUnit[],
  within: OrganiserDecision | undefined,
): OrganiserDecision | undefined {
  const { article } = context;
  const outer = within === undefined ? undefined : unitIdOf(within.unit);
  // Both lists' hits are in text order: they are merged as they are read (an active verb first
  // where both start together), up to the first MAX_ORGANISER_CUES.
  const active = hitsIn(article, ORGANISER_ACTIVE_VERBS);
  const passive = hitsIn(article, ORGANISER_PASSIVE_CUES);
  for (let a = 0, p = 0; a + p < MAX_ORGANISER_CUES && (a < active.length || p < passive.length); ) {
    const isPassive = a >= active.length || (p < passive.length && passive[p]!.start < active[a]!.start);
    const hit = isPassive ? passive[p++]! : active[a++]!;
    if (inHeadline(article, hit.start) || inQuote(article, hit.start)) continue;
    const sentence = sentenceAt(article, hit.start);
    if (sentence === undefined) continue;
    const candidates = isPassive
      ? units.filter((u) => u.start >= hit.end && u.start <= hit.end + PASSIVE_REACH && u.end <= sentence.end)
      : subjectChain(article, subjectUnits(context, units, sentence, hit.start));
    const best = mostSpecific(candidates, isPassive ? hit.end : hit.start);
    if (best === undefined) continue;
    const unit = withParent(best, candidates);
    if (within !== undefined && outer !== undefined) {
      const chain = unitChainIds(unit);
      if (hit.start <= within.evidence.start || chain[0] === outer || !chain.includes(outer)) continue;
    }
    const evidence = isPassive ? { start: hit.start, end: best.end } : { start: firstStart(candidates), end: hit.end };
    return { unit, evidence, mention: { start: best.start, end: best.end } };
  }
  return undefined;
}

function subjectUnits(
  context: ReadContext,
  units: readonly FoundUnit[],
  sentence: TextSpan,
  verb: number,
): FoundUnit[] {
  const from = subjectStart(context.article, sentence, verb);
  // A unit wrapped onto the sentence's line from the line before still belongs to it.
  const found = units.filter((u) => u.end > from && u.start >= from - WRAP_REACH && u.end <= verb);
  for (const officer of context.found.officers) {
    if (officer.unit === undefined || officer.start < from || officer.end > verb) continue;
    // A unit written inside the officer's mention counts for him, unless his position names a unit
    // within it: "Kapolsek Kabun Polres Rokan Hulu, AKP Aguswandi, SH, menggelar" — the Polsek
    // (held-out corpus 079).
    const officerUnit = officer.unit;
    const inside = found.filter((u) => u.start < officer.end && officer.start < u.end);
    if (inside.some((u) => specificity(u) >= specificity(officerUnit))) continue;
    found.push({ ...officerUnit, start: officer.start, end: officer.end });
  }
  // A head and its place without a name ("Kapolres Kolaka Utara bersama … mengadakan kegiatan";
  // held-out corpus 122) names the unit the article names elsewhere.
  for (const head of headUnits(context.article, { start: from, end: verb }, context.found.units)) {
    if (!found.some((u) => u.start < head.end && head.start < u.end)) found.push(head);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the subject can start: after a dateline's dash ("Polres Cianjur - …") and after a fronted
 * clause's comma ("Dalam rangka …, Polsek Cugenang … menggelar"). */
function subjectStart(article: ArticleText, sentence: TextSpan, verb: number): number {
  const { folded } = article;
  let from = sentence.start;
  const head = folded.slice(from, Math.min(verb, from + DATELINE_DASH_REACH));
  const dash = head.search(/\s[-–—]\s/u);
  if (dash !== -1) from += dash + 3;
  while (from < verb && folded[from] === ' ') from++;
  if (
    FRONTED_CLAUSE_STARTS.some(
      (start) => folded.startsWith(start, from) && !/[\p{L}]/u.test(folded[from + start.length] ?? ''),
    )
  ) {
    const comma = folded.indexOf(',', from);
    if (comma !== -1 && comma < verb) from = comma + 1;
  }
  return from;
}

/** The subject is the first unit of the clause and the units joined to it by "melalui" or
 * punctuation ("Polda Sumsel melalui Ditbinmas"); units after "didampingi", "dan", "bersama" are
 * companions, not the subject. */
function subjectChain(article: ArticleText, units: readonly FoundUnit[]): FoundUnit[] {
  const chain: FoundUnit[] = [];
  for (const unit of units) {
    const last = chain[chain.length - 1];
    if (last !== undefined) {
      const between = article.folded.slice(last.end, unit.start);
      const words = between.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
      if (!words.every((w) => (SUBJECT_LINKS as readonly string[]).includes(w))) break;
    }
    chain.push(unit);
  }
  return chain;
}

function firstStart(units: readonly TextSpan[]): number {
  return units.reduce((min, unit) => Math.min(min, unit.start), Number.POSITIVE_INFINITY);
}

function mostSpecific(units: readonly FoundUnit[], near: number): FoundUnit | undefined {
  let best: FoundUnit | undefined;
  for (const unit of units) {
    if (best === undefined) {
      best = unit;
      continue;
    }
    const d = specificity(unit) - specificity(best);
    if (d > 0 || (d === 0 && Math.abs(near - unit.end) < Math.abs(near - best.end))) best = unit;
  }
  return best;
}

/** A functional unit written without its parent ("melalui Direktorat Pembinaan Masyarakat
 * (Ditbinmas)") takes the territorial unit named before it in the same subject as its parent. */
function withParent(unit: FoundUnit, candidates: readonly FoundUnit[]): UnitMention {
  if (unit.parent !== undefined || specificity(unit) === 0) return unit;
  const territorial = candidates.filter(
    (c) => c !== unit && c.start < unit.start && specificity(c) < specificity(unit) && isTerritorial(c),
  );
  const parent = territorial[territorial.length - 1];
  if (parent === undefined || isTerritorial(unit)) return unit;
  return { ...unit, parent, displayName: `${unit.displayName} ${parent.displayName}` };
}

function isTerritorial(unit: UnitMention): boolean {
  return isTerritorialKind(unit.kind);
}

function fromHeadline(context: ReadContext, units: readonly FoundUnit[]): OrganiserDecision | undefined {
  const { article } = context;
  const headline = article.headline;
  if (headline === undefined) return undefined;
  const inside = units.filter((u) => u.start >= headline.start && u.end <= headline.end);
  for (const officer of context.found.officers) {
    if (officer.unit !== undefined && officer.start >= headline.start && officer.end <= headline.end) {
      inside.push({ ...officer.unit, start: officer.start, end: officer.end });
    }
  }
  inside.push(...headUnits(article, headline, context.found.units));
  const best = mostSpecific(inside, headline.end);
  if (best === undefined) return undefined;
  return { unit: withParent(best, inside), evidence: { start: best.start, end: best.end }, mention: best };
}

/** "Kapolsek Kedurang" in a headline (or a sentence's subject) names Polsek Kedurang: the unit of
 * that kind named elsewhere in the article whose place the span writes after the head. */
function headUnits(article: ArticleText, headline: TextSpan, units: readonly FoundUnit[]): FoundUnit[] {
  const found: FoundUnit[] = [];
  for (const hit of hitsIn(article, HEADS, headline.start, headline.end)) {
    const after = article.folded.slice(hit.end, headline.end).trimStart();
    const word = HEAD_TO_UNIT_WORD[hit.phrase].toLowerCase();
    const unit = units.find(
      (u) =>
        u.displayName.toLowerCase().startsWith(word) && u.name.length > 0 && after.startsWith(u.name.toLowerCase()),
    );
    if (unit === undefined) continue;
    const end = Math.min(
      headline.end,
      hit.end +
        (article.folded.slice(hit.end).length - article.folded.slice(hit.end).trimStart().length) +
        unit.name.length,
    );
    found.push({ ...unit, start: hit.start, end });
  }
  return found;
}

function timesNamed(units: readonly FoundUnit[], id: string): number {
  let n = 0;
  for (const unit of units) if (unitIdOf(unit) === id) n++;
  return n;
}

function mostNamed(units: readonly FoundUnit[]): OrganiserDecision | undefined {
  const counts = new Map<string, { id: string; unit: FoundUnit; count: number }>();
  for (const unit of units) {
    const id = unitIdOf(unit);
    const seen = counts.get(id);
    if (seen === undefined) counts.set(id, { id, unit, count: 1 });
    else seen.count++;
  }
  let best: { id: string; unit: FoundUnit; count: number } | undefined;
  for (const entry of counts.values()) {
    if (best === undefined || entry.count > best.count) best = entry;
  }
  if (best === undefined) return undefined;
  // "Sat Binmas" named alone, and once as "Satuan Binmas Polres Siantar": the unit with its parent
  // (corpus 076).
  const { unit } = best;
  const placed =
    unit.parent === undefined && !isTerritorial(unit)
      ? units.find((u) => u.parent !== undefined && u.kind === unit.kind && unitIdOf(u).startsWith(`${best.id}-`))
      : undefined;
  const chosen = placed ?? unit;
  return { unit: chosen, evidence: chosen, mention: chosen };
}
