import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLES } from '../data/titles';
import { canonicalTitle } from './canonicalTitle';

describe('canonicalTitle', () => {
  it.each([
    // polri.md §6 variants
    ['SIK', 'S.I.K.'],
    ['S.IK', 'S.I.K.'],
    ['S IK', 'S.I.K.'],
    ['S.Ik', 'S.I.K.'],
    ['S.I.K', 'S.I.K.'],
    ['S.Tr.k', 'S.Tr.K.'],
    ['SH', 'S.H.'],
    ['S.H', 'S.H.'],
    ['MH', 'M.H.'],
    ['MM', 'M.M.'],
    ['M.Si', 'M.Si.'],
    ['MSi', 'M.Si.'],
    ['M.SI', 'M.Si.'],
    ['SE', 'S.E.'],
    ['S.Sos', 'S.Sos.'],
    ['S.Pd', 'S.Pd.'],
    ['S.IP', 'S.I.P.'],
    ['MIK', 'M.I.K.'],
    ['M.AP', 'M.A.P.'],
    ['Drs', 'Drs.'],
    ['Dr', 'Dr.'],
    ['Prof', 'Prof.'],
    ['Hj', 'Hj.'],
    ['KH', 'K.H.'],
    ['H', 'H.'],
  ])('%s → %s', (text, canonical) => {
    expect(canonicalTitle(text)).toBe(canonical);
  });

  it('keeps every canonical form and variant of the table', () => {
    for (const title of TITLES) {
      expect(canonicalTitle(title.canonical)).toBe(title.canonical);
      for (const variant of title.variants) expect(canonicalTitle(variant), variant).toBe(title.canonical);
    }
  });

  it('rejects several titles, names and junk', () => {
    expect(canonicalTitle('SH MH')).toBeUndefined();
    expect(canonicalTitle('Imam')).toBeUndefined();
    expect(canonicalTitle('')).toBeUndefined();
    expect(canonicalTitle('S-H')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const canonical = canonicalTitle(text);
        if (canonical !== undefined) expect(canonicalTitle(canonical)).toBe(canonical);
      }),
    );
    expect(canonicalTitle('S.'.repeat(200_000))).toBeUndefined();
  });
});
