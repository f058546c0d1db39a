import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDistricts } from '../districts';
import { findUnitMentions } from './findUnitMentions';

// Expected values come from reading the texts, the domain notes (polri.md §2, §5, §8) and Kemendagri
// province codes (Sumatera Selatan 16, Bengkulu 17, Lampung 18, Jawa Barat 32, Sulawesi Selatan 73).

/** Each mention as [as written, display name]. */
const written = (text: string, options = {}) =>
  findUnitMentions(text, options).map((m) => [text.slice(m.start, m.end), m.displayName]);

describe('findUnitMentions', () => {
  it('finds every unit of a text in order, each with the span of its words', () => {
    const text = 'Kapolsek hadir di Polsek Kedurang Polres BS, lalu ke Mapolda Bengkulu.';
    expect(written(text)).toEqual([
      ['Polsek Kedurang Polres BS', 'Polsek Kedurang'],
      ['Mapolda Bengkulu', 'Polda Bengkulu'],
    ]);
    const [chain, polda] = findUnitMentions(text);
    expect(chain).toMatchObject({
      kind: 'polsek',
      start: 18,
      end: 43,
      parent: { kind: 'polres', displayName: 'Polres Bengkulu Selatan' },
      province: { code: '17' },
      provinceSource: 'inferred',
    });
    expect(polda).toMatchObject({ kind: 'polda', headquarters: true, provinceSource: 'stated' });
  });

  it('reads a chain of three as one mention whose province the Polda states', () => {
    const text = 'Polsek Rengasdengklok Polres Karawang Polda Jabar menggelar cooling system.';
    const found = findUnitMentions(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Polsek Rengasdengklok Polres Karawang Polda Jabar');
    expect(found[0]).toMatchObject({
      kind: 'polsek',
      province: { code: '32' },
      provinceSource: 'stated',
      parent: { kind: 'polres', name: 'Karawang', parent: { kind: 'polda', displayName: 'Polda Jabar' } },
    });
  });

  it('chains across one comma only when the places agree', () => {
    // Pringsewu is a regency of Lampung; Lebong one of Bengkulu.
    expect(written('Polres Pringsewu, Polda Lampung')).toEqual([
      ['Polres Pringsewu, Polda Lampung', 'Polres Pringsewu'],
    ]);
    expect(written('Polres Lebong, Polda Lampung')).toEqual([
      ['Polres Lebong', 'Polres Lebong'],
      ['Polda Lampung', 'Polda Lampung'],
    ]);
    expect(written('Polres Pringsewu. Polda Lampung')).toHaveLength(2);
  });

  it('keeps a place suffix after a district name and keeps the named parent', () => {
    const [mention] = findUnitMentions('Polsek Pringsewu Kota Polres Pringsewu', { findDistricts });
    expect(mention).toMatchObject({
      kind: 'polsek',
      name: 'Pringsewu Kota',
      displayName: 'Polsek Pringsewu Kota',
      province: { code: '18' },
      parent: { kind: 'polres', displayName: 'Polres Pringsewu' },
    });
  });

  it('reads port units with their qualifier', () => {
    const text = 'Polres Pelabuhan Makassar dan Polsek Kawasan Pelabuhan (KP) Samarinda';
    expect(written(text)).toEqual([
      ['Polres Pelabuhan Makassar', 'Polres Pelabuhan Makassar'],
      ['Polsek Kawasan Pelabuhan (KP) Samarinda', 'Polsek Kawasan Pelabuhan Samarinda'],
    ]);
    expect(findUnitMentions(text)[0]?.province?.code).toBe('73');
  });

  it('marks a headquarters written with Mako and ends a name before a rank or a weekday', () => {
    const text = 'Apel di Mako Polres Lebong, Senin. Polsek Kedurang AKP Suharno hadir; Polres Lebong Senin (24/8).';
    expect(written(text)).toEqual([
      ['Mako Polres Lebong', 'Polres Lebong'],
      ['Polsek Kedurang', 'Polsek Kedurang'],
      ['Polres Lebong', 'Polres Lebong'],
    ]);
    expect(findUnitMentions(text)[0]?.headquarters).toBe(true);
  });

  it('keeps spelled-out names with their parentheticals in the span', () => {
    const text =
      'Kepolisian Daerah (Polda) Sumatera Selatan (Sumsel) melalui Direktorat Pembinaan Masyarakat (Ditbinmas) Polda Kaltim';
    expect(written(text)).toEqual([
      ['Kepolisian Daerah (Polda) Sumatera Selatan (Sumsel)', 'Polda Sumsel'],
      ['Direktorat Pembinaan Masyarakat (Ditbinmas) Polda Kaltim', 'Ditbinmas Polda Kaltim'],
    ]);
    // "Intelijen dan Keamanan" as news expands Intelkam (held-out corpus 111); the "dan" inside it
    // joins no two units.
    expect(written('Direktorat Intelijen dan Keamanan (Intelkam) Polda Kepri dan Sat Binmas Polres Bintan')).toEqual([
      ['Direktorat Intelijen dan Keamanan (Intelkam) Polda Kepri', 'Ditintelkam Polda Kepri'],
      ['Sat Binmas Polres Bintan', 'Satbinmas Polres Bintan'],
    ]);
  });

  it('returns an empty list for text without a unit, and for non-text', () => {
    expect(findUnitMentions('')).toEqual([]);
    expect(findUnitMentions('kerja sama antara Polri dan masyarakat')).toEqual([]);
    expect(findUnitMentions(42 as never)).toEqual([]);
    expect(findUnitMentions('Polres Lamsel', null as never)).toHaveLength(1);
  });

  const unitWords = fc.constantFrom(
    'Polres',
    'Polsek',
    'Polda',
    'Mapolsek',
    'Mako',
    'Sat',
    'Binmas',
    'Satbinmas',
    'Pelabuhan',
    'KP3',
    'Polri',
    '(',
    ')',
    'Metro',
    'Sumsel',
    'OKU',
    'Kota',
    ',',
    '.',
    'x',
    'AKBP',
  );

  it('never throws; spans are in range, ordered, not overlapping, and start with a unit word', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(unitWords, { maxLength: 40 }).map((words) => words.join(' ')),
        ),
        (text) => {
          const found = findUnitMentions(text, { findDistricts });
          let last = 0;
          for (const mention of found) {
            expect(mention.start).toBeGreaterThanOrEqual(last);
            expect(mention.end).toBeGreaterThan(mention.start);
            expect(mention.end).toBeLessThanOrEqual(text.length);
            // The span starts at a unit word: read alone, it is the same mention.
            const alone = findUnitMentions(text.slice(mention.start, mention.end), { findDistricts })[0];
            expect(alone?.start).toBe(0);
            expect(alone?.kind).toBe(mention.kind);
            last = mention.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is linear on a 400 kB adversarial text', () => {
    const chunk = 'polsek polres ( polda mapolsek mako , metro pelabuhan kawasan sat ';
    const noise = chunk.repeat(Math.ceil(400_000 / chunk.length));
    expect(noise.length).toBeGreaterThanOrEqual(400_000);
    expect(findUnitMentions(`${noise}Polres Banyuasin`).at(-1)).toMatchObject({
      kind: 'polres',
      name: 'Banyuasin',
      province: { code: '16' },
    });
    const chain = 'Polsek Kedurang Polres BS Polda Bengkulu ';
    const chains = chain.repeat(Math.ceil(400_000 / chain.length));
    expect(findUnitMentions(chains)).toHaveLength(Math.ceil(400_000 / chain.length));
    const capitals = `Polres ${'Abc '.repeat(100_000)}`;
    expect(findUnitMentions(capitals)).toHaveLength(1);
  }, 30_000);
});
