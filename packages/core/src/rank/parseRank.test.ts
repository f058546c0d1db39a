import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_CODES } from '../data/rankCodes';
import { RANKS } from '../data/ranks';
import { parseOfficerMentions } from '../person/parseOfficerMentions';
import { formatRank, type RankStyle } from './formatRank';
import { parseRank } from './parseRank';

// Every form below is copied from shared/domain/polri.md §1 and §8 (or the brief), with the rank
// the source gives it.
const FORMS_FROM_SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['Jenderal Polisi', 'JENDERAL'],
  ['Jenderal Pol', 'JENDERAL'],
  ['Jend. Pol.', 'JENDERAL'],
  ['Jenderal', 'JENDERAL'],
  ['Komisaris Jenderal Polisi', 'KOMJEN'],
  ['Komjen Pol', 'KOMJEN'],
  ['Komjen', 'KOMJEN'],
  ['Inspektur Jenderal Polisi', 'IRJEN'],
  ['Irjen Pol', 'IRJEN'],
  ['Irjen', 'IRJEN'],
  ['Irjen. Pol.', 'IRJEN'],
  ['Brigadir Jenderal Polisi', 'BRIGJEN'],
  ['Brigjen Pol', 'BRIGJEN'],
  ['Brigjen', 'BRIGJEN'],
  ['Brigjend', 'BRIGJEN'],
  ['Brigjen. Pol.', 'BRIGJEN'],
  ['Brigadir Jenderal', 'BRIGJEN'],
  ['Komisaris Besar Polisi', 'KOMBES'],
  ['Kombes Pol', 'KOMBES'],
  ['Kombes', 'KOMBES'],
  ['Kombespol', 'KOMBES'],
  ['KOMBESPOL', 'KOMBES'],
  ['Kombes Pol.', 'KOMBES'],
  ['Kombes. Pol.', 'KOMBES'],
  ['Kombes, Pol.', 'KOMBES'],
  ['Komisaris Besar', 'KOMBES'],
  ['Ajun Komisaris Besar Polisi', 'AKBP'],
  ['AKBP', 'AKBP'],
  ['Akbp', 'AKBP'],
  ['AKBP.', 'AKBP'],
  ['Komisaris Polisi', 'KOMPOL'],
  ['Kompol', 'KOMPOL'],
  ['KOMPOL', 'KOMPOL'],
  ['Ajun Komisaris Polisi', 'AKP'],
  ['AKP', 'AKP'],
  ['Inspektur Polisi Satu', 'IPTU'],
  ['Iptu', 'IPTU'],
  ['iptu', 'IPTU'],
  ['Inspektur Polisi Dua', 'IPDA'],
  ['Ipda', 'IPDA'],
  ['Irda', 'IPDA'],
  ['Ajun Inspektur Polisi Satu', 'AIPTU'],
  ['Aiptu', 'AIPTU'],
  ['Ajun Inspektur Polisi Dua', 'AIPDA'],
  ['Aipda', 'AIPDA'],
  ['AIPDA', 'AIPDA'],
  ['Brigadir Polisi Kepala', 'BRIPKA'],
  ['Bripka', 'BRIPKA'],
  ['Brigadir Kepala', 'BRIPKA'],
  ['Brigadir Polisi', 'BRIGPOL'],
  ['Brigpol', 'BRIGPOL'],
  ['Brigadir', 'BRIGPOL'],
  ['Brigadir Polisi Satu', 'BRIPTU'],
  ['Briptu', 'BRIPTU'],
  ['Brigadir Satu', 'BRIPTU'],
  ['Brigadir Polisi Dua', 'BRIPDA'],
  ['Bripda', 'BRIPDA'],
  ['Brigadir Dua', 'BRIPDA'],
  ['Ajun Brigadir Polisi', 'ABRIP'],
  ['Abrip', 'ABRIP'],
  ['Abrippol', 'ABRIP'],
  ['ABRIPOL', 'ABRIP'],
  ['Ajun Brigadir Polisi Satu', 'ABRIPTU'],
  ['Abriptu', 'ABRIPTU'],
  ['Ajun Brigadir Satu', 'ABRIPTU'],
  ['Ajun Brigadir Polisi Dua', 'ABRIPDA'],
  ['Abripda', 'ABRIPDA'],
  ['Bhayangkara Kepala', 'BHARAKA'],
  ['Bharaka', 'BHARAKA'],
  ['Baraka', 'BHARAKA'],
  ['Bhayangkara Satu', 'BHARATU'],
  ['Bharatu', 'BHARATU'],
  ['Bhayangkara Dua', 'BHARADA'],
  ['Bharada', 'BHARADA'],
  // English forms (§1 English column, §8 gotcha 11)
  ['Police Grand Commissioner', 'KOMBES'],
  ['Senior Commissioner', 'KOMBES'],
  ['Insp. Gen.', 'IRJEN'],
  ['Brig. Gen.', 'BRIGJEN'],
  ['Police Commissioner', 'KOMPOL'],
];

