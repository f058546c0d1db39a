import type { TextSpan } from '@kamtibmas/core';
import { type ArticleText, sentenceAt } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import {
  DELEGATE_FIRST_CUES,
  DELEGATION_APPOSITION_MAX,
  DELEGATION_APPOSITION_WORDS,
  DELEGATION_GAP_MAX,
  DELEGATION_GAP_WORDS,
  DELEGATION_SPEECH_FRAMES,
  ORDER_SOURCE_CUES,
  PRINCIPAL_FIRST_CUES,
} from '../data/delegationCues';

/** How far before a principal an order's cue is looked for. */
const ORDER_SOURCE_REACH = 20;

/** A person's mention: which person, where. */
export interface PersonSpan extends TextSpan {
  /** Id of the person record. */
  readonly personId: string;
}

/** One delegation: the person present acted for `principal`. */
export interface Delegation {
  /** Id of the person present. */
  readonly delegateId: string;
  /** Id of the person they acted for. */
  readonly principalId: string;
  /** From the first person's mention to the second's end. */
  readonly span: TextSpan;
  /** The delegate's mention. */
  readonly delegate: PersonSpan;
}

/**
 * Finds delegations in every order news writes them: "Kapolres A melalui Kapolsek B", "A yang
 * diwakili oleh B", "B mewakili A". A cue links two people only when a person's mention ends just
 * before it and another's starts just after it (a few characters of commas and spaces), so
 * "melalui cooling system" or "melalui Direktorat …" is not a delegation; nor is one person
 * delegating to themselves.
 *
 * @param article - The article.
 * @param people - Every person mention, sorted by start.
 * @returns The delegations, in text order.
 * @example
 * ```ts
 * findDelegations(readArticleText('Kapolres A melalui Kapolsek B hadir.'), [
 *   { personId: 'a', start: 0, end: 10 },
 *   { personId: 'b', start: 19, end: 29 },
 * ]).map((d) => [d.delegateId, d.principalId])
 * //=> [['b', 'a']]
 * ```
 * @internal
 */
export function findDelegations(article: ArticleText, people: readonly PersonSpan[]): Delegation[] {
  const delegations: Delegation[] = [];
  // Both lists' hits are in text order: they are read merged (at one start, the principal-first
  // cue before the other), with no list of both made and sorted.
  const principalCues = hitsIn(article, PRINCIPAL_FIRST_CUES);
  const delegateCues = hitsIn(article, DELEGATE_FIRST_CUES);
  for (let p = 0, d = 0; p < principalCues.length || d < delegateCues.length; ) {
    const principalFirst =
      d === delegateCues.length || (p < principalCues.length && principalCues[p]!.start <= delegateCues[d]!.start);
    const hit = principalFirst ? principalCues[p++]! : delegateCues[d++]!;
    const after = firstStartingAfter(people, hit.end);
    if (after === undefined) continue;
    if (!principalFirst && opensSentence(article, hit.start)) {
      // "Mewakili Kapolda Aceh Irjen A, Wakapolda Aceh Brigjen B menghadiri …" (held-out corpus 116):
      // the cue opens the sentence, its principal follows (his office before him), and the delegate
      // comes after a comma.
      const delegate = firstStartingAfter(people, after.end);
      if (
        delegate !== undefined &&
        delegate.personId !== after.personId &&
        (isGap(article.text, hit.end, after.start) || isTitleCaseWords(article.text.slice(hit.end, after.start))) &&
        isGap(article.text, after.end, delegate.start)
      )
        delegations.push({
          delegateId: delegate.personId,
          principalId: after.personId,
          span: { start: hit.start, end: delegate.end },
          delegate,
        });
      continue;
    }
    const before = lastEndingBefore(people, hit.start);
    if (before === undefined || !isGapAfter(article.text, hit.end, after.start)) continue;
    if (!isGapBefore(article, before.end, hit.start)) continue;
    if (before.personId === after.personId) continue;
    const [principal, delegate] = principalFirst ? [before, after] : [after, before];
    if (isOrderSource(article, principal)) continue;
    delegations.push({
      delegateId: delegate.personId,
      principalId: principal.personId,
      span: { start: before.start, end: after.end },
      delegate,
    });
  }
  return delegations;
}

// People are sorted by start; binary search keeps the pass linear-logarithmic on hostile input.
function firstIndexAtOrAfter(people: readonly PersonSpan[], at: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastEndingBefore(people: readonly PersonSpan[], at: number): PersonSpan | undefined {
  const from = firstIndexAtOrAfter(people, at) - 1;
  for (let i = from; i >= 0 && i >= from - 3; i--) {
    if (people[i]!.end <= at) return people[i];
  }
  return undefined;
}

function firstStartingAfter(people: readonly PersonSpan[], at: number): PersonSpan | undefined {
  return people[firstIndexAtOrAfter(people, at)];
}

/** Between the first person and the cue: a {@link isGap}, or one after the person's words of speech
 * ("…, dalam arahannya melalui"). */
function isGapBefore(article: ArticleText, from: number, to: number): boolean {
  if (isGap(article.text, from, to)) return true;
  const frame = hitsIn(article, DELEGATION_SPEECH_FRAMES, from, to).at(-1);
  return frame !== undefined && isGap(article.text, from, frame.start) && isGap(article.text, frame.end, to);
}

/** Between the cue and the second person: a {@link isGap}, or the person's position in apposition,
 * capitalised and closed by a comma ("mewakili Kapolda Papua Barat, Irjen Pol …"). */
function isGapAfter(text: string, from: number, to: number): boolean {
  if (isGap(text, from, to)) return true;
  if (to - from > DELEGATION_APPOSITION_MAX) return false;
  const between = text.slice(from, to).trim();
  return between.endsWith(',') && isTitleCaseWords(between.slice(0, -1));
}

/** A short run of capitalised words: an office and its place ("Kapolda Papua Barat"). */
function isTitleCaseWords(between: string): boolean {
  if (between.length > DELEGATION_APPOSITION_MAX) return false;
  const words = between.trim().split(/\s+/u);
  return (
    words.length <= DELEGATION_APPOSITION_WORDS &&
    words.every((word) => word.length > 0 && word[0] !== word[0]!.toLowerCase())
  );
}

/** Whether the principal is named as the source of an order ("arahan dari Kapolri …"). */
/** Whether only spaces stand between the start of the sentence and `at`. */
function opensSentence(article: ArticleText, at: number): boolean {
  const sentence = sentenceAt(article, at);
  return sentence !== undefined && article.text.slice(sentence.start, at).trim() === '';
}

function isOrderSource(article: ArticleText, principal: TextSpan): boolean {
  const cue = hitsIn(article, ORDER_SOURCE_CUES, Math.max(0, principal.start - ORDER_SOURCE_REACH), principal.start).at(
    -1,
  );
  return cue !== undefined && isGap(article.text, cue.end, principal.start);
}

/** Between a person and a cue stand only punctuation and, at most, short titles the name reader did
 * not take ("AKBP Erwin Aras Genda SIK MT melalui", "Mursalin, MS, yang diwakili"). */
function isGap(text: string, from: number, to: number): boolean {
  if (to - from > DELEGATION_GAP_MAX) return false;
  const words = text
    .slice(from, to)
    .split(/[\s,()\u00a0]+/u)
    .filter((w) => w.length > 0);
  return (
    words.length <= DELEGATION_GAP_WORDS &&
    words.every((w) => w.length <= 6 && (w === w.toUpperCase() || w.includes('.')))
  );
}
