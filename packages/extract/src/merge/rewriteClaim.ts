// Evidence claims name records: 'unit:polres-lebong', 'person:imam-tarmudi.rank',
// 'event.participant:imam-tarmudi', 'event.quote:…' (see the fixtures). These are the claim
// prefixes whose id is a unit/organisation or a person; any other claim is kept as it is.
const BODY_CLAIMS = ['unit:', 'organization:', 'organisation:', 'event.organizer:'] as const;
const PERSON_CLAIMS = ['person:', 'event.participant:', 'event.quote:', 'event.onBehalfOf:'] as const;

/**
 * The claim with the id it names replaced by its merged id (`'person:imam.rank'` →
 * `'person:imam-tarmudi.rank'`).
 *
 * @param claim - The evidence claim.
 * @param bodies - Unit and organisation ids of the article → merged ids.
 * @param people - Person ids of the article → merged ids.
 * @returns The rewritten claim, or `claim` when it names no mapped id.
 * @internal
 */
export function rewriteClaim(
  claim: string,
  bodies: ReadonlyMap<string, string>,
  people: ReadonlyMap<string, string>,
): string {
  const colon = claim.indexOf(':');
  if (colon < 0) return claim;
  const prefix = claim.slice(0, colon + 1);
  const map = (BODY_CLAIMS as readonly string[]).includes(prefix)
    ? bodies
    : (PERSON_CLAIMS as readonly string[]).includes(prefix)
      ? people
      : undefined;
  if (map === undefined) return claim;
  const dot = claim.indexOf('.', colon + 1);
  const id = claim.slice(colon + 1, dot < 0 ? claim.length : dot);
  const merged = map.get(id);
  return merged === undefined ? claim : `${prefix}${merged}${dot < 0 ? '' : claim.slice(dot)}`;
}
