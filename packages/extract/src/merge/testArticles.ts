import type { Dataset, Event, LocalDate, Officer, Official, Organization, Unit } from '@kamtibmas/core';
import { validateDataset } from '@kamtibmas/validators';
import type { MergeableExtraction } from '../MergedExtractions';

// Small hand-made article datasets for the merge tests: what an extractor would produce for a
// one-event article (the event first, the units, organisations and people it refers to).

export const poldaLampung: Unit = { id: 'polda-lampung', kind: 'polda', name: 'Polda Lampung' };
export const poldaBengkulu: Unit = { id: 'polda-bengkulu', kind: 'polda', name: 'Polda Bengkulu' };
export const polresLamsel: Unit = {
  id: 'polres-lampung-selatan',
  kind: 'polres',
  name: 'Polres Lampung Selatan',
  parentId: 'polda-lampung',
};
export const polresMetro: Unit = {
  id: 'polres-metro',
  kind: 'polres',
  name: 'Polres Metro',
  parentId: 'polda-lampung',
};
export const polresBengkuluSelatan: Unit = {
  id: 'polres-bengkulu-selatan',
  kind: 'polres',
  name: 'Polres Bengkulu Selatan',
  parentId: 'polda-bengkulu',
};

/** An officer holding one position in one unit. */
export function officer(
  id: string,
  name: string,
  rank: Officer['rank'],
  organizationId?: string,
  asOf?: LocalDate,
): Officer {
  return {
    kind: 'officer',
    id,
    name,
    rank,
    honorifics: [],
    titles: [],
    appointments:
      organizationId === undefined
        ? []
        : [{ position: 'kapolres', organizationId, ...(asOf === undefined ? {} : { asOf }) }],
  };
}

/** An official holding one position in one organisation. */
export function official(id: string, name: string, organizationId?: string): Official {
  return {
    kind: 'official',
    id,
    name,
    honorifics: [],
    titles: [],
    appointments: organizationId === undefined ? [] : [{ position: 'camat', organizationId }],
  };
}

/** A one-event article: organised by `organizer`, attended by `people` (the first hosts). */
export function article(options: {
  units: Unit[];
  organizations?: Organization[];
  people?: (Officer | Official)[];
  organizer: string;
  date: LocalDate;
  publishedOn?: LocalDate;
  publisher?: string;
  kind?: Event['kinds'][number];
  onBehalfOf?: [string, string];
}): MergeableExtraction & { dataset: Dataset } {
  const people = options.people ?? [];
  const kind = options.kind ?? 'sosialisasi';
  const event: Event = {
    id: `${kind}-${options.organizer}-${options.date}`,
    kinds: [kind],
    title: `${kind} ${options.organizer}`,
    date: options.date,
    datePrecision: 'day',
    organizerIds: [options.organizer],
    participants: people.map((person, i) => ({
      personId: person.id,
      role: i === 0 ? 'host' : 'attendee',
      ...(options.onBehalfOf?.[0] === person.id ? { onBehalfOf: options.onBehalfOf[1] } : {}),
    })),
    participantGroups: [],
    topics: [],
    sources: [
      {
        publisher: options.publisher ?? 'Contoh News',
        ...(options.publishedOn === undefined ? {} : { publishedOn: options.publishedOn }),
        evidence: [
          { claim: 'event.organizer', quote: 'menggelar' },
          ...people.map((person) => ({ claim: `person:${person.id}.name`, quote: person.name })),
          ...people.map((person) => ({ claim: `event.participant:${person.id}`, quote: person.name })),
          { claim: `unit:${options.organizer}`, quote: options.organizer },
        ],
      },
    ],
  };
  return {
    dataset: { units: options.units, organizations: options.organizations ?? [], people, events: [event] },
    unresolved: [],
  };
}

/** The ids of some records, sorted. */
export const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

/** The validation issues of a dataset as `path: code` lines; `[]` when it is valid. */
export const valid = (dataset: Dataset) => {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
};
