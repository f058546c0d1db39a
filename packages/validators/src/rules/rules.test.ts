import type { Dataset, Event } from '@kamtibmas/core';
import { describe, expect, it } from 'vitest';
import { validDataset, validEvent } from '../testing/examples';
import { dateWithinElection } from './dateWithinElection';
import { functionalUnitHasParent } from './functionalUnitHasParent';
import { parentKindAllowed } from './parentKindAllowed';
import { phaseBelongsToElection } from './phaseBelongsToElection';
import { rankWithinPositionRange } from './rankWithinPositionRange';
import { referencesResolve } from './referencesResolve';
import { selfDelegation } from './selfDelegation';
import { sourceNotBeforeEvent } from './sourceNotBeforeEvent';
import { uniqueIds } from './uniqueIds';
import { unitParentsAcyclic } from './unitParentsAcyclic';
import { weekdayMatchesDate } from './weekdayMatchesDate';

const event = (patch: Partial<Event>): Event => ({ ...validEvent(), ...patch });
const dataset = (edit: (d: Dataset) => void): Dataset => {
  const d = validDataset();
  edit(d);
  return d;
};
const codesAt = (issues: { code: string; path: (string | number)[] }[]) =>
  issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('event rules: each passes the valid event and catches its own fault', () => {
  it('selfDelegation', () => {
    expect(selfDelegation(validEvent(), [])).toEqual([]);
    const bad = event({
      participants: [
        { personId: 'a', role: 'opener' },
        { personId: 'b', role: 'host', onBehalfOf: 'b' },
      ],
    });
    expect(codesAt(selfDelegation(bad, ['events', 2]))).toEqual(['self_delegation@events.2.participants.1.onBehalfOf']);
  });

  it('phaseBelongsToElection accepts a stage set by rule, refuses one of another election or none', () => {
    expect(phaseBelongsToElection(validEvent(), [])).toEqual([]);
    expect(
      phaseBelongsToElection(
        event({ election: { electionId: 'pemilu-2024', phaseId: 'pemilu-2024/penetapan-hasil' } }),
        [],
      ),
    ).toEqual([]);
    expect(
      codesAt(
        phaseBelongsToElection(event({ election: { electionId: 'pemilu-2019', phaseId: 'pemilu-2024/kampanye' } }), []),
      ),
    ).toEqual(['phase_election_mismatch@election.phaseId']);
    const typo = phaseBelongsToElection(
      event({ election: { electionId: 'pemilu-2024', phaseId: 'pemilu-2024/kampanje' } }),
      [],
    );
    expect(typo[0]?.params.suggestion).toBe('pemilu-2024/kampanye');
  });

  it('weekdayMatchesDate reads the article forms and ignores text without a weekday', () => {
    expect(weekdayMatchesDate(event({ date: '2023-11-24', dateText: 'Jumat (24/11/2023)' }), [])).toEqual([]);
    expect(weekdayMatchesDate(event({ date: '2024-01-31', dateText: 'Rabu 31 Januari 2024' }), [])).toEqual([]);
    expect(weekdayMatchesDate(event({ date: '2024-09-05', dateText: '5 September 2024' }), [])).toEqual([]);
    const wrong = weekdayMatchesDate(event({ date: '2023-11-24', dateText: 'Kamis (24/11/2023)' }), []);
    expect(wrong).toEqual([
      {
        path: ['dateText'],
        code: 'weekday_mismatch',
        params: { value: "'Kamis'", related: '2023-11-24', expected: 'Jumat' },
      },
    ]);
  });

  it('dateWithinElection (advisory) checks day and report dates only', () => {
    expect(dateWithinElection(validEvent(), [])).toEqual([]);
    expect(codesAt(dateWithinElection(event({ date: '2030-01-01' }), []))).toEqual(['date_outside_election@date']);
    expect(dateWithinElection(event({ date: '2030-01-01', datePrecision: 'year' }), [])).toEqual([]);
  });

  it('sourceNotBeforeEvent (advisory) allows the same day and later', () => {
    expect(sourceNotBeforeEvent(event({ sources: [{ publisher: 'X', publishedOn: '2024-09-05' }] }), [])).toEqual([]);
    expect(
      codesAt(
        sourceNotBeforeEvent(
          event({ sources: [{ publisher: 'X' }, { publisher: 'Y', publishedOn: '2024-09-04' }] }),
          [],
        ),
      ),
    ).toEqual(['source_before_event@sources.1.publishedOn']);
  });
});

