import { describe, expect, it } from 'vitest';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

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

function issuesOf(input: unknown, locale: 'id' | 'en') {
  const result = validateEvent(input, { locale });
  return result.ok ? [] : result.issues.map(({ path, code, message, params }) => ({ path, code, message, params }));
}

describe('messages that name the fix', () => {
  it('an event without a sources key gets missing_source, as sources: [] does', () => {
    const { sources: _, ...noSources } = event;
    const expected = { path: ['sources'], code: 'missing_source', params: {} };
    expect(issuesOf(noSources, 'en')).toEqual([
      { ...expected, message: 'sources: an event needs at least one source — add the article that reports it.' },
    ]);
    expect(issuesOf(noSources, 'id')).toEqual([
      {
        ...expected,
        message: 'sources: kegiatan wajib memiliki minimal satu sumber — tambahkan artikel yang memberitakannya.',
      },
    ]);
    expect(issuesOf({ ...event, sources: [] }, 'en')[0]?.code).toBe('missing_source');
    // A source without its publisher is an ordinary missing field, not a missing source.
    expect(issuesOf({ ...event, sources: [{}] }, 'en')[0]?.code).toBe('required');
  });

  it('an unknown key suggests the nearest field the object does not have yet', () => {
    const { title, ...rest } = event;
    const titel = { ...rest, titel: title };
    expect(issuesOf(titel, 'en')).toContainEqual({
      path: ['titel'],
      code: 'unknown_key',
      message: "titel: unknown field 'titel' — did you mean 'title'?",
      params: { value: "'titel'", suggestion: 'title' },
    });
    expect(issuesOf(titel, 'id')).toContainEqual({
      path: ['titel'],
      code: 'unknown_key',
      message: "titel: kolom 'titel' tidak dikenal — maksud Anda 'title'?",
      params: { value: "'titel'", suggestion: 'title' },
    });
    // Nested objects compare with their own fields.
    const nested = { ...event, sources: [{ publisher: 'Radar Kaur', publishedon: '2024-09-06' }] };
    expect(issuesOf(nested, 'en')[0]?.message).toBe(
      "sources[0].publishedon: unknown field 'publishedon' — did you mean 'publishedOn'?",
    );
    // Nothing near: the old advice stays.
    expect(issuesOf({ ...event, foo: 1 }, 'en')[0]?.message).toBe(
      "foo: unknown field 'foo' — remove it or check its spelling.",
    );
    // Already there: 'titel' next to 'title' is not suggested to become a second title.
    expect(issuesOf({ ...event, titel: 'x' }, 'en')[0]?.params).toEqual({ value: "'titel'" });
  });

  it('an unknown key in a person is compared with the fields of that kind of person', () => {
    const person = { id: 'adam', kind: 'official', name: 'Adam', honorifics: [], titles: [], appointments: [] };
    const dataset = (extra: object) => ({
      units: [],
      organizations: [],
      people: [{ ...person, ...extra }],
      events: [],
    });
    // An official has no rank: 'rnak' is not a typo of a field officials have.
    const official = validateDataset(dataset({ rnak: 'AKBP' }), { locale: 'en' });
    expect(official.ok ? [] : official.issues.map((i) => i.params)).toEqual([{ value: "'rnak'" }]);
    const { appointments: _, ...officer } = { ...person, kind: 'officer', rank: 'AKBP', appointmens: [] };
    const result = validateDataset({ units: [], organizations: [], people: [officer], events: [] }, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.params.suggestion])).toEqual([
      ['required', undefined],
      ['unknown_key', 'appointments'],
    ]);
  });

  it('a date not written YYYY-MM-DD is read and its canonical form suggested', () => {
    expect(issuesOf({ ...event, date: '4/11/2024' }, 'en')).toEqual([
      {
        path: ['date'],
        code: 'invalid_date',
        message: "date: date '4/11/2024' is not written YYYY-MM-DD — did you mean '2024-11-04'?",
        params: { value: "'4/11/2024'", expected: 'YYYY-MM-DD', suggestion: '2024-11-04' },
      },
    ]);
    expect(issuesOf({ ...event, date: '4/11/2024' }, 'id')[0]?.message).toBe(
      "date: tanggal '4/11/2024' tidak ditulis YYYY-MM-DD — maksud Anda '2024-11-04'?",
    );
    expect(issuesOf({ ...event, date: 'Kamis, 5 September 2024' }, 'en')[0]?.params.suggestion).toBe('2024-09-05');
    expect(issuesOf({ ...event, sources: [{ publisher: 'X', publishedOn: '24 Nopember 2023' }] }, 'en')[0]).toEqual({
      path: ['sources', 0, 'publishedOn'],
      code: 'invalid_date',
      message: "sources[0].publishedOn: date '24 Nopember 2023' is not written YYYY-MM-DD — did you mean '2023-11-24'?",
      params: { value: "'24 Nopember 2023'", expected: 'YYYY-MM-DD', suggestion: '2023-11-24' },
    });
    // Unreadable: say how to write it, suggest nothing.
    expect(issuesOf({ ...event, date: 'besok' }, 'en')[0]?.message).toBe(
      "date: date 'besok' is not written YYYY-MM-DD — write it like 2024-02-14.",
    );
    expect(issuesOf({ ...event, date: 'besok' }, 'id')[0]?.message).toBe(
      "date: tanggal 'besok' tidak ditulis YYYY-MM-DD — tulis seperti 2024-02-14.",
    );
    // Written YYYY-MM-DD but no such day: the day is the problem, as before.
    expect(issuesOf({ ...event, date: '2024-02-30' }, 'en')[0]?.message).toBe(
      "date: invalid date '2024-02-30' — use a day that exists, written YYYY-MM-DD, e.g. 2024-02-14.",
    );
    // A day and month without a year cannot be completed: no guess.
    expect(issuesOf({ ...event, date: '24/11' }, 'en')[0]?.params).toEqual({
      value: "'24/11'",
      expected: 'YYYY-MM-DD',
    });
  });
});
