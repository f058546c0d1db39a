import { describe, expectTypeOf, it } from 'vitest';
import { POLDA } from '../data/polda';
import type { Unit } from '../model/unit';
import { checkUnitGraph, type UnitGraphProblem } from './checkUnitGraph';
import type { UnitRegistryIssue } from './createUnitRegistry';

describe('checkUnitGraph types', () => {
  it('takes units or Polda records and gives plain problems with the registry codes', () => {
    const units: Unit[] = [];
    expectTypeOf(checkUnitGraph(units)).toEqualTypeOf<UnitGraphProblem[]>();
    expectTypeOf(checkUnitGraph(POLDA)).toEqualTypeOf<UnitGraphProblem[]>();
    expectTypeOf<UnitGraphProblem['code']>().toEqualTypeOf<UnitRegistryIssue['code']>();
    expectTypeOf<UnitGraphProblem['index']>().toEqualTypeOf<number>();
    expectTypeOf<UnitGraphProblem['firstIndex']>().toEqualTypeOf<number | undefined>();
  });

  it('rejects units without a kind', () => {
    // @ts-expect-error kind is required
    checkUnitGraph([{ id: 'a' }]);
  });
});
