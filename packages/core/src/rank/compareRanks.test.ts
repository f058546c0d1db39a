import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_CODES, type RankCode } from '../data/rankCodes';
import { compareRanks } from './compareRanks';

describe('compareRanks', () => {
  it('orders by seniority (polri.md §1: Bharada lowest, Jenderal highest)', () => {
    expect(compareRanks('AKP', 'AKBP')).toBe(-1);
    expect(compareRanks('KOMBES', 'AKBP')).toBe(1);
    expect(compareRanks('IPDA', 'AIPTU')).toBe(1);
    expect(compareRanks('BRIGJEN', 'BRIGPOL')).toBe(1);
    expect(compareRanks('BHARADA', 'JENDERAL')).toBe(-1);
    expect(compareRanks('KOMPOL', 'KOMPOL')).toBe(0);
  });

  it('sorts a shuffled ladder back into the documented order', () => {
    const shuffled: RankCode[] = ['KOMBES', 'BRIPKA', 'IPDA', 'JENDERAL', 'BHARADA', 'AKBP', 'AIPTU', 'BRIGPOL'];
    expect(shuffled.sort(compareRanks)).toEqual([
      'BHARADA',
      'BRIGPOL',
      'BRIPKA',
      'AIPTU',
      'IPDA',
      'AKBP',
      'KOMBES',
      'JENDERAL',
    ]);
  });

  it('is antisymmetric and agrees with the RANK_CODES order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RANK_CODES), fc.constantFrom(...RANK_CODES), (a, b) => {
        expect(compareRanks(a, b)).toBe(-compareRanks(b, a) || 0);
        expect(compareRanks(a, b)).toBe(Math.sign(RANK_CODES.indexOf(a) - RANK_CODES.indexOf(b)));
      }),
    );
  });

  it('rejects codes that are not ranks', () => {
    expect(() => compareRanks('KOLONEL' as RankCode, 'AKBP')).toThrow(RangeError);
  });
});
