import type { Participation, TextSpan } from '@kamtibmas/core';
import type { ArticleText } from '../_lib/ArticleText';
import type { Delegation, PersonSpan } from '../decide/delegation';
import { roleAt } from '../decide/roles';

/** The event's participations and the mentions that back them. */
export interface ParticipationsDraft {
  /** Participations, one per person, role and principal. */
  readonly participants: Participation[];
  /** Evidence per participation: claim `event.participant:<id>` and span. */
  readonly evidence: { claim: string; span: TextSpan }[];
}

/**
 * Turns person mentions and delegations into participations. A delegate gets the role its
 * delegation sentence gives (read from the principal's mention on: "Dibuka … oleh A melalui B" →
 * B opener on behalf of A); the principal's mention there gives the principal no role. Every other
 * mention gives its person the role of its sentence. A person with another role is not also
 * listed as an attendee, unless that attendance was on someone's behalf.
 *
 * @param article - The article.
 * @param spans - Person mentions, sorted by start.
 * @param delegations - Delegations found.
 * @returns The participations.
 * @example
 * ```ts
 * assembleParticipations(article, spans, []).participants
 * //=> [{ personId: 'yusriandi-yusrin', role: 'host' }]
 * ```
 * @internal
 */
export function assembleParticipations(
  article: ArticleText,
  spans: readonly PersonSpan[],
  delegations: readonly Delegation[],
): ParticipationsDraft {
  const participants: Participation[] = [];
  const evidence: { claim: string; span: TextSpan }[] = [];
  const seen = new Set<string>();
  const add = (personId: string, role: Participation['role'], span: TextSpan, onBehalfOf?: string) => {
    const participation: Participation = { personId, role };
    if (onBehalfOf !== undefined && onBehalfOf !== personId) participation.onBehalfOf = onBehalfOf;
    const key = `${personId}\u0000${role}\u0000${participation.onBehalfOf ?? ''}`;
    evidence.push({ claim: `event.participant:${personId}`, span });
    if (seen.has(key)) return;
    seen.add(key);
    participants.push(participation);
  };
  for (const delegation of delegations) {
    const role = roleAt(article, delegation.span) ?? 'attendee';
    add(delegation.delegateId, role, delegation.span, delegation.principalId);
  }
  // Delegations are in text order and do not overlap: one pointer finds the one covering a span.
  let d = 0;
  for (const span of spans) {
    while (d < delegations.length && delegations[d]!.span.end < span.end) d++;
    const covering = delegations[d]?.span;
    if (covering !== undefined && covering.start <= span.start && span.end <= covering.end) continue;
    const role = roleAt(article, span);
    if (role !== undefined) add(span.personId, role, span);
  }
  const withOther = new Set(participants.filter((p) => p.role !== 'attendee').map((p) => p.personId));
  // A role already recorded with the principal the person acted for says more than the same role
  // without one ("Kapolres A melalui Kapolsek B mengatakan …" and later "kata Kapolsek"): keep one.
  const delegated = new Set(
    participants.filter((p) => p.onBehalfOf !== undefined).map((p) => `${p.personId}\u0000${p.role}`),
  );
  return {
    participants: participants.filter(
      (p) =>
        (p.role !== 'attendee' || p.onBehalfOf !== undefined || !withOther.has(p.personId)) &&
        (p.onBehalfOf !== undefined || !delegated.has(`${p.personId}\u0000${p.role}`)),
    ),
    evidence,
  };
}
