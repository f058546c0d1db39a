// Private test data: one valid event and one valid dataset built from the Kedurang and Banyuasin
// articles, for tests to copy and break one field at a time.
import type { Dataset, Event } from '@kamtibmas/core';

export function validEvent(): Event {
  return {
    id: 'silaturahmi-polsek-kedurang-2024-09-05',
    kinds: ['silaturahmi', 'dialog'],
    title: 'Kapolsek Kedurang kumpulkan unsur masyarakat jelang Pilkada 2024',
    date: '2024-09-05',
    dateText: 'Kamis 5 September 2024',
    datePrecision: 'day',
    venue: { name: 'Mapolsek Kedurang' },
    organizerIds: ['polsek-kedurang'],
    participants: [
      { personId: 'suharno', role: 'host', onBehalfOf: 'florentus-situngkir' },
      { personId: 'camat-kedurang', role: 'attendee' },
    ],
    participantGroups: [{ group: 'tokoh-masyarakat' }, { group: 'kepala-desa', countText: 'Kades se-Kecamatan' }],
    topics: ['kamtibmas'],
    election: { electionId: 'pilkada-2024', phaseId: 'pilkada-2024/kampanye' },
    quotes: [{ personId: 'suharno', text: 'Semua masukan dan saran yang telah disampaikan akan kami tampung' }],
    sources: [
      {
        url: 'https://radarkaur.disway.id/read/ciptakan-pilkada-2024-damai',
        publisher: 'Radar Kaur',
        publishedOn: '2024-09-06',
        author: 'Rohidi',
        evidence: [{ claim: 'event.date', quote: 'Kamis 5 September 2024', start: 10, end: 32 }],
      },
    ],
  };
}

export function validDataset(): Dataset {
  return {
    units: [
      { id: 'polda-bengkulu', kind: 'polda', name: 'Polda Bengkulu', type: 'B', timeZone: 'Asia/Jakarta' },
      {
        id: 'polres-bengkulu-selatan',
        kind: 'polres',
        name: 'Polres Bengkulu Selatan',
        shortNames: ['Polres BS'],
        parentId: 'polda-bengkulu',
        area: { level: 'regency', name: 'Bengkulu Selatan', code: '17.01' },
      },
      { id: 'polsek-kedurang', kind: 'polsek', name: 'Polsek Kedurang', parentId: 'polres-bengkulu-selatan' },
      {
        id: 'satbinmas-polres-bengkulu-selatan',
        kind: 'satuan',
        function: 'binmas',
        name: 'Satbinmas Polres BS',
        parentId: 'polres-bengkulu-selatan',
      },
    ],
    organizations: [
      {
        id: 'kecamatan-kedurang',
        kind: 'kecamatan',
        name: 'Kecamatan Kedurang',
        area: { level: 'district', name: 'Kedurang' },
      },
    ],
    people: [
      {
        kind: 'officer',
        id: 'suharno',
        name: 'Suharno',
        rank: 'IPDA',
        honorifics: [],
        titles: ['S.H.'],
        appointments: [
          { position: 'kapolsek', organizationId: 'polsek-kedurang', status: 'current', asOf: '2024-09-05' },
        ],
      },
      {
        kind: 'officer',
        id: 'florentus-situngkir',
        name: 'Florentus Situngkir',
        rank: 'AKBP',
        honorifics: [],
        titles: ['S.I.K.'],
        appointments: [{ position: 'kapolres', organizationId: 'polres-bengkulu-selatan' }],
      },
      {
        kind: 'official',
        id: 'camat-kedurang',
        name: 'Camat Kedurang',
        honorifics: [],
        titles: [],
        appointments: [{ position: 'camat', organizationId: 'kecamatan-kedurang' }],
      },
    ],
    events: [validEvent()],
  };
}
