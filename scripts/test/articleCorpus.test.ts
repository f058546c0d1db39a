import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ELECTION_IDS,
  EVENT_KIND_CODES,
  isLocalDate,
  listProvinces,
  PARTICIPANT_GROUP_CODES,
  RANK_CODES,
  TOPIC_CODES,
} from '../../packages/core/src/index';

// The development corpus of real news articles (corpus/README.md): every `NNN-slug.txt` is an
// article as a reader gets it, every `NNN-slug.json` its hand annotation. This test checks that the
// files are well-formed and use the library's codes; it runs no extractor.

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'corpus', 'articles');
const files = readdirSync(dir);
const stems = [...new Set(files.map((f) => f.replace(/\.(txt|json)$/, '')))].sort();

const MIN_ARTICLES = 48;
const MIN_PROVINCES = 20;
const provinceNames = new Set(listProvinces().map((p) => p.name));
const organiserPattern =
  /^(Polda|Polres|Polresta|Polrestabes|Polsek|Sat[a-z]+ Polres(ta|tabes)?|Dit[a-z]+ Polda) [A-Z]/;

interface Person {
  rank?: string;
  name: string;
  position: string | null;
  unit?: string | null;
  organization?: string | null;
}

interface Annotation {
  url: string;
  publisher: string;
  publishedOn: string | null;
  province: string;
  event: {
    date: string | null;
    electionId: string | null;
    organiser: string;
    mainKind: string;
    kinds: string[];
    venue: string | null;
    participantGroups: string[];
    topics: string[];
    operation: string | null;
  };
  officers: Person[];
  officials: Person[];
  delegations: { present: string; onBehalfOf: string }[];
  notes: string;
}

/** Collapses runs of white space, so a name broken across a line still matches. */
const squash = (text: string): string => text.replace(/\s+/g, ' ');

const read = (stem: string): { text: string; note: Annotation } => ({
  text: readFileSync(path.join(dir, `${stem}.txt`), 'utf8'),
  note: JSON.parse(readFileSync(path.join(dir, `${stem}.json`), 'utf8')) as Annotation,
});

const expectCodes = (values: unknown, codes: readonly string[], what: string): void => {
  expect(Array.isArray(values), `${what} is an array`).toBe(true);
  const list = values as string[];
  for (const value of list) expect(codes, `${what}: unknown code ${value}`).toContain(value);
  expect(new Set(list).size, `${what} has no duplicates`).toBe(list.length);
};

const expectNullableText = (value: unknown, what: string): void => {
  if (value !== null) {
    expect(typeof value, `${what} is a string or null`).toBe('string');
    expect((value as string).trim().length, `${what} is not blank`).toBeGreaterThan(0);
  }
};

