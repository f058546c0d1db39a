import { describe, expect, it } from 'vitest';
import { UNIT_KIND_RULES } from '../data/unitKindRules';
import { UNIT_KINDS } from '../data/unitKinds';
import { isFunctionalKind } from './isFunctionalKind';
import { isTerritorialKind } from './isTerritorialKind';

describe('isFunctionalKind', () => {
  it('answers for the kinds of the domain notes (polri.md §2)', () => {
    expect(isFunctionalKind('direktorat')).toBe(true);
    expect(isFunctionalKind('satuan')).toBe(true);
    expect(isFunctionalKind('unit')).toBe(true);
    expect(isFunctionalKind('divisi')).toBe(true);
    expect(isFunctionalKind('polres')).toBe(false);
    expect(isFunctionalKind('polsek')).toBe(false);
    expect(isFunctionalKind('mabes')).toBe(false);
  });

  it('rejects anything that is not a kind', () => {
    for (const value of ['', 'Satuan', 'toString', '__proto__', undefined, null, 3, ['satuan'], { kind: 'satuan' }]) {
      expect(isFunctionalKind(value)).toBe(false);
    }
  });

  it('agrees with isTerritorialKind and with the territorial flag of the unit-kind rules', () => {
    for (const kind of UNIT_KINDS) {
      expect(isFunctionalKind(kind), kind).toBe(!isTerritorialKind(kind));
      expect(isFunctionalKind(kind), kind).toBe(!UNIT_KIND_RULES[kind].territorial);
    }
  });
});