const STYLES: readonly RankStyle[] = ['abbreviated', 'full', 'english'];

describe('parseRank', () => {
  it.each(FORMS_FROM_SOURCES)('reads %s', (form, code) => {
    expect(parseRank(form)).toBe(code);
  });

  it('reads every alias of the ladder, bare and followed by Pol / Pol. / Polisi', () => {
    for (const rank of RANKS) {
      for (const form of [rank.name, rank.abbreviation, ...rank.aliases]) {
        expect(parseRank(form), form).toBe(rank.code);
        expect(parseRank(form.toUpperCase()), form).toBe(rank.code);
        expect(parseRank(form.toLowerCase()), form).toBe(rank.code);
        if (!/pol(isi)?\.?$/i.test(form)) {
          expect(parseRank(`${form} Pol`), form).toBe(rank.code);
          expect(parseRank(`${form} Pol.`), form).toBe(rank.code);
          expect(parseRank(`${form} Polisi`), form).toBe(rank.code);
        }
      }
    }
  });

  it('never gives one written form to two ranks', () => {
    const owner = new Map<string, string>();
    for (const rank of RANKS) {
      for (const form of [rank.name, rank.abbreviation, ...rank.aliases, rank.englishName, ...rank.englishAliases]) {
        const key = form.toLowerCase().replace(/[^a-z]/g, '');
        expect(owner.get(key) ?? rank.code, form).toBe(rank.code);
        owner.set(key, rank.code);
      }
    }
  });

  it('keeps the colliding prefixes apart (polri.md §8 gotchas 1–2)', () => {
    expect(parseRank('AKP')).toBe('AKP');
    expect(parseRank('AKBP')).toBe('AKBP');
    expect(parseRank('Kompol')).toBe('KOMPOL');
    expect(parseRank('Komjen')).toBe('KOMJEN');
    expect(parseRank('Ipda')).toBe('IPDA');
    expect(parseRank('Aipda')).toBe('AIPDA');
    expect(parseRank('Bripda')).toBe('BRIPDA');
    expect(parseRank('Abripda')).toBe('ABRIPDA');
    expect(parseRank('Brigpol')).toBe('BRIGPOL');
    expect(parseRank('Brigjen Pol')).toBe('BRIGJEN');
  });

  it('does not accept trailing or leading junk as some other rank', () => {
    expect(parseRank('Kombes Pol Sofyan')).toBeUndefined();
    expect(parseRank('AKBP Imam')).toBeUndefined();
    expect(parseRank('Brigadir J')).toBeUndefined();
    expect(parseRank('Brigadir Jenderal Polisi X')).toBeUndefined();
    expect(parseRank('AKBPX')).toBeUndefined();
    expect(parseRank('XAKP')).toBeUndefined();
    expect(parseRank('Komisaris')).toBeUndefined();
    expect(parseRank('Polisi')).toBeUndefined();
    expect(parseRank('Pol')).toBeUndefined();
    expect(parseRank('')).toBeUndefined();
    expect(parseRank('   ')).toBeUndefined();
    expect(parseRank('Kombes-Pol')).toBeUndefined();
    expect(parseRank('Kombes (Pol)')).toBeUndefined();
  });

  it('round-trips every rank through every format style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RANK_CODES), fc.constantFrom(...STYLES), (code, style) => {
        expect(parseRank(formatRank(code, style))).toBe(code);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const result = parseRank(text);
        expect(result === undefined || RANK_CODES.includes(result)).toBe(true);
      }),
    );
  });

  it('reads KBP, the Komisaris Besar Polisi initials a Gorontalo outlet prints, also in a mention', () => {
    expect(parseRank('KBP')).toBe('KOMBES');
    expect(parseRank('KBP.')).toBe('KOMBES');
    // read.id (Gorontalo), 2024: "Dir Binmas Polda Gorontalo KBP. Amirjan S.I.K, Kabid Keu KBP. Fedriansah SIK".
    const text = 'Dir Binmas Polda Gorontalo KBP. Amirjan S.I.K, Kabid Keu KBP. Fedriansah SIK';
    expect(parseOfficerMentions(text).map((m) => [m.rank, m.name, m.titles])).toEqual([
      ['KOMBES', 'Amirjan', ['S.I.K.']],
      ['KOMBES', 'Fedriansah', ['S.I.K.']],
    ]);
  });

  it('returns undefined on a 400 kB adversarial string', () => {
    expect(parseRank('Kombes '.repeat(60_000))).toBeUndefined();
    expect(parseRank(`${'.'.repeat(400_000)}AKBP`)).toBeUndefined();
  });
});