describe('dataset rules: each passes the valid dataset and catches its own fault', () => {
  it('uniqueIds: units and organisations share one id space, people another', () => {
    expect(uniqueIds(validDataset())).toEqual([]);
    const clash = dataset((d) => Object.assign(d.organizations[0]!, { id: 'polsek-kedurang' }));
    expect(codesAt(uniqueIds(clash))).toEqual(['duplicate_id@organizations.0.id']);
    expect(uniqueIds(clash)[0]?.params.related).toBe('units[2]');
    const personNamedLikeUnit = dataset((d) => Object.assign(d.people[2]!, { id: 'polsek-kedurang' }));
    expect(uniqueIds(personNamedLikeUnit)).toEqual([]);
  });

  it('referencesResolve checks every kind of reference', () => {
    expect(referencesResolve(validDataset())).toEqual([]);
    const broken = dataset((d) => {
      d.units[1]!.parentId = 'polda-x';
      d.people[0]!.appointments[0]!.organizationId = 'suharno';
      d.events[0]!.participants[0]!.onBehalfOf = 'kecamatan-kedurang';
      d.events[0]!.quotes = [{ personId: 'nobody', text: 'x' }];
    });
    expect(codesAt(referencesResolve(broken))).toEqual([
      'dangling_reference@units.1.parentId',
      'dangling_reference@people.0.appointments.0.organizationId',
      'dangling_reference@events.0.participants.0.onBehalfOf',
      'dangling_reference@events.0.quotes.0.personId',
    ]);
  });

  it('functionalUnitHasParent leaves territorial roots alone', () => {
    expect(functionalUnitHasParent(validDataset())).toEqual([]);
    expect(codesAt(functionalUnitHasParent(dataset((d) => delete d.units[3]!.parentId)))).toEqual([
      'missing_parent@units.3.parentId',
    ]);
  });

  it('parentKindAllowed: a Polsek under a Polres, never under a Polsek', () => {
    expect(parentKindAllowed(validDataset())).toEqual([]);
    const polsekUnderPolsek = dataset((d) =>
      d.units.push({
        id: 'polsek-kedurang-ilir',
        kind: 'polsek',
        name: 'Polsek Kedurang Ilir',
        parentId: 'polsek-kedurang',
      }),
    );
    expect(codesAt(parentKindAllowed(polsekUnderPolsek))).toEqual(['invalid_parent_kind@units.4.parentId']);
    expect(parentKindAllowed(polsekUnderPolsek)[0]?.params.expected).toContain('polres');
  });

  it('unitParentsAcyclic reports each cycle once, including a unit that is its own parent', () => {
    expect(unitParentsAcyclic(validDataset())).toEqual([]);
    const two = dataset((d) => Object.assign(d.units[0]!, { parentId: 'polres-bengkulu-selatan' }));
    expect(codesAt(unitParentsAcyclic(two))).toEqual(['parent_cycle@units.0.parentId']);
    const self = dataset((d) => Object.assign(d.units[2]!, { parentId: 'polsek-kedurang' }));
    expect(codesAt(unitParentsAcyclic(self))).toEqual(['parent_cycle@units.2.parentId']);
  });

  it('rankWithinPositionRange (advisory) skips former posts and free-text positions', () => {
    expect(rankWithinPositionRange(validDataset())).toEqual([]);
    const kombesKapolsek = dataset((d) => Object.assign(d.people[0]!, { rank: 'KOMBES' }));
    expect(codesAt(rankWithinPositionRange(kombesKapolsek))).toEqual(['rank_outside_position_range@people.0.rank']);
    const former = dataset((d) =>
      Object.assign(d.people[0]!, {
        rank: 'KOMBES',
        appointments: [{ position: 'kapolsek', organizationId: 'polsek-kedurang', status: 'former' }],
      }),
    );
    expect(rankWithinPositionRange(former)).toEqual([]);
    const freeText = dataset((d) =>
      Object.assign(d.people[0]!, {
        rank: 'KOMBES',
        appointments: [{ position: 'Panit Binmas', organizationId: 'polsek-kedurang' }],
      }),
    );
    expect(rankWithinPositionRange(freeText)).toEqual([]);
  });
});
