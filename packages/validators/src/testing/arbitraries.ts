// Private (not exported from the package): fast-check arbitraries of valid model values, for the
// property tests. Everything generated must pass validateEvent / validateDataset, so the
// generators respect the cross-field rules: no self-delegation, stages of the named election,
// evidence offsets in order, unique ids, references that resolve, functional units under a Polres.
import {
  DATE_PRECISIONS,
  type Dataset,
  ELECTIONS,
  EVENT_KIND_CODES,
  type Event,
  ORGANIZATION_KINDS,
  type Organization,
  PARTICIPANT_GROUP_CODES,
  PARTICIPATION_ROLES,
  type PersonRecord,
  RANK_CODES,
  TOPIC_CODES,
  type Unit,
} from '@kamtibmas/core';
import fc from 'fast-check';

export const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
export const textArb = fc.string({ minLength: 1, maxLength: 40 });
export const localDateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as Event['date'] & string);

const sourceArb = fc.record(
  {
    url: fc.constantFrom('https://koranpalpres.com/a', 'http://example.id/berita?id=1'),
    title: textArb,
    publisher: textArb,
    publishedOn: localDateArb,
    author: textArb,
    evidence: fc.array(
      fc
        .record({ claim: textArb, quote: textArb, a: fc.nat(5000), b: fc.nat(5000) })
        .map(({ claim, quote, a, b }) => ({ claim, quote, start: Math.min(a, b), end: Math.max(a, b) })),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['publisher'] },
);

const electionRefArb = fc
  .constantFrom(...ELECTIONS)
  .chain((election) =>
    fc.record(
      { electionId: fc.constant(election.id), phaseId: fc.constantFrom(...election.stages.map((stage) => stage.id)) },
      { requiredKeys: ['electionId'] },
    ),
  );

/** A valid event whose people and organisers are drawn from the given ids. */
export function eventArb(personIds: readonly string[] = [], bodyIds: readonly string[] = []): fc.Arbitrary<Event> {
  const personId = personIds.length > 0 ? fc.constantFrom(...personIds) : slugArb;
  const participationArb = fc
    .record({ personId, role: fc.constantFrom(...PARTICIPATION_ROLES), onBehalfOf: personId, delegated: fc.boolean() })
    .map(({ personId: id, role, onBehalfOf, delegated }) =>
      delegated && onBehalfOf !== id ? { personId: id, role, onBehalfOf } : { personId: id, role },
    );
  return fc.record(
    {
      id: slugArb,
      kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KIND_CODES), { minLength: 1, maxLength: 3 }),
      title: textArb,
      theme: textArb,
      date: localDateArb,
      datePrecision: fc.constantFrom(...DATE_PRECISIONS),
      venue: fc.record(
        { name: textArb, address: fc.record({ city: textArb, street: textArb }, { requiredKeys: [] }) },
        { requiredKeys: [] },
      ),
      organizerIds: fc.array(bodyIds.length > 0 ? fc.constantFrom(...bodyIds) : slugArb, { maxLength: 3 }),
      participants: fc.array(participationArb, { maxLength: 4 }),
      participantGroups: fc.array(
        fc.record(
          {
            group: fc.constantFrom(...PARTICIPANT_GROUP_CODES),
            count: fc.nat(10_000),
            countText: textArb,
            note: textArb,
          },
          { requiredKeys: ['group'] },
        ),
        { maxLength: 3 },
      ),
      topics: fc.uniqueArray(fc.constantFrom(...TOPIC_CODES), { maxLength: 4 }),
      election: electionRefArb,
      operation: textArb,
      objectives: fc.array(textArb, { maxLength: 2 }),
      quotes: fc.array(fc.record({ personId, text: textArb }), { maxLength: 2 }),
      sources: fc.array(sourceArb, { minLength: 1, maxLength: 2 }),
    },
    {
      requiredKeys: [
        'id',
        'kinds',
        'title',
        'datePrecision',
        'organizerIds',
        'participants',
        'participantGroups',
        'topics',
        'sources',
      ],
    },
  ) as fc.Arbitrary<Event>;
}

/** A valid unit tree: one Polda, Polres under it, Polsek and a Satbinmas under each Polres. */
export const unitsArb: fc.Arbitrary<Unit[]> = fc.uniqueArray(slugArb, { minLength: 1, maxLength: 12 }).map((ids) => {
  const [polda, ...rest] = ids.map((id) => `u-${id}`);
  const units: Unit[] = [{ id: polda!, kind: 'polda', name: `Polda ${polda}` }];
  let polres: string | undefined;
  rest.forEach((id, i) => {
    if (polres === undefined || i % 3 === 0) {
      units.push({ id, kind: 'polres', name: `Polres ${id}`, parentId: polda });
      polres = id;
    } else if (i % 3 === 1) units.push({ id, kind: 'polsek', name: `Polsek ${id}`, parentId: polres });
    else units.push({ id, kind: 'satuan', function: 'binmas', name: `Satbinmas ${id}`, parentId: polres });
  });
  return units;
});

/** A valid dataset: ids unique in their spaces, every reference resolving. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    units: unitsArb,
    orgIds: fc.uniqueArray(slugArb, { maxLength: 4 }),
    personIds: fc.uniqueArray(slugArb, { minLength: 1, maxLength: 5 }),
    orgKind: fc.constantFrom(...ORGANIZATION_KINDS),
    rank: fc.constantFrom(...RANK_CODES),
  })
  .chain(({ units, orgIds, personIds, orgKind, rank }) => {
    const organizations: Organization[] = orgIds.map((id) => ({ id: `o-${id}`, kind: orgKind, name: `Org ${id}` }));
    const bodyIds = [...units.map((u) => u.id), ...organizations.map((o) => o.id)];
    const people: PersonRecord[] = personIds.map((id, i) =>
      i % 2 === 0
        ? {
            kind: 'officer',
            id,
            name: id,
            rank,
            honorifics: [],
            titles: [],
            appointments: [{ position: 'penyidik', organizationId: bodyIds[0]! }],
          }
        : { kind: 'official', id, name: id, honorifics: ['H.'], titles: [], appointments: [] },
    );
    return fc
      .uniqueArray(eventArb(personIds, bodyIds), { selector: (event) => event.id, maxLength: 4 })
      .map((events) => ({ units, organizations, people, events }));
  });
