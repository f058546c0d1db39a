import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { MAX_STRING_LENGTH } from '../limits';
import { EventSchema } from '../schemas/EventSchema';
import { validDataset, validEvent } from '../testing/examples';
import { validateDataset } from '../validate/validateDataset';
import { validateEvent } from '../validate/validateEvent';
import { EXPORTED_SCHEMAS, fileNameOf, jsonSchemaDocuments, toJsonSchemaDocument } from './jsonSchemaDocuments';

// JSON Schema cannot express, so only zod and the validators check:
// - evidence and stage ranges (`start <= end`, invalid_range) — comparisons between two fields;
// - every cross-field rule: self_delegation, phase_election_mismatch, weekday_mismatch,
//   duplicate_id, dangling_reference, missing_parent, invalid_parent_kind, parent_cycle and the
//   advisories (they need other records, core data or calendars);
// - URL schemes: zod accepts only http/https, JSON Schema `format: uri` accepts any scheme;
// - the pre-check limits other than string length (depth, array size, node budget, cycles).

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const documents = jsonSchemaDocuments();
const eventValidator = ajv.compile(documents['event.json']!);
const datasetValidator = ajv.compile(documents['dataset.json']!);

const ev = (patch: Record<string, unknown>) => ({ ...validEvent(), ...patch });

const SHAPE_CASES: [string, unknown][] = [
  ['a valid event', validEvent()],
  ['an unknown key', ev({ organiserIds: [] })],
  ['a wrong type', ev({ title: 7 })],
  ['a missing field', ev({ datePrecision: undefined })],
  ['an id that is not a slug', ev({ id: 'Polsek Kedurang' })],
  ['an id with a double hyphen', ev({ id: 'polsek--kedurang' })],
  ['a day that does not exist', ev({ date: '2023-02-29' })],
  ['a leap day', ev({ date: '2024-02-29' })],
  ['an unknown topic', ev({ topics: ['hoax'] })],
  ['no source', ev({ sources: [] })],
  ['no kind', ev({ kinds: [] })],
  ['a negative count', ev({ participantGroups: [{ group: 'ormas', count: -1 }] })],
  ['a fractional count', ev({ participantGroups: [{ group: 'ormas', count: 1.5 }] })],
  ['an over-long title', ev({ title: 'x'.repeat(MAX_STRING_LENGTH + 1) })],
  ['an empty title', ev({ title: '' })],
  ['a URL without scheme', ev({ sources: [{ publisher: 'X', url: 'radarkaur.disway.id' }] })],
  ['a bad stage id', ev({ election: { electionId: 'pemilu-2024', phaseId: 'kampanye' } })],
  ['an unknown election', ev({ election: { electionId: 'pemilu-2029' } })],
  ['null', null],
  ['an array', [validEvent()]],
];

const CROSS_FIELD_CASES: [string, unknown][] = [
  ['delegation to oneself', ev({ participants: [{ personId: 'a', role: 'host', onBehalfOf: 'a' }] })],
  ['a stage of another election', ev({ election: { electionId: 'pilkada-2024', phaseId: 'pemilu-2024/kampanye' } })],
  ['a weekday that contradicts the date', ev({ dateText: 'Jumat 5 September 2024' })],
  [
    'evidence that ends before it starts',
    ev({ sources: [{ publisher: 'X', evidence: [{ claim: 'c', quote: 'q', start: 9, end: 3 }] }] }),
  ],
  ['an ftp URL', ev({ sources: [{ publisher: 'X', url: 'ftp://example.id/a' }] })],
];

describe('JSON Schema documents', () => {
  it('exist for every exported schema, as 2020-12', () => {
    expect(Object.keys(documents).sort()).toEqual(Object.keys(EXPORTED_SCHEMAS).map(fileNameOf).sort());
    expect(documents['event.json']).toHaveProperty('$schema', 'https://json-schema.org/draft/2020-12/schema');
    for (const document of Object.values(documents)) expect(() => ajv.compile(document)).not.toThrow();
  });

  it('name files in kebab case', () => {
    expect(fileNameOf('EventElectionRefSchema')).toBe('event-election-ref.json');
    expect(fileNameOf('UnitSchema')).toBe('unit.json');
  });

  it.each(SHAPE_CASES)('agree with zod on %s', (_, payload) => {
    const zodOk = EventSchema.safeParse(payload).success;
    expect(eventValidator(payload)).toBe(zodOk);
  });

  it('agree on the expected verdicts (so agreement is not both being wrong)', () => {
    const verdicts = SHAPE_CASES.map(([name, payload]) => [name, eventValidator(payload)]);
    expect(verdicts.filter(([, ok]) => ok).map(([name]) => name)).toEqual(['a valid event', 'a leap day']);
  });

  it.each(CROSS_FIELD_CASES)('leave %s to the validators (JSON Schema accepts it)', (_, payload) => {
    expect(eventValidator(payload)).toBe(true);
    expect(validateEvent(payload).ok).toBe(false);
  });

  it('agree on datasets: valid, and with a broken nested person', () => {
    const dataset = validDataset();
    expect(datasetValidator(dataset)).toBe(true);
    const broken = validDataset();
    Object.assign(broken.people[0]!, { rank: 'KOMBESS' });
    expect(datasetValidator(broken)).toBe(false);
    expect(validateDataset(broken).ok).toBe(false);
    const dangling = validDataset();
    dangling.events[0]!.organizerIds = ['nowhere'];
    expect(datasetValidator(dangling)).toBe(true);
    expect(validateDataset(dangling).ok).toBe(false);
  });

  it('carry titles and descriptions from .meta()', () => {
    const unit = toJsonSchemaDocument(EXPORTED_SCHEMAS.UnitSchema as z.ZodType) as {
      $defs: Record<string, { title?: string }>;
    };
    expect(unit.$defs.Unit?.title).toBe('Unit');
  });
});

describe('Standard Schema', () => {
  it('EventSchema validates through ~standard', async () => {
    const standard = EventSchema['~standard'];
    expect(standard.vendor).toBe('zod');
    const ok = await standard.validate(validEvent());
    expect(ok).toEqual({ value: validEvent() });
    const bad = await standard.validate({ ...validEvent(), sources: [] });
    expect('issues' in bad && bad.issues?.[0]?.path).toEqual(['sources']);
  });
});
