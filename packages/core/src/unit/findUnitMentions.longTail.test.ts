import { describe, expect, it } from 'vitest';
import { findDistricts } from '../districts';
import { findUnitMentions } from './findUnitMentions';
import { parseUnitMention } from './parseUnitMention';

// The long tail of how news writes units, in sentences modelled on real articles (the sources of
// each form are in data/unitHeads.ts, data/unitNameWords.ts, data/functionalUnitGrammar.ts and
// data/regionAbbreviations.ts). Province codes: Riau 14, Sumatera Utara 12, Lampung 18, Sulawesi
// Selatan 73, DKI Jakarta 31.

/** Each mention as [as written, kind, display name]. */
const read = (text: string) =>
  findUnitMentions(text, { findDistricts }).map((m) => [text.slice(m.start, m.end), m.kind, m.displayName]);

describe('findUnitMentions on the long tail', () => {
  it('reads functional units glued, spaced and spelled out, with their parent', () => {
    expect(read('Personel Satpolairud Polres Situbondo dan Sat Reskrim Polres Pringsewu.')).toEqual([
      ['Satpolairud Polres Situbondo', 'satuan', 'Satpolairud Polres Situbondo'],
      ['Sat Reskrim Polres Pringsewu', 'satuan', 'Satreskrim Polres Pringsewu'],
    ]);
    expect(read('Dit Samapta Polda Kalsel; Ditbinmas; Bidhumas; Si Humas Polres Kampar')).toEqual([
      ['Dit Samapta Polda Kalsel', 'direktorat', 'Ditsamapta Polda Kalsel'],
      ['Ditbinmas', 'direktorat', 'Ditbinmas'],
      ['Bidhumas', 'bidang', 'Bidhumas'],
      ['Si Humas Polres Kampar', 'seksi', 'Si Humas Polres Kampar'],
    ]);
    expect(parseUnitMention('Satuan Reserse Narkoba Polres Serang')).toMatchObject({
      kind: 'satuan',
      name: 'Satuan Reserse Narkoba',
      parent: { kind: 'polres', name: 'Serang' },
    });
  });

  it('reads a bare function before a unit as its unit, but not after a position word', () => {
    expect(parseUnitMention('anggota Propam Polres Kampar')).toMatchObject({ kind: 'seksi', name: 'Propam' });
    expect(parseUnitMention('personel Samapta Polres Solok')).toMatchObject({ kind: 'satuan', name: 'Samapta' });
    expect(parseUnitMention('Kasat Samapta Polres Solok')).toMatchObject({ kind: 'polres', name: 'Solok' });
    expect(parseUnitMention('Kabid Humas Polda Riau')).toMatchObject({ kind: 'polda', name: 'Riau' });
    // Lower case is a common noun ("kasus narkoba"), not a unit.
    expect(parseUnitMention('kasus narkoba Polres Lebong')).toMatchObject({ kind: 'polres', name: 'Lebong' });
  });

  it('links a unit to its parent across "jajaran" and across a comma after a parenthetical', () => {
    const text = 'Polsek Kuantan Hilir jajaran Polres Kuantan Singingi (Kuansing) melaksanakan pengamanan.';
    const [polsek] = findUnitMentions(text, { findDistricts });
    expect(text.slice(polsek!.start, polsek!.end)).toBe(
      'Polsek Kuantan Hilir jajaran Polres Kuantan Singingi (Kuansing)',
    );
    expect(polsek).toMatchObject({ parent: { kind: 'polres', displayName: 'Polres Kuantan Singingi' } });
    expect(parseUnitMention('Satlantas Polres Tulang Bawang Barat (Tubaba), Polda Lampung menggelar')).toMatchObject({
      parent: { kind: 'polres', parent: { kind: 'polda', displayName: 'Polda Lampung' } },
    });
  });

  it('reads regency abbreviations and older names news uses', () => {
    expect(parseUnitMention('Polres Kuansing')).toMatchObject({ province: { code: '14' } });
    expect(parseUnitMention('Polres Tanah Karo')).toMatchObject({
      displayName: 'Polres Karo',
      province: { code: '12' },
    });
    expect(parseUnitMention('Mapolres Lamteng')).toMatchObject({
      displayName: 'Polres Lampung Tengah',
      headquarters: true,
    });
    expect(parseUnitMention('Polres Metro Jaksel')).toMatchObject({ kind: 'polres-metro', province: { code: '31' } });
  });

  it('reads port units and glued Mako headquarters', () => {
    expect(
      parseUnitMention('Kepolisian Sektor (Polsek) Kesatuan Pelaksanaan Pengamanan Pelabuhan (KP3) Pantoloan'),
    ).toMatchObject({ kind: 'polsek', name: 'Kesatuan Pelaksanaan Pengamanan Pelabuhan Pantoloan' });
    expect(parseUnitMention('Polsek Kawasan Soekarno-Hatta (Soeta) Polres Pelabuhan Makassar')).toMatchObject({
      displayName: 'Polsek Kawasan Soekarno-Hatta',
      province: { code: '73' },
      parent: { displayName: 'Polres Pelabuhan Makassar' },
    });
    expect(parseUnitMention('Makopolres Tubaba dibangun')).toMatchObject({ kind: 'polres', headquarters: true });
  });

  it('ends a place at a hyphen that starts another place, and a name before a rank', () => {
    expect(parseUnitMention('Sat Resnarkoba Polres Tapanuli Utara-Sumatera Utara, berhasil')).toMatchObject({
      parent: { kind: 'polres', name: 'Tapanuli Utara', province: { code: '12' } },
    });
    expect(parseUnitMention('Polsek Binjai AKP Hendra')).toMatchObject({ name: 'Binjai' });
  });

  it('does not take common words after a capitalised head, or a headline verb, as a name', () => {
    expect(findUnitMentions('dari unit terkecil yakni Polsek dapat turun langsung')).toEqual([]);
    expect(parseUnitMention('Polsek Kedurang Gelar Patroli Dialogis di Desa Tanjung Aur')).toMatchObject({
      name: 'Kedurang',
    });
    expect(parseUnitMention('di mapolsek kedurang tersebut')).toMatchObject({ name: 'kedurang', headquarters: true });
  });

  it('keeps a head typo and a district name inside a longer name', () => {
    expect(parseUnitMention('Poolres Pringsewu')).toMatchObject({ kind: 'polres', displayName: 'Polres Pringsewu' });
    expect(parseUnitMention('Polsek Pringsewu Kota Polres Pringsewu', { findDistricts })).toMatchObject({
      name: 'Pringsewu Kota',
      parent: { name: 'Pringsewu' },
    });
  });
});
