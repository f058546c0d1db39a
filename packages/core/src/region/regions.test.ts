import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLDA } from '../data/polda';
import { REGION_ABBREVIATIONS } from '../data/regionAbbreviations';
import { findDistricts, getDistrict, listDistricts } from '../districts';
import { findRegencies } from './findRegencies';
import { getProvince, listProvinces } from './getProvince';
import { getRegency, listRegencies } from './getRegency';
import { timeZoneOfProvince } from './timeZoneOfProvince';

describe('generated region data', () => {
  it('has 38 provinces and known codes', () => {
    expect(listProvinces()).toHaveLength(38);
    expect(getProvince('16')?.name).toBe('Sumatera Selatan');
    expect(getRegency('16.07')).toMatchObject({ name: 'Banyuasin', level: 'regency', provinceCode: '16' });
    expect(getRegency('64.71')).toMatchObject({ name: 'Balikpapan', level: 'city', provinceCode: '64' });
    expect(getRegency('31.74')).toMatchObject({ name: 'Jakarta Selatan', level: 'city' });
    expect(listRegencies().length).toBeGreaterThan(500);
    for (const r of listRegencies()) expect(getProvince(r.provinceCode), r.code).toBeDefined();
  });

  it('has districts in a separate module', () => {
    expect(getDistrict('17.01.01')?.name).toBe('Kedurang');
    expect(findDistricts('tanjung batu', { provinceCode: '16' }).map((d) => d.code)).toContain('16.10.02');
    for (const d of listDistricts('17.01')) expect(d.regencyCode).toBe('17.01');
    expect(listDistricts().length).toBeGreaterThan(7000);
  });

  it('resolves names, abbreviations and spacing variants', () => {
    expect(findRegencies('Kabupaten Banyuasin').map((r) => r.code)).toEqual(['16.07']);
    expect(findRegencies('kota balikpapan').map((r) => r.code)).toEqual(['64.71']);
    expect(findRegencies('Bekasi').map((r) => r.code)).toEqual(['32.16', '32.75']);
    expect(findRegencies('no such place')).toEqual([]);
    for (const a of REGION_ABBREVIATIONS) {
      expect(
        findRegencies(a.abbreviation).map((r) => r.code),
        a.abbreviation,
      ).toContain(a.regencyCode);
      expect(getRegency(a.regencyCode)?.name, a.abbreviation).toBe(a.name);
    }
  });

  it('gives time zones by province, with the IANA exceptions', () => {
    expect(timeZoneOfProvince('61')).toBe('Asia/Pontianak');
    expect(timeZoneOfProvince('62')).toBe('Asia/Pontianak');
    expect(timeZoneOfProvince('63')).toBe('Asia/Makassar');
    expect(timeZoneOfProvince('81')).toBe('Asia/Jayapura');
    expect(timeZoneOfProvince('95')).toBe('Asia/Jayapura');
    expect(timeZoneOfProvince('16.07')).toBe('Asia/Jakarta');
    expect(timeZoneOfProvince('99')).toBeUndefined();
    for (const p of listProvinces()) expect(timeZoneOfProvince(p.code), p.name).toBeDefined();
  });

  it('names every Polda province as Kemendagri does', () => {
    for (const polda of POLDA) expect(getProvince(polda.area.code)?.name, polda.id).toBe(polda.area.name);
  });

  it('is reproduced exactly by the generator script', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/generate-regions.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
