import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_CODES } from '../data/rankCodes';
import { parseOfficerMention } from './parseOfficerMention';
import { OFFICER_MENTION_CASES } from './parseOfficerMention.cases';
import { parseOfficerMentions } from './parseOfficerMentions';

const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/test/articles/${name}`, import.meta.url), 'utf8');

// The 36 provinces with an operating Polda (polri.md §4).
const POLDA_PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Bengkulu',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Lampung',
  'Banten',
  'DKI Jakarta',
  'Jawa Barat',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Tengah',
  'Papua Barat Daya',
];

describe('parseOfficerMention — hand-written table', () => {
  it('has at least 150 cases covering every Polda province', () => {
    expect(OFFICER_MENTION_CASES.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(OFFICER_MENTION_CASES.map((c) => c.province));
    for (const province of POLDA_PROVINCES) expect(covered.has(province), province).toBe(true);
    for (const province of covered) expect(POLDA_PROVINCES, province).toContain(province);
  });

  it.each(OFFICER_MENTION_CASES.map((c) => [c.text, c] as const))('%s', (_text, { text, expected }) => {
    const mention = parseOfficerMention(text);
    expect(mention).toBeDefined();
    const { unit, ...rest } = expected;
    expect(mention).toMatchObject(rest);
    if (expected.position === undefined) expect(mention?.position).toBeUndefined();
    if (expected.acting === undefined) expect(mention?.acting).toBeUndefined();
    if (unit !== undefined) expect(mention?.unit).toMatchObject(unit);
  });
});

describe('parseOfficerMention — patterns confirmed on other articles', () => {
  it('reads a post whose unit name is joined by "dan" (indonesiatimur.co, 2012)', () => {
    const mention = parseOfficerMention('Kapolres Pulau Ambon dan Pulau-pulau Lease, AKBP Soeharwiyono');
    expect(mention).toMatchObject({ rank: 'AKBP', name: 'Soeharwiyono', position: { code: 'kapolres' } });
    expect(mention?.unit).toMatchObject({ kind: 'polres', name: 'Pulau Ambon dan Pulau-pulau Lease' });
    expect(mention?.unit?.province?.code).toBe('81');
  });

  it('reads "Kepala Bagian Operasi" as Kabag Ops (gerbangkaltim.com, 2026)', () => {
    const mention = parseOfficerMention(
      'Kepala Bagian Operasi (Kabag Ops) Polresta Balikpapan, Kompol Jajat Sudrajat, S.H.',
    );
    expect(mention).toMatchObject({ rank: 'KOMPOL', name: 'Jajat Sudrajat', titles: ['S.H.'] });
    expect(mention?.position).toMatchObject({ code: 'kabag-ops', text: 'Kepala Bagian Operasi' });
    expect(mention?.unit).toMatchObject({ kind: 'polresta', name: 'Balikpapan' });
  });

  it('reads the title C.F.E. among degrees (penasatu.com, 2025)', () => {
    const mention = parseOfficerMention(
      'Kapolda Kalimantan Timur Irjen Pol. Endar Priantoro, S.H., S.I.K., C.F.E., M.H.',
    );
    expect(mention?.titles).toEqual(['S.H.', 'S.I.K.', 'C.F.E.', 'M.H.']);
    expect(mention?.name).toBe('Endar Priantoro');
  });
});

describe('parseOfficerMention — seed articles', () => {
  it('000: Dirbinmas through Wadir Binmas Polda Sumsel', () => {
    const mentions = parseOfficerMentions(seed('000_ab81f7aa4f2ae994.txt'));
    expect(mentions[0]).toMatchObject({
      rank: 'AKBP',
      name: 'Imam Tarmudi',
      position: { code: 'wadirbinmas', text: 'Wadir Binmas' },
      unit: { kind: 'polda', name: 'Sumsel' },
      former: false,
    });
    expect(mentions[1]).toMatchObject({
      rank: 'KOMBES',
      name: 'Sofyan Hidayat',
      titles: ['S.I.K.', 'M.M.'],
      position: { code: 'dirbinmas', text: 'Direktur Binmas' },
      unit: { kind: 'polda', name: 'Sumsel' },
    });
    expect(mentions[2]).toMatchObject({ rank: 'AKBP', name: 'Imam Tarmudi', position: { code: 'wadirbinmas' } });
    // "AKBP Imam menuturkan" and "ujar AKBP Imam Tarmudi." — short references without a position.
    expect(mentions.slice(3).map((m) => [m.rank, m.name, m.position])).toEqual([
      ['AKBP', 'Imam', undefined],
      ['AKBP', 'Imam Tarmudi', undefined],
    ]);
  });

  it('000: the opening sentence reads the Dirbinmas first (delegation "melalui")', () => {
    const sentence =
      'Dibuka secara langsung oleh Direktur Binmas Polda Sumsel, Kombes Pol Sofyan Hidayat SIK MM melalui Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi.';
    expect(parseOfficerMention(sentence)).toMatchObject({ rank: 'KOMBES', name: 'Sofyan Hidayat' });
  });

  it('001: Kapolres Lampung Selatan and Kabid Humas Polda Lampung', () => {
    const mentions = parseOfficerMentions(seed('001_4a21f054e10a368d.txt'));
    expect(mentions).toHaveLength(2);
    expect(mentions[0]).toMatchObject({
      rank: 'AKBP',
      name: 'Yusriandi Yusrin',
      titles: [],
      position: { code: 'kapolres', text: 'Kapolres' },
      unit: { kind: 'polres', name: 'Lampung Selatan' },
    });
    expect(mentions[1]).toMatchObject({
      rank: 'KOMBES',
      name: 'Umi Fadilah Astutik',
      position: { code: 'kabid-humas', text: 'Kabid Humas' },
      unit: { kind: 'polda', name: 'Lampung' },
    });
  });

  it('002: Direktur Binmas Polda Kaltim; the Ketua KPU is no officer', () => {
    const mentions = parseOfficerMentions(seed('002_cc191cb9d5383a99.txt'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      rank: 'KOMBES',
      name: 'Anggie Yulianto',
      position: { code: 'dirbinmas', text: 'Direktur Binmas' },
      unit: { kind: 'polda', name: 'Kaltim' },
    });
  });

  it('003: Kapolres Banyuasin after the name; the civilians are no officers', () => {
    const mentions = parseOfficerMentions(seed('003_9085897592665ff4.txt'));
    expect(mentions.map((m) => [m.rank, m.name])).toEqual([
      ['AKBP', 'Ferly Rosa Putra'],
      ['AKBP', 'Ferly'],
    ]);
    expect(mentions[0]).toMatchObject({
      titles: ['S.I.K.'],
      position: { code: 'kapolres', text: 'Kapolres' },
      unit: { kind: 'polres', name: 'Banyuasin' },
    });
  });

  it('004: Kapolsek Kedurang, and the Kapolres BS "melakui" the Kapolsek', () => {
    const mentions = parseOfficerMentions(seed('004_b6255de1fb23a302.txt'));
    expect(mentions.map((m) => [m.rank, m.name, m.titles, m.position?.code])).toEqual([
      ['IPDA', 'Suharno', ['S.H.'], 'kapolsek'],
      ['AKBP', 'Florentus Situngkir', ['S.I.K.'], 'kapolres'],
      ['IPDA', 'Suharno', ['S.H.'], 'kapolsek'],
    ]);
    expect(mentions[1]?.unit).toMatchObject({ kind: 'polres', name: 'BS' });
    expect(mentions[2]?.unit).toMatchObject({ kind: 'polsek', name: 'Kedurang' });
  });
});

describe('parseOfficerMention — edge cases', () => {
  it('returns undefined when no officer is named', () => {
    expect(parseOfficerMention('')).toBeUndefined();
    expect(parseOfficerMention('Pj. Bupati Banyuasin H. Hani Syopiar Rustam')).toBeUndefined();
    expect(parseOfficerMention('pangkat brigadir dan jenderal')).toBeUndefined();
    expect(parseOfficerMention('Kapolres Banyuasin mengatakan')).toBeUndefined();
  });

  it('does not take a street or a civil-service title for a rank', () => {
    expect(parseOfficerMention('di Jalan Jenderal Sudirman')).toBeUndefined();
    expect(parseOfficerMention('Direktur Jenderal Pajak Suryo Utomo')).toBeUndefined();
  });

  it('does not open a mention on a misspelt rank that is also a name', () => {
    expect(parseOfficerMention('Bripka Irda Sari')).toMatchObject({ rank: 'BRIPKA', name: 'Irda Sari' });
    expect(parseOfficerMention('Irda Sari')).toBeUndefined();
  });

  it('reads "Brigadir" as rank 9 and "Brigadir Jenderal" as Brigjen', () => {
    expect(parseOfficerMention('Brigadir J')).toMatchObject({ rank: 'BRIGPOL', name: 'J' });
    expect(parseOfficerMention('Brigadir Jenderal Ahmad Ramadhan')).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Ahmad Ramadhan',
    });
  });

  it('ends the name at the end of the sentence but not after an initial', () => {
    expect(parseOfficerMention('ujar AKBP Ferly. Kegiatan ini')).toMatchObject({ name: 'Ferly' });
    expect(parseOfficerMention('AKBP Zaky A. Nasution hadir')).toMatchObject({ name: 'Zaky A. Nasution' });
  });
});

describe('parseOfficerMentions', () => {
  it('returns both officers joined by "melalui", in order', () => {
    const mentions = parseOfficerMentions(
      'Kapolres BS AKBP Florentus Situngkir, S.IK melalui Kapolsek Kedurang Ipda Suharno, SH',
    );
    expect(mentions.map((m) => [m.rank, m.name, m.position?.code])).toEqual([
      ['AKBP', 'Florentus Situngkir', 'kapolres'],
      ['IPDA', 'Suharno', 'kapolsek'],
    ]);
  });

  it("does not give the next officer's position to the previous one", () => {
    const mentions = parseOfficerMentions('AKBP Imam Tarmudi, Kapolsek Kedurang Ipda Suharno');
    expect(mentions[0]?.position).toBeUndefined();
    expect(mentions[1]).toMatchObject({ rank: 'IPDA', name: 'Suharno', position: { code: 'kapolsek' } });
  });
});

describe('parseOfficerMention — safety', () => {
  it('never throws and returns a well-formed mention or undefined', () => {
    const pieces = fc.constantFrom(
      'Kapolres',
      'AKBP',
      'Kombes',
      'Pol.',
      ',',
      '.',
      ' ',
      'S.I.K',
      'H.',
      'melalui',
      'mantan',
      'Plt.',
      'Imam',
      'Banyuasin',
      'Polda',
      'I',
    );
    const arbitrary = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(pieces, { maxLength: 30 }).map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(arbitrary, (text) => {
        const mention = parseOfficerMention(text);
        if (mention !== undefined) {
          expect(RANK_CODES).toContain(mention.rank);
          expect(mention.name.length).toBeGreaterThan(0);
          expect(text).toContain(mention.name);
        }
        for (const m of parseOfficerMentions(text)) expect(text).toContain(m.name);
      }),
    );
  });

  it('handles 400 kB adversarial strings', () => {
    const ranks = 'AKBP Kombes Pol. Brigadir '.repeat(16_000);
    expect(parseOfficerMention(ranks)).toBeUndefined();
    const titles = `AKBP Imam ${'S.H. '.repeat(80_000)}`;
    expect(parseOfficerMention(titles)).toMatchObject({ rank: 'AKBP', name: 'Imam' });
    const positions = `${'Kapolres Banyuasin '.repeat(21_000)}AKBP Ruri`;
    expect(parseOfficerMention(positions)).toMatchObject({
      rank: 'AKBP',
      name: 'Ruri',
      position: { code: 'kapolres' },
    });
    const many = 'Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. melalui '.repeat(7_500);
    expect(parseOfficerMentions(many)).toHaveLength(7_500);
    expect(parseOfficerMention('a'.repeat(400_000))).toBeUndefined();
    expect(parseOfficerMention(' '.repeat(400_000))).toBeUndefined();
  });
});
