import { describe, expect, it } from 'vitest';
import {
  article,
  ids,
  officer,
  official,
  poldaBengkulu,
  poldaLampung,
  polresBengkuluSelatan,
  polresLamsel,
  polresMetro,
  valid,
} from './merge/testArticles';
import { mergeExtractions } from './mergeExtractions';

// Which records of different articles are the same: an officer by a shorter name, the same name
// under two Polda, officials by name and organisation, a different unit under the same id.
describe('mergeExtractions: the same person or unit', () => {
  it('keeps one officer named in full in one article and by a shorter name in another, in the same unit', () => {
    const a = article({
      units: [poldaLampung, polresLamsel],
      people: [officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lampung-selatan', '2024-02-05')],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    });
    const b = article({
      units: [poldaLampung, polresLamsel],
      people: [officer('imam', 'Imam', 'AKBP', 'polres-lampung-selatan')],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-09',
      publishedOn: '2024-02-10',
    });
    const merged = mergeExtractions([a, b]);
    expect(valid(merged.dataset)).toEqual([]);
    expect(merged.dataset.people).toEqual([
      {
        kind: 'officer',
        id: 'imam-tarmudi',
        name: 'Imam Tarmudi',
        rank: 'AKBP',
        honorifics: [],
        titles: [],
        appointments: [
          { position: 'kapolres', organizationId: 'polres-lampung-selatan', asOf: '2024-02-05' },
          // Article b did not date it: it is dated by b's publication.
          { position: 'kapolres', organizationId: 'polres-lampung-selatan', asOf: '2024-02-10' },
        ],
      },
    ]);
    expect(merged.ids[1]?.people).toEqual({ imam: 'imam-tarmudi' });
    const eventB = merged.dataset.events.find((e) => e.date === '2024-02-09')!;
    expect(eventB.participants).toEqual([{ personId: 'imam-tarmudi', role: 'host' }]);
    expect(eventB.sources[0]?.evidence?.map((e) => e.claim)).toContain('person:imam-tarmudi.name');
    expect(merged.unresolved).toEqual([]);
    expect(merged.notes.some((n) => n.includes("'Imam'") && n.includes("'imam-tarmudi'"))).toBe(true);
  });

  it('does not merge a shorter name without a shared unit: both kept, listed as ambiguous', () => {
    const a = article({
      units: [poldaLampung, polresLamsel],
      people: [officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lampung-selatan')],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    });
    const b = article({
      units: [poldaLampung, polresMetro],
      people: [officer('imam', 'Imam', 'AKBP', 'polres-metro')],
      organizer: 'polres-metro',
      date: '2024-02-09',
    });
    const merged = mergeExtractions([a, b], {});
    expect(ids(merged.dataset.people)).toEqual(['imam', 'imam-tarmudi']);
    expect(merged.unresolved).toEqual([
      { article: 1, reason: 'ambiguous', kind: 'officer', text: 'Imam', ref: 'imam', candidates: ['imam-tarmudi'] },
    ]);
    expect(valid(merged.dataset)).toEqual([]);
  });

  it('does not pick between two longer names that a shorter one fits', () => {
    const lamsel = article({
      units: [poldaLampung, polresLamsel],
      people: [
        officer('imam-tarmudi', 'Imam Tarmudi', 'AKBP', 'polres-lampung-selatan'),
        officer('imam-santoso', 'Imam Santoso', 'AKBP', 'polres-lampung-selatan'),
      ],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    });
    const short = article({
      units: [poldaLampung, polresLamsel],
      people: [officer('imam', 'Imam', 'AKBP', 'polres-lampung-selatan')],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-09',
      // The span of "AKBP Imam" in article 1, as extractArticle reports it.
    });
    const merged = mergeExtractions([
      lamsel,
      { ...short, mentions: { officers: [{ personId: 'imam', start: 10, end: 19 }] } },
    ]);
    expect(ids(merged.dataset.people)).toEqual(['imam', 'imam-santoso', 'imam-tarmudi']);
    expect(merged.unresolved).toEqual([
      {
        article: 1,
        reason: 'ambiguous',
        kind: 'officer',
        text: 'Imam',
        start: 10,
        end: 19,
        ref: 'imam',
        candidates: ['imam-santoso', 'imam-tarmudi'],
      },
    ]);
  });

  it('does not list two people of one article as each other’s shorter name (its extractor kept them apart)', () => {
    const kecamatan = { id: 'kecamatan-kedurang', kind: 'kecamatan', name: 'Kecamatan Kedurang' } as const;
    const merged = mergeExtractions([
      article({
        units: [poldaBengkulu, polresBengkuluSelatan],
        organizations: [kecamatan],
        people: [
          official('kedurang', 'Kedurang', 'kecamatan-kedurang'),
          official('kedurang-ilir', 'Kedurang Ilir', 'kecamatan-kedurang'),
        ],
        organizer: 'polres-bengkulu-selatan',
        date: '2024-09-05',
      }),
    ]);
    expect(ids(merged.dataset.people)).toEqual(['kedurang', 'kedurang-ilir']);
    expect(merged.unresolved).toEqual([]);
  });

  it('keeps the same rank and name under two Polda apart: the second gets a suffix, both are listed', () => {
    const lampung = article({
      units: [poldaLampung, polresLamsel],
      people: [officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-lampung-selatan')],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    });
    const bengkulu = article({
      units: [poldaBengkulu, polresBengkuluSelatan],
      people: [officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-bengkulu-selatan')],
      organizer: 'polres-bengkulu-selatan',
      date: '2024-02-06',
    });
    const merged = mergeExtractions([lampung, bengkulu]);
    expect(ids(merged.dataset.people)).toEqual(['andi-saputra', 'andi-saputra-2']);
    const renamed = merged.ids[0]!.people['andi-saputra'] === 'andi-saputra' ? 1 : 0;
    const event = merged.dataset.events.find(
      (e) => e.organizerIds[0] === (renamed === 1 ? 'polres-bengkulu-selatan' : 'polres-lampung-selatan'),
    )!;
    expect(event.participants[0]?.personId).toBe('andi-saputra-2');
    expect(merged.unresolved.map((u) => [u.article, u.ref, u.candidates])).toEqual(
      renamed === 1
        ? [
            [0, 'andi-saputra', ['andi-saputra-2']],
            [1, 'andi-saputra-2', ['andi-saputra']],
          ]
        : [
            [0, 'andi-saputra-2', ['andi-saputra']],
            [1, 'andi-saputra', ['andi-saputra-2']],
          ],
    );
    expect(valid(merged.dataset)).toEqual([]);
  });

  it('merges the same name and rank under the same Polda, and an official by name and organisation', () => {
    const kecamatan = { id: 'kecamatan-natar', kind: 'kecamatan', name: 'Kecamatan Natar' } as const;
    const a = article({
      units: [poldaLampung, polresLamsel],
      organizations: [kecamatan],
      people: [
        officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-lampung-selatan'),
        official('rahmat-hidayat', 'Rahmat Hidayat', 'kecamatan-natar'),
      ],
      organizer: 'polres-lampung-selatan',
      date: '2024-02-05',
    });
    const b = article({
      units: [poldaLampung, polresMetro],
      organizations: [kecamatan],
      people: [
        officer('andi-saputra', 'Andi Saputra', 'IPTU', 'polres-metro'),
        official('rahmat-hidayat', 'Rahmat Hidayat', 'kecamatan-natar'),
      ],
      organizer: 'polres-metro',
      date: '2024-02-06',
    });
    const merged = mergeExtractions([a, b]);
    expect(ids(merged.dataset.people)).toEqual(['andi-saputra', 'rahmat-hidayat']);
    expect(merged.dataset.people[0]?.appointments.map((x) => x.organizationId)).toEqual([
      'polres-lampung-selatan',
      'polres-metro',
    ]);
    expect(ids(merged.dataset.organizations)).toEqual(['kecamatan-natar']);
    expect(merged.unresolved).toEqual([]);
    expect(valid(merged.dataset)).toEqual([]);
  });

  it('gives a unit that is not the same unit under the same id a suffix and rewrites its references', () => {
    const otherMetro = { ...polresMetro, parentId: 'polda-bengkulu' };
    const a = article({
      units: [poldaLampung, polresMetro],
      people: [officer('budi', 'Budi Santoso', 'AKBP', 'polres-metro')],
      organizer: 'polres-metro',
      date: '2024-02-05',
    });
    const b = article({
      units: [poldaBengkulu, otherMetro],
      people: [officer('wawan', 'Wawan Setiawan', 'AKBP', 'polres-metro')],
      organizer: 'polres-metro',
      date: '2024-02-06',
    });
    const merged = mergeExtractions([a, b]);
    expect(ids(merged.dataset.units)).toEqual(['polda-bengkulu', 'polda-lampung', 'polres-metro', 'polres-metro-2']);
    const second = merged.dataset.units.find((u) => u.id === 'polres-metro-2')!;
    const article2 = second.parentId === 'polda-bengkulu' ? 1 : 0;
    expect(merged.ids[article2]!.units['polres-metro']).toBe('polres-metro-2');
    const event = merged.dataset.events.find((e) => e.organizerIds.includes('polres-metro-2'))!;
    expect(event.sources[0]?.evidence?.map((e) => e.claim)).toContain('unit:polres-metro-2');
    const person = merged.dataset.people.find((p) => p.appointments[0]?.organizationId === 'polres-metro-2');
    expect(person?.id).toBe(article2 === 1 ? 'wawan' : 'budi');
    expect(merged.notes.some((n) => n.includes("'polres-metro-2'"))).toBe(true);
    expect(valid(merged.dataset)).toEqual([]);
  });
});