describe('article corpus', () => {
  it('has only NNN-slug.txt / NNN-slug.json files, in pairs, with unique numbers', () => {
    for (const file of files) expect(file).toMatch(/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.(txt|json)$/);
    for (const stem of stems) {
      expect(files, `${stem}.txt`).toContain(`${stem}.txt`);
      expect(files, `${stem}.json`).toContain(`${stem}.json`);
    }
    const numbers = stems.map((s) => s.slice(0, 3));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it(`has at least ${MIN_ARTICLES} articles from at least ${MIN_PROVINCES} provinces`, () => {
    expect(stems.length).toBeGreaterThanOrEqual(MIN_ARTICLES);
    const provinces = new Set(stems.map((s) => read(s).note.province));
    expect(provinces.size).toBeGreaterThanOrEqual(MIN_PROVINCES);
  });

  it('has no two articles from the same URL and none of the five seed articles', () => {
    const urls = stems.map((s) => read(s).note.url);
    expect(new Set(urls).size).toBe(urls.length);
    const seedDir = path.join(root, 'packages', 'fixtures', 'test', 'articles');
    const seeds = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => squash(readFileSync(path.join(seedDir, f), 'utf8')).slice(0, 300));
    for (const stem of stems) {
      const opening = squash(read(stem).text).slice(0, 300);
      expect(seeds, `${stem} is a seed article`).not.toContain(opening);
    }
  });

  for (const stem of stems) {
    describe(stem, () => {
      const { text, note } = read(stem);
      const flat = squash(text);

      it('has a non-empty UTF-8 text', () => {
        expect(text.trim().length).toBeGreaterThan(200);
        expect(text).not.toContain('\uFFFD');
      });

      it('has exactly the annotation fields', () => {
        expect(Object.keys(note).sort()).toEqual(
          [
            'delegations',
            'event',
            'notes',
            'officers',
            'officials',
            'province',
            'publishedOn',
            'publisher',
            'url',
          ].sort(),
        );
        expect(Object.keys(note.event).sort()).toEqual(
          [
            'date',
            'electionId',
            'kinds',
            'mainKind',
            'operation',
            'organiser',
            'participantGroups',
            'topics',
            'venue',
          ].sort(),
        );
        expect(typeof note.notes).toBe('string');
        expect(typeof note.publisher).toBe('string');
        expect(note.publisher.trim().length).toBeGreaterThan(0);
      });

      it('has an http(s) URL, a known province and real dates', () => {
        expect(['http:', 'https:']).toContain(new URL(note.url).protocol);
        expect(provinceNames, `province ${note.province}`).toContain(note.province);
        for (const [what, value] of [
          ['publishedOn', note.publishedOn],
          ['event.date', note.event.date],
        ] as const) {
          if (value !== null) expect(isLocalDate(value), `${what} ${value} is a real YYYY-MM-DD`).toBe(true);
        }
      });

      it('uses the library codes for election, kinds, groups and topics', () => {
        if (note.event.electionId !== null) expect(ELECTION_IDS).toContain(note.event.electionId);
        expectCodes(note.event.kinds, EVENT_KIND_CODES, 'kinds');
        expect(note.event.kinds.length).toBeGreaterThan(0);
        expect(note.event.kinds, 'mainKind is one of kinds').toContain(note.event.mainKind);
        expectCodes(note.event.participantGroups, PARTICIPANT_GROUP_CODES, 'participantGroups');
        expectCodes(note.event.topics, TOPIC_CODES, 'topics');
      });

      it('names the organiser as a police unit, and venue and operation as written', () => {
        expect(note.event.organiser).toMatch(organiserPattern);
        expectNullableText(note.event.venue, 'venue');
        expectNullableText(note.event.operation, 'operation');
        if (note.event.venue !== null) expect(flat).toContain(squash(note.event.venue));
        if (note.event.operation !== null) expect(flat).toContain(squash(note.event.operation));
      });

      it('lists officers with a Polri rank and officials, each named as written, once', () => {
        for (const officer of note.officers) {
          expect(RANK_CODES, `rank of ${officer.name}`).toContain(officer.rank);
          expect(flat, `officer ${officer.name} is in the text`).toContain(squash(officer.name));
          expectNullableText(officer.position, 'officer.position');
          expectNullableText(officer.unit, 'officer.unit');
        }
        for (const official of note.officials) {
          expect(flat, `official ${official.name} is in the text`).toContain(squash(official.name));
          expectNullableText(official.position, 'official.position');
          expectNullableText(official.organization, 'official.organization');
        }
        const names = [...note.officers, ...note.officials].map((p) => p.name);
        expect(new Set(names).size, 'one entry per person').toBe(names.length);
      });

      it('has delegations between two named, different people', () => {
        const names = new Set([...note.officers, ...note.officials].map((p) => p.name));
        for (const { present, onBehalfOf } of note.delegations) {
          expect(names, `delegate ${present}`).toContain(present);
          expect(names, `represented ${onBehalfOf}`).toContain(onBehalfOf);
          expect(present).not.toBe(onBehalfOf);
        }
      });
    });
  }
});
