import type { Event, LocalDate, PersonRecord, Unit } from '@kamtibmas/core';
import { rewriteClaim } from './rewriteClaim';

const mapped = (map: ReadonlyMap<string, string>, id: string): string => map.get(id) ?? id;

/**
 * A copy of the unit whose parent is named by its merged id.
 *
 * @internal
 */
export function rewriteUnit(unit: Unit, bodies: ReadonlyMap<string, string>): Unit {
  const copy = structuredClone(unit);
  if (copy.parentId !== undefined) copy.parentId = mapped(bodies, copy.parentId);
  return copy;
}

/**
 * A copy of the person whose appointments name merged ids, each appointment dated: one the
 * article does not date gets the article's date (`asOf`), as the article reports it then.
 *
 * @internal
 */
export function rewritePerson<T extends PersonRecord>(
  person: T,
  bodies: ReadonlyMap<string, string>,
  asOf: LocalDate | undefined,
): T {
  const copy = structuredClone(person);
  copy.appointments = copy.appointments.map((appointment) => ({
    ...appointment,
    organizationId: mapped(bodies, appointment.organizationId),
    ...(appointment.asOf === undefined && asOf !== undefined ? { asOf } : {}),
  }));
  return copy;
}

/**
 * A copy of the event whose organisers, participants, quotes and evidence claims name merged ids
 * (lists that now name one record twice keep it once).
 *
 * @internal
 */
export function rewriteEvent(
  event: Event,
  bodies: ReadonlyMap<string, string>,
  people: ReadonlyMap<string, string>,
): Event {
  const copy = structuredClone(event);
  copy.organizerIds = [...new Set(copy.organizerIds.map((id) => mapped(bodies, id)))];
  const participants = new Map<string, Event['participants'][number]>();
  for (const participation of copy.participants) {
    const rewritten = {
      ...participation,
      personId: mapped(people, participation.personId),
      ...(participation.onBehalfOf === undefined ? {} : { onBehalfOf: mapped(people, participation.onBehalfOf) }),
    };
    const key = `${rewritten.personId}\u0000${rewritten.role}\u0000${rewritten.onBehalfOf ?? ''}`;
    if (!participants.has(key)) participants.set(key, rewritten);
  }
  copy.participants = [...participants.values()];
  if (copy.quotes !== undefined) {
    copy.quotes = copy.quotes.map((quote) => ({ ...quote, personId: mapped(people, quote.personId) }));
  }
  for (const source of copy.sources) {
    if (source.evidence !== undefined) {
      source.evidence = source.evidence.map((evidence) => ({
        ...evidence,
        claim: rewriteClaim(evidence.claim, bodies, people),
      }));
    }
  }
  return copy;
}
