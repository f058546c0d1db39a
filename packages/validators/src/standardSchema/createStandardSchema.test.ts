import { describe, expect, it } from 'vitest';
import { EventSchema } from '../schemas/EventSchema';
import { createStandardSchema } from './createStandardSchema';

const event = {
  id: 'dialog-polsek-kedurang-2024-09-05',
  kinds: ['dialog'],
  title: 'Dialog Kamtibmas',
  date: '2024-09-05',
  datePrecision: 'day',
  organizerIds: ['polsek-kedurang'],
  participants: [],
  participantGroups: [],
  topics: ['kamtibmas'],
  sources: [{ publisher: 'Radar Kaur' }],
};
// Budi stands in for himself: the shape is fine, only our cross-field rule rejects it.
const selfDelegating = { ...event, participants: [{ personId: 'budi', role: 'attendee', onBehalfOf: 'budi' }] };

describe('createStandardSchema', () => {
  it('runs our rules, which the zod schema’s own ~standard skips', () => {
    expect(EventSchema['~standard'].validate(selfDelegating)).toEqual({ value: selfDelegating });
    const result = createStandardSchema('event', { locale: 'en' })['~standard'].validate(selfDelegating);
    expect(result.issues).toEqual([
      {
        path: ['participants', 0, 'onBehalfOf'],
        code: 'self_delegation',
        severity: 'error',
        message:
          "participants[0].onBehalfOf: participant 'budi' is recorded as acting for themselves — remove onBehalfOf or set it to the person they stood in for.",
        params: { value: "'budi'" },
      },
    ]);
  });

  it('is a Standard Schema v1: version, vendor, synchronous { value } or { issues }', () => {
    const schema = createStandardSchema('event');
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].vendor).toBe('kamtibmas');
    const ok = schema['~standard'].validate(event);
    expect(ok).toEqual({ value: event, advisories: [] });
    expect(ok).not.toBeInstanceOf(Promise);
    expect(ok.issues).toBeUndefined();
    // The value is a fresh copy, never the input object.
    expect('value' in ok && ok.value).not.toBe(event);
  });

  it('writes messages in the requested language, per schema and per call', () => {
    const missing = { ...event, sources: undefined };
    const indonesian = createStandardSchema('event')['~standard'].validate(missing);
    expect(indonesian.issues?.[0]?.message).toBe(
      'sources: kegiatan wajib memiliki minimal satu sumber — tambahkan artikel yang memberitakannya.',
    );
    const english = createStandardSchema('event', { locale: 'en-GB' });
    expect(english['~standard'].validate(missing).issues?.[0]?.message).toBe(
      'sources: an event needs at least one source — add the article that reports it.',
    );
    const perCall = english['~standard'].validate(missing, { libraryOptions: { locale: 'id-ID' } });
    expect(perCall.issues?.[0]?.code).toBe('missing_source');
    expect(perCall.issues?.[0]?.message.startsWith('sources: kegiatan wajib')).toBe(true);
    const french = createStandardSchema('event', { locale: 'fr' })['~standard'].validate(missing);
    expect(french.localeFallback).toEqual({ requested: 'fr', used: 'en' });
  });

  it('validates datasets with the dataset rules', () => {
    const dataset = { units: [], organizations: [], people: [], events: [event] };
    const result = createStandardSchema('dataset', { locale: 'en' })['~standard'].validate(dataset);
    // The organiser is not in the dataset: a dataset rule, not a shape error.
    expect(result.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      [['events', 0, 'organizerIds', 0], 'dangling_reference'],
    ]);
  });

  it('never throws on hostile values, and rejects an unknown kind at creation', () => {
    const schema = createStandardSchema('dataset');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [undefined, null, 42, 'x', [], cyclic, { __proto__: null }]) {
      expect(schema['~standard'].validate(value).issues?.length).toBeGreaterThan(0);
    }
    expect(() => createStandardSchema('person' as 'event')).toThrow(TypeError);
  });
});
