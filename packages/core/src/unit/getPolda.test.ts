import { describe, expect, it } from 'vitest';
import { POLDA } from '../data/polda';
import { canContain } from './canContain';
import { getPolda } from './getPolda';
import { getUnitKindInfo } from './getUnitKindInfo';
import { isTerritorialKind } from './isTerritorialKind';

describe('POLDA and getPolda', () => {
  it('lists 36 Polda with unique ids and provinces', () => {
    expect(POLDA).toHaveLength(36);
    expect(new Set(POLDA.map((p) => p.id)).size).toBe(36);
    expect(new Set(POLDA.map((p) => p.area.code)).size).toBe(36);
  });

  it('keeps the sourced types and zones', () => {
    expect(getPolda('polda-metro-jaya')?.type).toBe('A-K');
    expect(getPolda('Polda PBD')).toMatchObject({ type: 'B', typeUnconfirmed: true });
    expect(getPolda('Papua Tengah')).toMatchObject({ type: 'B', typeUnconfirmed: true });
    expect(POLDA.filter((p) => p.type === 'A')).toHaveLength(33);
    expect(getPolda('Kalbar')?.timeZone).toBe('Asia/Pontianak');
    expect(getPolda('Kalteng')?.timeZone).toBe('Asia/Pontianak');
    expect(getPolda('Malut')?.timeZone).toBe('Asia/Jayapura');
  });

  it('finds a Polda by id, name, short name or former name', () => {
    expect(getPolda('PMJ')?.id).toBe('polda-metro-jaya');
    expect(getPolda('Poldasu')?.id).toBe('polda-sumut');
    expect(getPolda('Kepolisian Daerah Sumatra Selatan')?.id).toBe('polda-sumsel');
    expect(getPolda('Polda NAD')?.id).toBe('polda-aceh');
    expect(getPolda('Polda Sulselbar')?.id).toBe('polda-sulsel');
    expect(getPolda('nowhere')).toBeUndefined();
  });
});

describe('unit kinds', () => {
  it('knows what may sit under what', () => {
    expect(canContain('mabes', 'polda')).toBe(true);
    expect(canContain('polda', 'polres')).toBe(true);
    expect(canContain('polres-metro', 'polsek')).toBe(true);
    expect(canContain('polsek', 'polsek')).toBe(false);
    expect(canContain('polda', 'polsek')).toBe(false);
    expect(canContain('polda', 'direktorat')).toBe(true);
    expect(canContain('polres', 'direktorat')).toBe(false);
    expect(canContain('polresta', 'satuan')).toBe(true);
    expect(canContain('polsek', 'unit')).toBe(true);
    expect(canContain('polsek', 'polsubsektor')).toBe(true);
  });

  it('tells territorial from functional kinds', () => {
    expect(isTerritorialKind('polsek')).toBe(true);
    expect(isTerritorialKind('bidang')).toBe(false);
    expect(isTerritorialKind('toString')).toBe(false);
  });

  it('gives commanders and ranks from the sources', () => {
    expect(getUnitKindInfo('polres')?.commander).toMatchObject({ position: 'kapolres', ranks: ['AKBP'] });
    expect(getUnitKindInfo('polrestabes')?.commander?.ranks).toEqual(['KOMBES']);
    expect(getUnitKindInfo('polda')?.commander?.ranksByType).toMatchObject({ A: ['IRJEN'], B: ['BRIGJEN'] });
    expect(getUnitKindInfo('polsek')?.types).toMatchObject({ A: 'Polsek Metro', D: 'Prarural' });
    expect(getUnitKindInfo('toString' as never)).toBeUndefined();
  });
});
