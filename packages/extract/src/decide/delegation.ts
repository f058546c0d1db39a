import type { TextSpan } from '@kamtibmas/core';
import type { ArticleText } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import {
  DELEGATE_FIRST_CUES,
  DELEGATION_GAP_MAX,
  DELEGATION_GAP_WORDS,
  PRINCIPAL_FIRST_CUES,
} from '../data/delegationCues';

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
  const cues = [
    ...hitsIn(article, PRINCIPAL_FIRST_CUES).map((hit) => ({ hit, principalFirst: true })),
    ...hitsIn(article, DELEGATE_FIRST_CUES).map((hit) => ({ hit, principalFirst: false })),
  ].sort((a, b) => a.hit.start - b.hit.start);
  for (const { hit, principalFirst } of cues) {
    const before = lastEndingBefore(people, hit.start);
    const after = firstStartingAfter(people, hit.end);
    if (before === undefined || after === undefined) continue;
    if (!isGap(article.text, before.end, hit.start) || !isGap(article.text, hit.end, after.start)) continue;
    if (before.personId === after.personId) continue;
    const [principal, delegate] = principalFirst ? [before, after] : [after, before];
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
