// Private: the valid part of an event that failed its schema, so that the event rules can still
// report what they see (a self-delegation next to an impossible date) instead of staying silent
// until every other mistake is fixed. Each top-level field is kept only when it passes its own
// schema on its own; required arrays that did not are replaced by [] so the rules find nothing
// there. Anything that is not a plain object salvages to undefined.
import type { Event } from '@kamtibmas/core';
import { EventSchema } from '../schemas/EventSchema';

const REQUIRED_ARRAYS = ['kinds', 'organizerIds', 'participants', 'participantGroups', 'topics', 'sources'] as const;

export function salvageEvent(raw: unknown): Event | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const salvaged: Record<string, unknown> = {};
  for (const key of REQUIRED_ARRAYS) salvaged[key] = [];
  for (const [key, fieldSchema] of Object.entries(EventSchema.shape)) {
    if (!Object.hasOwn(record, key)) continue;
    const result = fieldSchema.safeParse(record[key]);
    if (result.success) salvaged[key] = result.data;
  }
  return salvaged as unknown as Event;
}
