import { describe, expect, it } from 'vitest';
import { RANK_CODES, type RankCode } from '../data/rankCodes';
import { RANKS } from '../data/ranks';
import { getRank } from './getRank';

describe('getRank and RANKS', () => {
  it('has the 22 ranks in RANK_CODES order with levels 1–22', () => {
    expect(RANKS.map((rank) => rank.code)).toEqual([...RANK_CODES]);
    expect(RANKS.map((rank) => rank.level)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('carries the official names, abbreviations and groups of polri.md §1', () => {
    expect(getRank('KOMBES')).toMatchObject({
      name: 'Komisaris Besar Polisi',
      abbreviation: 'Kombes Pol',
      group: 'pamen',
      legalGroup: 'pamen',
      level: 18,
      insignia: '3 melati emas',
      tniEquivalent: { name: 'Kolonel' },
    });
    expect(getRank('AIPTU')).toMatchObject({ group: 'bintara-tinggi', legalGroup: 'bintara', level: 12 });
    expect(getRank('BRIGPOL')).toMatchObject({ name: 'Brigadir Polisi', abbreviation: 'Brigpol' });
    expect(getRank('BRIGPOL').aliases).toContain('Brigadir');
    expect(getRank('BHARAKA').aliases).toContain('Baraka');
    expect(getRank('BHARAKA').misspellings).toEqual(['Baraka']);
    expect(getRank('BRIGJEN').aliases).toContain('Brigjend');
    expect(getRank('ABRIP').aliases).toContain('Abrippol');
    expect(getRank('JENDERAL')).toMatchObject({ name: 'Jenderal Polisi', group: 'pati', level: 22 });
    expect(getRank('IPDA')).toMatchObject({ group: 'pama', tniEquivalent: { name: 'Letnan Dua' } });
    expect(getRank('ABRIP').tniEquivalent.unconfirmed).toBe(true);
  });

  it('groups the ladder as Perkap 3/2016 does', () => {
    const groupOf = (code: RankCode) => getRank(code).legalGroup;
    expect(RANK_CODES.slice(0, 6).map(groupOf)).toEqual(Array(6).fill('tamtama'));
    expect(RANK_CODES.slice(6, 12).map(groupOf)).toEqual(Array(6).fill('bintara'));
    expect(RANK_CODES.slice(12, 15).map(groupOf)).toEqual(Array(3).fill('pama'));
    expect(RANK_CODES.slice(15, 18).map(groupOf)).toEqual(Array(3).fill('pamen'));
    expect(RANK_CODES.slice(18).map(groupOf)).toEqual(Array(4).fill('pati'));
  });

  it('throws a RangeError for an unknown code', () => {
    expect(() => getRank('BRIGADIR' as RankCode)).toThrow(RangeError);
  });
});
