import { describe, expect, it } from 'vitest';
import { POLDA } from '../data/polda';
import { createUnitRegistry, type RegistryUnit } from './createUnitRegistry';

const units: RegistryUnit[] = [
  { id: 'mabes-polri', kind: 'mabes' },
  { id: 'polda-sumsel', kind: 'polda', parentId: 'mabes-polri' },
  { id: 'ditbinmas-polda-sumsel', kind: 'direktorat', parentId: 'polda-sumsel' },
  { id: 'polres-banyuasin', kind: 'polres', parentId: 'polda-sumsel' },
  { id: 'polres-oi', kind: 'polres', parentId: 'polda-sumsel' },
  { id: 'polsek-tanjung-batu', kind: 'polsek', parentId: 'polres-oi' },
  { id: 'polda-bengkulu', kind: 'polda', parentId: 'mabes-polri' },
  { id: 'polres-bs', kind: 'polres', parentId: 'polda-bengkulu' },
  { id: 'polsek-kedurang', kind: 'polsek', parentId: 'polres-bs' },
  { id: 'unit-binmas-polsek-kedurang', kind: 'unit', parentId: 'polsek-kedurang' },
];

const ids = (list: readonly RegistryUnit[]) => list.map((u) => u.id);

describe('createUnitRegistry', () => {
  const registry = createUnitRegistry(units);

  it('answers hierarchy queries', () => {
    expect(registry.size).toBe(10);
    expect(registry.get('polres-oi')?.kind).toBe('polres');
    expect(registry.parent('polsek-kedurang')?.id).toBe('polres-bs');
    expect(registry.parent('mabes-polri')).toBeUndefined();
    expect(ids(registry.ancestors('unit-binmas-polsek-kedurang'))).toEqual([
      'polsek-kedurang',
      'polres-bs',
      'polda-bengkulu',
      'mabes-polri',
    ]);
    expect(ids(registry.children('polda-sumsel'))).toEqual(['ditbinmas-polda-sumsel', 'polres-banyuasin', 'polres-oi']);
    expect(ids(registry.descendants('polda-sumsel'))).toEqual([
      'ditbinmas-polda-sumsel',
      'polres-banyuasin',
      'polres-oi',
      'polsek-tanjung-batu',
    ]);
    expect(registry.isWithin('polsek-tanjung-batu', 'polda-sumsel')).toBe(true);
    expect(registry.isWithin('polsek-tanjung-batu', 'polda-bengkulu')).toBe(false);
    expect(registry.isWithin('polda-sumsel', 'polda-sumsel')).toBe(false);
    expect(ids(registry.path('polsek-tanjung-batu'))).toEqual([
      'mabes-polri',
      'polda-sumsel',
      'polres-oi',
      'polsek-tanjung-batu',
    ]);
    expect(ids(registry.roots())).toEqual(['mabes-polri']);
    expect(registry.issues()).toEqual([]);
  });

  it('returns empty answers for unknown ids', () => {
    expect(registry.get('nope')).toBeUndefined();
    expect(registry.ancestors('nope')).toEqual([]);
    expect(registry.children('nope')).toEqual([]);
    expect(registry.descendants('nope')).toEqual([]);
    expect(registry.path('nope')).toEqual([]);
    expect(registry.isWithin('nope', 'mabes-polri')).toBe(false);
  });

  it('treats a dangling parent as a root and reports it', () => {
    const r = createUnitRegistry<RegistryUnit>([
      { id: 'polres-x', kind: 'polres', parentId: 'polda-missing' },
      { id: 'polsek-y', kind: 'polsek', parentId: 'polres-x' },
    ]);
    expect(r.parent('polres-x')).toBeUndefined();
    expect(ids(r.path('polsek-y'))).toEqual(['polres-x', 'polsek-y']);
    expect(ids(r.roots())).toEqual(['polres-x']);
    expect(r.issues()).toEqual([{ code: 'dangling-parent', id: 'polres-x', parentId: 'polda-missing' }]);
  });

  it('survives cycles and self-parents without looping', () => {
    const r = createUnitRegistry<RegistryUnit>([
      { id: 'a', kind: 'polres', parentId: 'c' },
      { id: 'b', kind: 'polres', parentId: 'a' },
      { id: 'c', kind: 'polres', parentId: 'b' },
      { id: 's', kind: 'polsek', parentId: 's' },
    ]);
    expect(ids(r.ancestors('a'))).toEqual(['c', 'b']);
    expect(ids(r.descendants('a'))).toEqual(['b', 'c']);
    expect(ids(r.path('b'))).toEqual(['c', 'a', 'b']);
    expect(r.isWithin('a', 'a')).toBe(false);
    expect(r.parent('s')).toBeUndefined();
    expect(r.descendants('s')).toEqual([]);
    const codes = r.issues().map((i) => `${i.code}:${i.id}`);
    expect(codes).toContain('cycle:a');
    expect(codes).toContain('cycle:b');
    expect(codes).toContain('cycle:c');
    expect(codes).toContain('self-parent:s');
  });

  it('keeps the first of duplicate ids and flags invalid nesting and parentless functional units', () => {
    const r = createUnitRegistry<RegistryUnit>([
      { id: 'polres-a', kind: 'polres' },
      { id: 'polres-a', kind: 'polresta' },
      { id: 'polsek-b', kind: 'polsek', parentId: 'polres-a' },
      { id: 'polsek-c', kind: 'polsek', parentId: 'polsek-b' },
      { id: 'satbinmas', kind: 'satuan' },
    ]);
    expect(r.get('polres-a')?.kind).toBe('polres');
    expect(r.issues()).toEqual([
      { code: 'duplicate-id', id: 'polres-a' },
      { code: 'invalid-nesting', id: 'polsek-c', parentId: 'polsek-b' },
      { code: 'missing-parent', id: 'satbinmas' },
    ]);
  });

  it('accepts the POLDA list under Mabes', () => {
    const r = createUnitRegistry([{ id: 'mabes-polri', kind: 'mabes' as const }, ...POLDA]);
    expect(r.children('mabes-polri')).toHaveLength(36);
    expect(r.issues()).toEqual([]);
  });

  it('handles a deep chain without recursion limits', () => {
    const chain: RegistryUnit[] = [{ id: 'u0', kind: 'polres' }];
    for (let i = 1; i < 50_000; i++) chain.push({ id: `u${i}`, kind: 'polres', parentId: `u${i - 1}` });
    const r = createUnitRegistry(chain);
    expect(r.ancestors('u49999')).toHaveLength(49_999);
    expect(r.descendants('u0')).toHaveLength(49_999);
  });
});
