import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDistricts } from '../districts';
import { parseUnitMention } from './parseUnitMention';

// Expected values come from the domain notes (polri.md §2, §4, §5, §8) and Kemendagri codes
// (Lampung 18, Sumatera Selatan 16, Bengkulu 17, Jawa Tengah 33, DKI 31).

describe('parseUnitMention', () => {
  it('reads a Polres by a regional abbreviation and resolves its province', () => {
    expect(parseUnitMention('Polres Lamsel')).toEqual({
      kind: 'polres',
      name: 'Lamsel',
      displayName: 'Polres Lampung Selatan',
      province: { code: '18', name: 'Lampung' },
      headquarters: false,
    });
  });

  it('reads a unit name joined by "dan" whole (Maluku is province 81)', () => {
    // "Kapolres Pulau Ambon dan Pulau-pulau Lease" (indonesiatimur.co, 2012).
    expect(parseUnitMention('Polres Pulau Ambon dan Pulau-pulau Lease')).toEqual({
      kind: 'polres',
      name: 'Pulau Ambon dan Pulau-pulau Lease',
      displayName: 'Polres Pulau Ambon dan Pulau-Pulau Lease',
      province: { code: '81', name: 'Maluku' },
      headquarters: false,
    });
    // "dan" still ends any other name.
    expect(parseUnitMention('Polres Ambon dan Polsek Baguala')?.name).toBe('Ambon');
  });

  it('accepts any case and doubled-letter typos', () => {
    expect(parseUnitMention('Polda jatim')).toMatchObject({
      kind: 'polda',
      displayName: 'Polda Jatim',
      province: { code: '35' },
    });
    expect(parseUnitMention('Polres Oku')).toMatchObject({ kind: 'polres', province: { code: '16' } });
    expect(parseUnitMention('POLLRES BANYUASIN')).toMatchObject({ kind: 'polres', displayName: 'Polres Banyuasin' });
  });

  it('marks the headquarters building (Mapolres, Mapolsek)', () => {
    expect(parseUnitMention('Mapolres Banyuasin')).toMatchObject({ kind: 'polres', headquarters: true });
    expect(parseUnitMention('di Mapolsek Kedurang tersebut')).toMatchObject({
      kind: 'polsek',
      name: 'Kedurang',
      headquarters: true,
    });
  });

  it('reads chains and passes the province down', () => {
    const mention = parseUnitMention('Polsek Tanjung Batu Polres OI');
    expect(mention).toMatchObject({
      kind: 'polsek',
      name: 'Tanjung Batu',
      province: { code: '16', name: 'Sumatera Selatan' },
      parent: { kind: 'polres', name: 'OI', displayName: 'Polres Ogan Ilir' },
    });
  });

  it('reads spelled-out names with a parenthesised abbreviation', () => {
    expect(parseUnitMention('Kepolisian Resor (Polres) Kudus')).toMatchObject({
      kind: 'polres',
      name: 'Kudus',
      province: { code: '33' },
    });
    expect(parseUnitMention('Kepolisian Daerah Sumatera Selatan')).toMatchObject({
      kind: 'polda',
      displayName: 'Polda Sumsel',
    });
  });

  it('reads functional units with their parent', () => {
    expect(parseUnitMention('Ditbinmas Polda Sumsel')).toMatchObject({
      kind: 'direktorat',
      displayName: 'Ditbinmas Polda Sumsel',
      parent: { kind: 'polda', displayName: 'Polda Sumsel' },
      province: { code: '16' },
    });
    expect(parseUnitMention('Sat Binmas Polres Bengkulu Selatan')).toMatchObject({
      kind: 'satuan',
      name: 'Sat Binmas',
      parent: { kind: 'polres', name: 'Bengkulu Selatan' },
      province: { code: '17' },
    });
  });

  it('tells Polres Metro (Kota Metro) from Polres Metro Jakarta Selatan', () => {
    expect(parseUnitMention('Polres Metro')).toMatchObject({ kind: 'polres', name: 'Metro', province: { code: '18' } });
    expect(parseUnitMention('Polres Metro Jakarta Selatan')).toMatchObject({
      kind: 'polres-metro',
      name: 'Jakarta Selatan',
      province: { code: '31' },
    });
  });

  it('reads Polda Metro Jaya by name and as PMJ, and Sumatra as Sumatera', () => {
    expect(parseUnitMention('Polda Metro Jaya')).toMatchObject({ kind: 'polda', displayName: 'Polda Metro Jaya' });
    expect(parseUnitMention('PMJ')).toMatchObject({ kind: 'polda', displayName: 'Polda Metro Jaya' });
    expect(parseUnitMention('Polda Sumatra Utara')).toMatchObject({ kind: 'polda', province: { code: '12' } });
  });

  it('uses the district table for a Polsek when it is given', () => {
    expect(parseUnitMention('Polsek Kedurang', { findDistricts })).toMatchObject({
      kind: 'polsek',
      province: { code: '17' },
    });
    expect(parseUnitMention('Polsek Kedurang')?.province).toBeUndefined();
  });

  it('returns undefined for text without a unit', () => {
    expect(parseUnitMention('')).toBeUndefined();
    expect(parseUnitMention('kerja sama antara Polri dan masyarakat')).toBeUndefined();
    expect(parseUnitMention('Polda')).toBeUndefined();
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseUnitMention(text);
        expect(result === undefined || typeof result.displayName === 'string').toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Polres',
            'Polsek',
            'Polda',
            'Mapolsek',
            'Sat',
            'Binmas',
            '(',
            ')',
            'Metro',
            'Sumsel',
            'OKU',
            ',',
            'x',
          ),
          {
            maxLength: 40,
          },
        ),
        (words) => {
          const result = parseUnitMention(words.join(' '), { findDistricts });
          expect(result === undefined || typeof result.kind === 'string').toBe(true);
        },
      ),
    );
  });

  it('handles a 400 kB adversarial string', () => {
    // Unit words that never complete a mention, then one real mention at the very end.
    const chunk = 'polsek polres ( polda mapolsek , metro ';
    const text = `${chunk.repeat(Math.ceil(400_000 / chunk.length))}Polres Banyuasin`;
    expect(text.length).toBeGreaterThanOrEqual(400_000);
    expect(parseUnitMention(text)).toMatchObject({ kind: 'polres', name: 'Banyuasin', province: { code: '16' } });
    expect(parseUnitMention(chunk.repeat(Math.ceil(400_000 / chunk.length)))).toBeUndefined();
    const tail = `${'a'.repeat(400_000)} Polres Lamsel`;
    expect(parseUnitMention(tail)).toMatchObject({ kind: 'polres', province: { code: '18' } });
  });
});
