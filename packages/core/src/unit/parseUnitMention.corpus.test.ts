import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLDA } from '../data/polda';
import { parseUnitMention } from './parseUnitMention';
import { UNIT_MENTION_CASES } from './parseUnitMention.cases';

describe('parseUnitMention on realistic mentions', () => {
  it('has at least 100 cases covering every Polda province', () => {
    expect(UNIT_MENTION_CASES.length).toBeGreaterThanOrEqual(100);
    const provinces = new Set(UNIT_MENTION_CASES.map((c) => c.province));
    for (const polda of POLDA) expect(provinces, polda.id).toContain(polda.area.code);
  });

  it.each(UNIT_MENTION_CASES)('$text', (c) => {
    const mention = parseUnitMention(c.text);
    expect(mention?.kind).toBe(c.kind);
    expect(mention?.province?.code ?? null).toBe(c.province);
    if (c.displayName !== undefined) expect(mention?.displayName).toBe(c.displayName);
    if (c.name !== undefined) expect(mention?.name).toBe(c.name);
    expect(mention?.headquarters).toBe(c.headquarters ?? false);
    if (c.parentKind !== undefined) expect(mention?.parent?.kind).toBe(c.parentKind);
  });
});

describe('every Polda by every name', () => {
  for (const polda of POLDA) {
    const names = [
      polda.name,
      polda.officialName,
      `Polda ${polda.provinceName}`,
      `Kepolisian Daerah ${polda.area.name}`,
      `Mapolda ${polda.name.slice('Polda '.length)}`,
      ...polda.shortNames,
      ...polda.abbreviations.map((a) => `Polda ${a}`),
      ...polda.abbreviations.map((a) => `POLDA ${a.toUpperCase()}`),
      ...polda.formerNames,
    ];
    it.each(names)(`%s → ${polda.id}`, (name) => {
      const mention = parseUnitMention(name);
      expect(mention?.kind).toBe('polda');
      expect(mention?.displayName).toBe(polda.name);
      expect(mention?.province?.code).toBe(polda.area.code);
      expect(mention?.headquarters).toBe(name.startsWith('Mapolda'));
    });
  }
});

// The five seed articles: the unit mentions a reader finds in each. The repository keeps its own
// copy of the articles (packages/fixtures/test/articles) so tests never reach outside the clone.
const seedDir = join(__dirname, '../../../fixtures/test/articles');
const seed = (file: string) => readFileSync(join(seedDir, file), 'utf8');

describe('seed articles', () => {
  it('000: Ditbinmas Polda Sumsel (spelled out, with parenthesised abbreviations)', () => {
    const text = seed('000_ab81f7aa4f2ae994.txt');
    expect(parseUnitMention(text)).toMatchObject({ kind: 'direktorat', displayName: 'Ditbinmas Polda Sumsel' });
    expect(parseUnitMention('Kepolisian Daerah (Polda) Sumatera Selatan (Sumsel)')).toMatchObject({
      kind: 'polda',
      displayName: 'Polda Sumsel',
      province: { code: '16' },
    });
    expect(parseUnitMention('Wadir Binmas Polda Sumsel')).toMatchObject({ kind: 'polda', province: { code: '16' } });
  });

  it('001: Polres Lampung Selatan, Polda Lampung, Kapolres Metro', () => {
    const text = seed('001_4a21f054e10a368d.txt');
    expect(parseUnitMention(text)).toMatchObject({ kind: 'polres', name: 'Lampung Selatan', province: { code: '18' } });
    expect(parseUnitMention('Kabid Humas Polda Lampung')).toMatchObject({
      kind: 'polda',
      displayName: 'Polda Lampung',
    });
  });

  it('002: Polda Kaltim and its Ditbinmas', () => {
    const text = seed('002_cc191cb9d5383a99.txt');
    expect(parseUnitMention(text)).toMatchObject({
      kind: 'polda',
      displayName: 'Polda Kaltim',
      province: { code: '64' },
    });
    expect(parseUnitMention('Direktorat Pembinaan Masyarakat (Ditbinmas) Polda Kaltim menggelar')).toMatchObject({
      kind: 'direktorat',
      displayName: 'Ditbinmas Polda Kaltim',
      parent: { kind: 'polda' },
    });
  });

  it('003: Polres Banyuasin', () => {
    const text = seed('003_9085897592665ff4.txt');
    expect(parseUnitMention(text)).toMatchObject({
      kind: 'polres',
      name: 'Banyuasin',
      displayName: 'Polres Banyuasin',
      province: { code: '16', name: 'Sumatera Selatan' },
    });
  });

  it('004: Polsek Kedurang Polres BS, Mapolsek Kedurang', () => {
    const text = seed('004_b6255de1fb23a302.txt');
    expect(parseUnitMention(text)).toMatchObject({ kind: 'polsek', name: 'Kedurang', headquarters: false });
    const chain = parseUnitMention('Polsek Kedurang Polres BS, demi');
    expect(chain).toMatchObject({
      kind: 'polsek',
      name: 'Kedurang',
      province: { code: '17' },
      parent: { kind: 'polres', name: 'BS', displayName: 'Polres Bengkulu Selatan' },
    });
    expect(parseUnitMention('dipusatkan di Mapolsek Kedurang tersebut')).toMatchObject({ headquarters: true });
  });
});
