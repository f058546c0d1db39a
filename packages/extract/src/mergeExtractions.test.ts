import type { Dataset, Event, LocalDate } from '@kamtibmas/core';
import { dataset as fixtures } from '@kamtibmas/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergeableExtraction } from './MergedExtractions';
import {
  article,
  ids,
  officer,
  poldaBengkulu,
  poldaLampung,
  polresBengkuluSelatan,
  polresLamsel,
  polresMetro,
  valid,
} from './merge/testArticles';
import { mergeExtractions } from './mergeExtractions';

// The merge as a whole: datasets in, one dataset out (events, known records, unresolved mentions,
// determinism). Which people and units are the same is in mergeExtractions.identity.test.ts.
/** One fixture event as an article would give it: the event and every record it refers to. */
function fixtureArticle(event: Event): MergeableExtraction {
  const units = new Map(fixtures.units.map((u) => [u.id, u]));
  const organizations = new Map(fixtures.organizations.map((o) => [o.id, o]));
  const people = new Map(fixtures.people.map((p) => [p.id, p]));
  const bodyIds = new Set<string>();
  const personIds = new Set<string>();
  const addBody = (id: string) => {
    for (let current: string | undefined = id; current !== undefined && !bodyIds.has(current); ) {
      bodyIds.add(current);
      current = units.get(current)?.parentId;
    }
  };
  event.organizerIds.forEach(addBody);
  for (const p of event.participants) {
    personIds.add(p.personId);
    if (p.onBehalfOf !== undefined) personIds.add(p.onBehalfOf);
  }
  for (const q of event.quotes ?? []) personIds.add(q.personId);
  for (const id of personIds) for (const a of people.get(id)!.appointments) addBody(a.organizationId);
  // Units and organisations named in the evidence ("unit:polres-metro") belong to the article too.
  for (const e of event.sources[0]?.evidence ?? []) {
    const [prefix, rest] = e.claim.split(':');
    if ((prefix === 'unit' || prefix === 'organization') && rest !== undefined) addBody(rest.split('.')[0]!);
  }
  return {
    dataset: {
      units: fixtures.units.filter((u) => bodyIds.has(u.id)),
      organizations: [...bodyIds].flatMap((id) => (organizations.has(id) ? [organizations.get(id)!] : [])),
      people: [...personIds].map((id) => people.get(id)!),
      events: [event],
    },
  };
}

