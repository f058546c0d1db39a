// Regency abbreviations news writes after a unit head (data/regionAbbreviations.ts, each with the
// article it was seen in): the unit is named by the regency and placed in its province.
import { describe, expect, it } from 'vitest';
import { findDistricts } from '../districts';
import { parseUnitMention } from './parseUnitMention';

const read = (text: string) => parseUnitMention(text, { findDistricts });

describe('parseUnitMention — regency abbreviations news writes', () => {
  it.each([
    ['Polres Bolmong', 'Polres Bolaang Mongondow', '71'],
    ['Polres Bolmut', 'Polres Bolaang Mongondow Utara', '71'],
    ['Polres Bolsel', 'Polres Bolaang Mongondow Selatan', '71'],
    ['Polres Minsel', 'Polres Minahasa Selatan', '71'],
    ['Polres Sitaro', 'Polres Kepulauan Siau Tagulandang Biaro', '71'],
    ['Polres Kepulauan Sitaro', 'Polres Kepulauan Siau Tagulandang Biaro', '71'],
    ['Polres Gorut', 'Polres Gorontalo Utara', '75'],
    ['Polres SBB', 'Polres Seram Bagian Barat', '81'],
    ['Mako Polres Lotara', 'Polres Lombok Utara', '52'],
    ['Polres Kutim', 'Polres Kutai Timur', '64'],
    ['Polres TTS', 'Polres Timor Tengah Selatan', '53'],
    ['Polres Mabar', 'Polres Manggarai Barat', '53'],
    ['Polres Madina', 'Polres Mandailing Natal', '12'],
    ['Polres Boltim', 'Polres Bolaang Mongondow Timur', '71'],
    ['Polres Halsel', 'Polres Halmahera Selatan', '82'],
    ['Polres Konsel', 'Polres Konawe Selatan', '74'],
    ['Polres Tanbu', 'Polres Tanah Bumbu', '63'],
  ])('%s is %s in province %s', (text, displayName, province) => {
    expect(read(text)).toMatchObject({ kind: 'polres', displayName, province: { code: province } });
  });
});

describe('parseUnitMention — "Markas Komando" before a head', () => {
  it('marks the headquarters as "Mako" does (portalbhayangkara.web.id on Polres Kepulauan Sitaro)', () => {
    expect(read('Markas Komando Polres Kepulauan Sitaro')).toMatchObject({
      kind: 'polres',
      name: 'Kepulauan Sitaro',
      headquarters: true,
      province: { code: '71' },
    });
    expect(read('Markas Polda Sumsel')).toMatchObject({ kind: 'polda', headquarters: true });
    expect(read('Komando Polres Lebong')).toMatchObject({ kind: 'polres', name: 'Lebong', headquarters: false });
  });
});
