import type { Event } from '@kamtibmas/core';

function union<T>(a: readonly T[], b: readonly T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const item of b) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

/**
 * One event from two reports of the same activity (same id, date and organisers): `a`'s fields,
 * the fields `a` lacks from `b`, and the union of kinds, participants, groups, topics, objectives,
 * quotes and sources (each source keeps its own evidence; the same source twice is kept once).
 *
 * @param a - The event kept.
 * @param b - The other report.
 * @returns A new event.
 * @internal
 */
export function mergeEvent(a: Event, b: Event): Event {
  const merged: Event = { ...b, ...a };
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined) Object.assign(merged, { [key]: (b as unknown as Record<string, unknown>)[key] });
  }
  merged.kinds = union(a.kinds, b.kinds);
  merged.participants = union(
    a.participants,
    b.participants,
    (p) => `${p.personId}\u0000${p.role}\u0000${p.onBehalfOf ?? ''}`,
  );
  merged.participantGroups = union(a.participantGroups, b.participantGroups);
  merged.topics = union(a.topics, b.topics);
  merged.sources = union(a.sources, b.sources);
  if (a.objectives !== undefined || b.objectives !== undefined)
    merged.objectives = union(a.objectives ?? [], b.objectives ?? []);
  if (a.quotes !== undefined || b.quotes !== undefined) merged.quotes = union(a.quotes ?? [], b.quotes ?? []);
  for (const key of Object.keys(merged) as (keyof Event)[]) if (merged[key] === undefined) delete merged[key];
  return merged;
}
