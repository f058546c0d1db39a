import { describe, expectTypeOf, it } from 'vitest';
import type { Unit } from '../model/unit';
import { createUnitRegistry, type UnitRegistry } from './createUnitRegistry';
import type { UnitMention } from './parseUnitMention';

describe('registry types', () => {
  it('keeps the element type of its input', () => {
    const units: Unit[] = [];
    const registry = createUnitRegistry(units);
    expectTypeOf(registry).toEqualTypeOf<UnitRegistry<Unit>>();
    expectTypeOf(registry.get('x')).toEqualTypeOf<Unit | undefined>();
    expectTypeOf(registry.ancestors('x')).toEqualTypeOf<readonly Unit[]>();
    expectTypeOf(registry.isWithin).returns.toEqualTypeOf<boolean>();
  });

  it('rejects units without a kind', () => {
    // @ts-expect-error kind is required
    createUnitRegistry([{ id: 'a' }]);
  });
});

describe('UnitMention', () => {
  it('has the DESIGN shape', () => {
    expectTypeOf<UnitMention['kind']>().toEqualTypeOf<Unit['kind']>();
    expectTypeOf<UnitMention['parent']>().toEqualTypeOf<UnitMention | undefined>();
    expectTypeOf<UnitMention['province']>().toEqualTypeOf<{ code: string; name: string } | undefined>();
    expectTypeOf<UnitMention['headquarters']>().toEqualTypeOf<boolean>();
    expectTypeOf<UnitMention['displayName']>().toEqualTypeOf<string>();
  });
});
