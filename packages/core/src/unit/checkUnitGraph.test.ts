import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLDA } from '../data/polda';
import { UNIT_KINDS } from '../data/unitKinds';
import { checkUnitGraph } from './checkUnitGraph';
import type { RegistryUnit } from './createUnitRegistry';

const codesAt = (units: readonly RegistryUnit[]) => checkUnitGraph(units).map((p) => `${p.code}@${p.index}`);

describe('checkUnitGraph', () => {
  it('finds nothing wrong in a sound hierarchy (Mabes, the Polda list, a Polres, its Polsek and Satbinmas)', () => {
    const units: RegistryUnit[] = [
      { id: 'mabes-polri', kind: 'mabes' },
      ...POLDA,
      { id: 'polres-banyuasin', kind: 'polres', parentId: 'polda-sumsel' },
      { id: 'polsek-betung', kind: 'polsek', parentId: 'polres-banyuasin' },
      { id: 'satbinmas-polres-banyuasin', kind: 'satuan', parentId: 'polres-banyuasin' },
    ];
    expect(checkUnitGraph(units)).toEqual([]);
  });

  it('names the units concerned by their positions', () => {
    const units: RegistryUnit[] = [
      { id: 'polres-a', kind: 'polres' },
      { id: 'polsek-b', kind: 'polsek', parentId: 'polres-a' },
      { id: 'polres-a', kind: 'polresta' },
      { id: 'polsek-c', kind: 'polsek', parentId: 'polsek-b' },
      { id: 'satbinmas', kind: 'satuan' },
      { id: 'polsek-d', kind: 'polsek', parentId: 'polres-nowhere' },
    ];
    expect(checkUnitGraph(units)).toEqual([
      { code: 'duplicate-id', index: 2, id: 'polres-a', firstIndex: 0 },
      { code: 'invalid-nesting', index: 3, id: 'polsek-c', parentId: 'polsek-b', parentIndex: 1 },
      { code: 'missing-parent', index: 4, id: 'satbinmas' },
      { code: 'dangling-parent', index: 5, id: 'polsek-d', parentId: 'polres-nowhere' },
    ]);
  });

  it('reports each member of a cycle with its first member, and a self-parent as such', () => {
    const units: RegistryUnit[] = [
      { id: 'polres-a', kind: 'polres', parentId: 'polres-c' },
      { id: 'polsek-s', kind: 'polsek', parentId: 'polsek-s' },
      { id: 'polres-b', kind: 'polres', parentId: 'polres-a' },
      { id: 'polres-c', kind: 'polres', parentId: 'polres-b' },
    ];
    expect(checkUnitGraph(units).filter((p) => p.code === 'cycle' || p.code === 'self-parent')).toEqual([
      { code: 'cycle', index: 0, id: 'polres-a', parentId: 'polres-c', firstIndex: 0 },
      { code: 'cycle', index: 2, id: 'polres-b', parentId: 'polres-a', firstIndex: 0 },
      { code: 'cycle', index: 3, id: 'polres-c', parentId: 'polres-b', firstIndex: 0 },
      { code: 'self-parent', index: 1, id: 'polsek-s', parentId: 'polsek-s' },
    ]);
    // A Polsek may not sit in a Polsek, itself included; a Polres may not sit in a Polres.
    expect(codesAt(units).filter((c) => c.startsWith('invalid-nesting'))).toEqual([
      'invalid-nesting@0',
      'invalid-nesting@1',
      'invalid-nesting@2',
      'invalid-nesting@3',
    ]);
  });

  it('lists cycles in the order a walk up from each unit meets them', () => {
    // From units[0] the walk reaches the cycle of units[2] and units[3] before units[1] is looked at.
    const units: RegistryUnit[] = [
      { id: 'polsek-a', kind: 'polsek', parentId: 'polres-d' },
      { id: 'polres-s', kind: 'polres', parentId: 'polres-s' },
      { id: 'polres-c', kind: 'polres', parentId: 'polres-d' },
      { id: 'polres-d', kind: 'polres', parentId: 'polres-c' },
    ];
    expect(codesAt(units).filter((c) => !c.startsWith('invalid-nesting'))).toEqual([
      'cycle@2',
      'cycle@3',
      'self-parent@1',
    ]);
  });

  it('checks a repeated unit too, with its parentId naming the first unit of that id', () => {
    const units: RegistryUnit[] = [
      { id: 'polres-a', kind: 'polres' },
      { id: 'polres-a', kind: 'polres', parentId: 'polres-a' },
      { id: 'satbinmas', kind: 'satuan', parentId: 'polres-a' },
      { id: 'satbinmas', kind: 'satuan' },
    ];
    expect(codesAt(units)).toEqual(['duplicate-id@1', 'duplicate-id@3', 'invalid-nesting@1', 'missing-parent@3']);
  });

  it('skips entries that are not units and never throws on any value', () => {
    const junk = [null, 3, 'polres', { kind: 'polres' }, { id: 7 }, { id: 'polres-a', kind: 'polres' }];
    expect(checkUnitGraph(junk as never)).toEqual([]);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(checkUnitGraph(value as never))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every index in range and never reports a unit twice under one code', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const unit = fc.record(
      { id: fc.constantFrom(...ids), kind: fc.constantFrom(...UNIT_KINDS), parentId: fc.constantFrom(...ids, 'x') },
      { requiredKeys: ['id', 'kind'] },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), (units) => {
        const problems = checkUnitGraph(units);
        for (const p of problems) {
          expect(units[p.index]?.id).toBe(p.id);
          for (const other of [p.firstIndex, p.parentIndex])
            if (other !== undefined) expect(units[other]).toBeDefined();
        }
        const keys = problems.map((p) => `${p.code}@${p.index}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
  });

  it('handles a 100 000-unit chain and a 100 000-unit cycle without recursion', () => {
    const chain: RegistryUnit[] = [{ id: 'u0', kind: 'polres' }];
    for (let i = 1; i < 100_000; i++) chain.push({ id: `u${i}`, kind: 'unit', parentId: `u${i - 1}` });
    // A Unit sits in a Polsek or a Satuan, never in a Polres or another Unit: every link is bad nesting.
    const problems = checkUnitGraph(chain);
    expect(problems).toHaveLength(99_999);
    expect(problems.every((p) => p.code === 'invalid-nesting' && p.parentIndex === p.index - 1)).toBe(true);
    const ring = chain.map((u, i) => ({ ...u, kind: 'polres' as const, parentId: `u${(i + 99_999) % 100_000}` }));
    const cycles = checkUnitGraph(ring).filter((p) => p.code === 'cycle');
    expect(cycles).toHaveLength(100_000);
    expect(cycles.every((p) => p.firstIndex === 0)).toBe(true);
  });
});