describe('mergeExtractions', () => {
  it('gives an empty dataset for no articles', () => {
    expect(mergeExtractions([])).toEqual({
      dataset: { units: [], organizations: [], people: [], events: [] },
      ids: [],
      unresolved: [],
      notes: ['0 article(s) → 0 unit(s), 0 organisation(s), 0 person(s), 0 event(s); 0 unresolved'],
    });
  });

  it('rebuilds the fixtures dataset from its five articles: shared Polda once, every id kept, valid', () => {
    const articles = fixtures.events.map(fixtureArticle);
    const merged = mergeExtractions(articles);
    expect(valid(merged.dataset)).toEqual([]);
    expect(ids(merged.dataset.events)).toEqual(ids(fixtures.events));
    expect(ids(merged.dataset.people)).toEqual(ids(fixtures.people));
    expect(ids(merged.dataset.organizations)).toEqual(ids(fixtures.organizations));
    // Every unit the events refer to (the fixtures also hold none that no event needs).
    expect(ids(merged.dataset.units)).toEqual(ids(fixtures.units));
    // No id was renamed: each article's ids map to themselves.
    for (const map of merged.ids) {
      for (const space of Object.values(map)) for (const [from, to] of Object.entries(space)) expect(to).toBe(from);
    }
    expect(merged.unresolved).toEqual([]);
  });

  it('makes one event of two reports of one activity (same id, date, organiser), with both sources', () => {
    const people = [officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lampung-selatan')];
    const base = {
      units: [poldaLampung, polresLamsel],
      people,
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    } as const;
    const merged = mergeExtractions([
      article({ ...base, units: [...base.units], people: [...people], publisher: 'Koran A' }),
      article({ ...base, units: [...base.units], people: [...people], publisher: 'Koran B' }),
    ]);
    expect(merged.dataset.events).toHaveLength(1);
    expect(merged.dataset.events[0]?.sources.map((s) => s.publisher).sort()).toEqual(['Koran A', 'Koran B']);
    expect(merged.dataset.people).toHaveLength(1);
    expect(valid(merged.dataset)).toEqual([]);
  });

  it('links to a known dataset: known ids kept, the known records referred to copied in, a person gains the dated appointment', () => {
    const polresBanyuasin = fixtures.units.find((u) => u.id === 'polres-banyuasin')!;
    const knownOfficer = fixtures.people.find(
      (p) => p.kind === 'officer' && p.appointments[0]?.organizationId === 'polres-banyuasin',
    )!;
    const a = article({
      units: [{ id: 'polres-banyuasin', kind: 'polres', name: 'Polres Banyuasin' }],
      people: [
        {
          ...officer(knownOfficer.id, knownOfficer.name, (knownOfficer as { rank: 'AKBP' }).rank),
          appointments: [{ position: 'kapolres', organizationId: 'polres-banyuasin', asOf: '2024-06-01' }],
        },
      ],
      organizer: 'polres-banyuasin',
      date: '2024-06-01',
    });
    const merged = mergeExtractions([a], { known: fixtures });
    expect(valid(merged.dataset)).toEqual([]);
    const unit = merged.dataset.units.find((u) => u.id === 'polres-banyuasin');
    expect(unit).toEqual(polresBanyuasin);
    // Its parent chain comes from the known dataset.
    expect(merged.dataset.units.some((u) => u.id === polresBanyuasin.parentId)).toBe(true);
    const person = merged.dataset.people.find((p) => p.id === knownOfficer.id)!;
    expect(person.name).toBe(knownOfficer.name);
    expect(person.appointments).toEqual([
      ...knownOfficer.appointments,
      { position: 'kapolres', organizationId: 'polres-banyuasin', asOf: '2024-06-01' },
    ]);
    expect(merged.dataset.events.map((e) => e.id)).toEqual(['sosialisasi-polres-banyuasin-2024-06-01']);
    expect(merged.notes.some((n) => n.includes('options.known'))).toBe(true);
  });

  it('links a unit to a known one written by its short name, and rewrites the references to the known id', () => {
    const known: Dataset = {
      units: [poldaLampung, { ...polresLamsel, shortNames: ['Polres Lamsel'] }],
      organizations: [],
      people: [],
      events: [],
    };
    const lamsel = { id: 'polres-lamsel', kind: 'polres', name: 'Polres Lamsel', parentId: 'polda-lampung' } as const;
    const merged = mergeExtractions(
      [
        article({
          units: [poldaLampung, lamsel],
          people: [officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lamsel')],
          organizer: 'polres-lamsel',
          date: '2024-02-05',
        }),
      ],
      { known },
    );
    expect(merged.ids[0]?.units).toEqual({
      'polda-lampung': 'polda-lampung',
      'polres-lamsel': 'polres-lampung-selatan',
    });
    expect(ids(merged.dataset.units)).toEqual(['polda-lampung', 'polres-lampung-selatan']);
    expect(merged.dataset.events[0]?.organizerIds).toEqual(['polres-lampung-selatan']);
    expect(merged.dataset.people[0]?.appointments[0]?.organizationId).toBe('polres-lampung-selatan');
    expect(merged.dataset.events[0]?.sources[0]?.evidence?.map((e) => e.claim)).toContain(
      'unit:polres-lampung-selatan',
    );
    expect(valid(merged.dataset)).toEqual([]);
  });

  it('carries each article’s unresolved mentions with its index and merged references', () => {
    const otherMetro = { ...polresMetro, parentId: 'polda-bengkulu' };
    const a = article({ units: [poldaLampung, polresMetro], organizer: 'polres-metro', date: '2024-02-05' });
    const b = {
      ...article({ units: [poldaBengkulu, otherMetro], organizer: 'polres-metro', date: '2024-02-06' }),
      unresolved: [{ kind: 'officer' as const, text: 'Kapolres', start: 3, end: 11, ref: 'kapolres@polres-metro' }],
    };
    const merged = mergeExtractions([a, b]);
    const renamed = merged.ids[1]!.units['polres-metro'];
    expect(merged.unresolved).toEqual([
      {
        article: 1,
        reason: 'unlinked',
        kind: 'officer',
        text: 'Kapolres',
        start: 3,
        end: 11,
        ref: `kapolres@${renamed}`,
      },
    ]);
  });

  it('does not change its inputs (the fixtures are deeply frozen)', () => {
    expect(() => mergeExtractions(fixtures.events.map(fixtureArticle), { known: fixtures })).not.toThrow();
  });

  it('is deterministic, does not depend on the order of the articles, and stays valid (property)', () => {
    const units = [
      poldaLampung,
      polresLamsel,
      polresMetro,
      poldaBengkulu,
      polresBengkuluSelatan,
      { ...polresMetro, parentId: 'polda-bengkulu' },
    ];
    const pool = [
      officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lampung-selatan'),
      officer('imam', 'Imam', 'AKBP', 'polres-lampung-selatan'),
      officer('imam-santoso', 'Imam Santoso', 'AKBP', 'polres-metro'),
      officer('imam-2', 'Imam', 'AKBP', 'polres-metro'),
      officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-bengkulu-selatan'),
      officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-lampung-selatan'),
      officer('andi', 'Andi Saputra', 'IPDA', 'polres-metro'),
    ];
    const parentOf = (id: string) => units.find((u) => u.id === id)!;
    const arbitraryArticle = fc
      .record({
        organizer: fc.constantFrom('polres-lampung-selatan', 'polres-metro', 'polres-bengkulu-selatan'),
        day: fc.constantFrom('01', '02', '03'),
        people: fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), {
          maxLength: 3,
          selector: (i) => pool[i]!.id,
        }),
        otherMetro: fc.boolean(),
      })
      .map(({ organizer, day, people, otherMetro }) => {
        const metro = otherMetro ? units[5]! : polresMetro;
        const chosen = people.map((i) => pool[i]!);
        const unitIds = new Set([organizer, ...chosen.flatMap((p) => p.appointments.map((x) => x.organizationId))]);
        const articleUnits = [...unitIds].map((id) => (id === 'polres-metro' ? metro : parentOf(id)));
        for (const unit of [...articleUnits]) {
          const parent = parentOf(unit.parentId!);
          if (!articleUnits.includes(parent)) articleUnits.push(parent);
        }
        return article({ units: articleUnits, people: chosen, organizer, date: `2024-02-${day}` as LocalDate });
      });
    fc.assert(
      fc.property(fc.array(arbitraryArticle, { maxLength: 6 }), fc.infiniteStream(fc.nat()), (articles, seeds) => {
        for (const a of articles) expect(valid(a.dataset)).toEqual([]);
        const merged = mergeExtractions(articles);
        expect(mergeExtractions(articles)).toEqual(merged);
        const shuffled = articles
          .map((a) => ({ a, key: seeds.next().value as number }))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.a);
        expect(mergeExtractions(shuffled).dataset).toEqual(merged.dataset);
        expect(valid(merged.dataset)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
