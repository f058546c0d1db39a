import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOfficerMentions } from './parseOfficerMentions';

const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/test/articles/${name}`, import.meta.url), 'utf8');

const written = (text: string) => parseOfficerMentions(text).map((m) => text.slice(m.start, m.end));

describe('parseOfficerMentions — spans', () => {
  it('000: each mention as written, position and unit before the rank', () => {
    expect(written(seed('000_ab81f7aa4f2ae994.txt'))).toEqual([
      'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi',
      'Direktur Binmas Polda Sumsel, Kombes Pol Sofyan Hidayat SIK MM',
      'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi',
      'AKBP Imam',
      'AKBP Imam Tarmudi',
    ]);
  });

  it('001 and 002: the Kapolres, the Kabid Humas and the Direktur Binmas', () => {
    expect(written(seed('001_4a21f054e10a368d.txt'))).toEqual([
      'Kapolres Lampung Selatan, AKBP Yusriandi Yusrin',
      'Kabid Humas Polda Lampung, Kombes Pol Umi Fadilah Astutik',
    ]);
    expect(written(seed('002_cc191cb9d5383a99.txt'))).toEqual([
      'Direktur Binmas Polda Kaltim, Kombes Pol Anggie Yulianto',
    ]);
  });

  it('003: the position after the name is part of the mention', () => {
    expect(written(seed('003_9085897592665ff4.txt'))).toEqual([
      'AKBP Ferly Rosa Putra, SIK Kapolres Banyuasin',
      'AKBP Ferly',
    ]);
  });

  it('004: "selaku Kapolsek", and two officers joined by "melakui"', () => {
    expect(written(seed('004_b6255de1fb23a302.txt'))).toEqual([
      'Ipda Suharno, SH selaku Kapolsek',
      'Kapolres BS AKBP Florentus Situngkir, S.IK',
      'Kapolsek Kedurang Ipda Suharno, SH',
    ]);
  });

  it("keeps a title's closing dot, not the sentence's", () => {
    expect(written('Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. hadir')).toEqual([
      'Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K.',
    ]);
    expect(written('ujar AKBP Imam Tarmudi. Kegiatan')).toEqual(['AKBP Imam Tarmudi']);
  });

  it('covers the name before the rank and the prefixes of the position', () => {
    expect(written('hadir Sofyan Hidayat, S.I.K., Kombes Pol dan')).toEqual(['Sofyan Hidayat, S.I.K., Kombes Pol']);
    expect(written('oleh mantan Kapolres Banyuasin AKBP Ruri Prastowo')).toEqual([
      'mantan Kapolres Banyuasin AKBP Ruri Prastowo',
    ]);
    expect(written('oleh Plt. Kapolsek Kedurang Iptu Budi')).toEqual(['Plt. Kapolsek Kedurang Iptu Budi']);
  });
});

/** The one mention of `text`, with its unit reduced to kind and name, and its span as written. */
const one = (text: string) => {
  const mentions = parseOfficerMentions(text);
  expect(mentions).toHaveLength(1);
  const { unit, start, end, ...rest } = mentions[0]!;
  return { ...rest, unit: unit && { kind: unit.kind, name: unit.name }, written: text.slice(start, end) };
};

describe('parseOfficerMentions — the position grammar (issue 10 §3)', () => {
  it('keeps a head × function title the list does not know, with its unit', () => {
    expect(one('Kasat Reskrim Polres Pringsewu AKP Johannes Sihombing mengatakan')).toMatchObject({
      name: 'Johannes Sihombing',
      position: { text: 'Kasat Reskrim' },
      unit: { kind: 'polres', name: 'Pringsewu' },
      written: 'Kasat Reskrim Polres Pringsewu AKP Johannes Sihombing',
    });
    expect(one('Kasi Propam Polres Kampar AKP Togar').position).toEqual({ text: 'Kasi Propam' });
    expect(one('Kasi Propam Polres Kampar AKP Togar').unit).toEqual({ kind: 'polres', name: 'Kampar' });
    expect(one('Ba Propam Polres Kampar Brigpol Andi').position).toEqual({ text: 'Ba Propam' });
    expect(one('Kasat Lantas Polres Siak AKP Budi').position).toEqual({ text: 'Kasat Lantas' });
    expect(one('Karo Ops Polda Papua Kombes Pol Budi')).toMatchObject({
      position: { text: 'Karo Ops' },
      unit: { kind: 'polda', name: 'Papua' },
    });
  });

  it('reads glued titles and a numeral after the function', () => {
    expect(one('Kasatreskrim AKP Budi').position).toEqual({ text: 'Kasatreskrim' });
    expect(one('Kasium Polsek Simbuang Aiptu Yohanis')).toMatchObject({
      position: { text: 'Kasium' },
      unit: { kind: 'polsek', name: 'Simbuang' },
    });
    expect(one('Ka SPKT III Polsek Kediri Aipda Budi Santoso')).toMatchObject({
      position: { text: 'Ka SPKT III' },
      unit: { kind: 'polsek', name: 'Kediri' },
    });
    expect(one('Kasubnit Binkamsa Satbinmas Polres Lebong Aipda Budi').position).toEqual({ text: 'Kasubnit Binkamsa' });
    expect(one('Kepala SPKT 1 Polsek Cileles, Aipda Ibnu, didampingi').position).toEqual({ text: 'Kepala SPKT 1' });
    // A sub-unit the function list does not know, in one or two words.
    expect(one('Kasatgas Preventif OMP Polres Polman Iptu Taufik Murawanto').position).toEqual({
      text: 'Kasatgas Preventif OMP',
    });
    expect(one('Kanit Turwali Bripka Whydial Sampe Tandung').position).toEqual({ text: 'Kanit Turwali' });
  });

  it('gives the code of a listed title, however it is written', () => {
    expect(one('Kabagops Polres Lebong Kompol Budi').position).toEqual({ code: 'kabag-ops', text: 'Kabagops' });
    expect(one('Kasat Intel Polres Siak AKP Budi').position).toEqual({ code: 'kasat-intelkam', text: 'Kasat Intel' });
  });

  it('does not read a common word or a name as a title', () => {
    // "Karo" is a regency; "Ka" and "Ba" need a known function.
    expect(one('Kapolres Tanah Karo AKBP Budi').position).toEqual({ code: 'kapolres', text: 'Kapolres' });
    expect(one('kata Ka Budi, AKBP Joko').position).toBeUndefined();
  });

  it('keeps the village of a Bhabinkamtibmas, apart from the title and the unit', () => {
    expect(one('Bhabinkamtibmas kelurahan Ujung Tanah Bripka Budi')).toMatchObject({
      position: { code: 'bhabinkamtibmas', text: 'Bhabinkamtibmas' },
      village: 'kelurahan Ujung Tanah',
    });
    expect(one('Bhabinkamtibmas Desa Medalem Polsek Senori Brigadir Miftahul Huda')).toMatchObject({
      village: 'Desa Medalem',
      unit: { kind: 'polsek', name: 'Senori' },
    });
    expect(one('Aipda Ni Luh Putu Sugiani selaku Bhabinkamtibmas Pekon Sukamaju mengatakan')).toMatchObject({
      village: 'Pekon Sukamaju',
      written: 'Aipda Ni Luh Putu Sugiani selaku Bhabinkamtibmas Pekon Sukamaju',
    });
  });

  it('ends the village at a comma; the district after it is not part of it', () => {
    expect(one('Bhabinkamtibmas Desa Pasirjengkol, Kecamatan Majalaya, Aiptu U. Sutardi mendatangi')).toMatchObject({
      name: 'U. Sutardi',
      village: 'Desa Pasirjengkol',
      written: 'Bhabinkamtibmas Desa Pasirjengkol, Kecamatan Majalaya, Aiptu U. Sutardi',
    });
  });

  it('reads across a wrapped line, not across a blank line', () => {
    expect(one('Kapolsek Entikong Akp\nO. Sihombing mengatakan')).toMatchObject({ rank: 'AKP', name: 'O. Sihombing' });
    expect(parseOfficerMentions('Kapolsek Entikong Akp\n\nSihombing mengatakan')).toEqual([]);
  });

  it('keeps the position of a new chief written "Kapolres X yang baru, AKBP …"', () => {
    // Corpus 086 (arafuranews.com).
    const text = 'MERAUKE, ARAFURA, -Kapolres Merauke yang baru, AKBP I Ketut Suarnaya,SH,SIK benar-benar memfokuskan';
    expect(written(text)).toEqual(['Kapolres Merauke yang baru, AKBP I Ketut Suarnaya,SH,SIK']);
    expect(one(text)).toMatchObject({ position: { code: 'kapolres' }, unit: { kind: 'polres', name: 'Merauke' } });
    // Not another clause's "yang": the post is no longer next to the officer.
    expect(one('Kapolres Merauke yang hadir di sana, AKBP Budi')?.position).toBeUndefined();
  });

  it('ends a name with its line: the next line is a byline, not more of the name', () => {
    // Held-out corpus 117 (maspolin.id): the article's last quote, then the release's byline.
    const text = 'kata Akp Sosmedya\nHumas Polda Sumbar';
    expect(written(text)).toEqual(['Akp Sosmedya']);
    expect(one(text)).toMatchObject({ rank: 'AKP', name: 'Sosmedya' });
  });

  it('steps over an aside in brackets between the position, the unit and the rank', () => {
    expect(
      one('Kepala Bidang Hubungan Masyarakat (Kabidhumas) Polda Papua Kombes Sulistyo Pudjo menambahkan'),
    ).toMatchObject({
      position: { code: 'kabid-humas', text: 'Kepala Bidang Hubungan Masyarakat' },
      unit: { kind: 'polda', name: 'Papua' },
      written: 'Kepala Bidang Hubungan Masyarakat (Kabidhumas) Polda Papua Kombes Sulistyo Pudjo',
    });
    expect(one('di jajaran Kapolres Halmahera Barat (Halbar), AKBP. Aditya Laksimada.')).toMatchObject({
      position: { code: 'kapolres' },
      unit: { kind: 'polres', name: 'Halmahera Barat' },
      written: 'Kapolres Halmahera Barat (Halbar), AKBP. Aditya Laksimada',
    });
  });

  it('reads the Divisi Humas of "Kadiv Humas Polri"', () => {
    expect(one('Kadiv Humas Polri Irjen Pol Sandi Nugroho')).toMatchObject({
      position: { code: 'kadiv-humas', text: 'Kadiv Humas' },
      unit: { kind: 'divisi' },
    });
  });
});

describe('parseOfficerMentions — names and titles (issue 10)', () => {
  it('keeps initials in names, with their dot', () => {
    expect(one('AKP AR. Tinambunan, S.E. hadir')).toMatchObject({ name: 'AR. Tinambunan', titles: ['S.E.'] });
    expect(one('BRIPKA Rico Surya Ardana D.')).toMatchObject({ name: 'Rico Surya Ardana D.', titles: [] });
    expect(one('AKBP Bambang C. Utomo SH. SIK. M.Si. hadir')).toMatchObject({
      name: 'Bambang C. Utomo',
      titles: ['S.H.', 'S.I.K.', 'M.Si.'],
    });
  });

  it('reads the titles news writes after officers', () => {
    expect(one('AKBP Budi, SS, MH hadir').titles).toEqual(['S.S.', 'M.H.']);
    expect(one('Ipda Budi, S.Tr.K., M.Hum.').titles).toEqual(['S.Tr.K.', 'M.Hum.']);
    expect(one('Iptu Ani M.Sc.').titles).toEqual(['M.Sc.']);
    expect(one('AKP Joko S.St.Mk.').titles).toEqual(['S.St.Mk.']);
    expect(one('Iptu Ali M.S.i.').titles).toEqual(['M.Si.']);
    expect(one('Kasat Lantas Polres Seruyan Iptu Prio Amboro S.T. mengatakan')).toMatchObject({
      name: 'Prio Amboro',
      titles: ['S.T.'],
    });
    expect(one('Kapolda Papua Barat Irjen Pol Johnny Eddizon Isir, S.I.K, M.T.C.P. melaksanakan').titles).toEqual([
      'S.I.K.',
      'M.T.C.P.',
    ]);
    // At the start of a name "St." is an abbreviated first name, not the title.
    expect(one('Aipda St. Aminah hadir').name).toBe('St. Aminah');
  });

  it('ends a name at a misspelt unit word', () => {
    expect(one('Iptu Suharno Pollres BS').name).toBe('Suharno');
    expect(one('Iptu Suharno Poolres BS').name).toBe('Suharno');
  });

  it('does not give an officer the post they stand in for ("mewakili")', () => {
    expect(one('Wadir Lantas hadir, mewakili Dir Narkoba IPDA Reynol Pongajow').position).toBeUndefined();
    expect(one('Kapolres diwakili Kasat Binmas AKP Budi').position).toEqual({
      code: 'kasat-binmas',
      text: 'Kasat Binmas',
    });
  });

  it('does not read a TNI officer as a police officer', () => {
    const text = 'Panglima TNI Jenderal TNI Agus Subiyanto bersama Kapolri Jenderal Polisi Listyo Sigit Prabowo';
    expect(parseOfficerMentions(text).map((m) => m.name)).toEqual(['Listyo Sigit Prabowo']);
    expect(parseOfficerMentions('Danrem 043/Gatam Brigjen TNI Ruby Rubiyanto')).toEqual([]);
  });

  it("steps over the rank's abbreviation in brackets, and never reads a position's place as a name", () => {
    const text =
      'Manokwari – Kepala Kepolisian Daerah (Kapolda) Papua Barat, Inspektur Jenderal Polisi (Irjen Pol) Johnny Eddizon Isir, S.I.K., M.T.C.P., mengadakan';
    expect(one(text)).toMatchObject({
      rank: 'IRJEN',
      name: 'Johnny Eddizon Isir',
      position: { code: 'kapolda', text: 'Kepala Kepolisian Daerah' },
      written:
        'Kepala Kepolisian Daerah (Kapolda) Papua Barat, Inspektur Jenderal Polisi (Irjen Pol) Johnny Eddizon Isir, S.I.K., M.T.C.P.',
    });
    expect(parseOfficerMentions('hadir Kapolda Papua Barat, Irjen Pol (foto)')).toEqual([]);
  });

  it('leaves the retirement mark out of the name', () => {
    expect(one('AKBP Purnawirawan Jamil').name).toBe('Jamil');
    expect(one('Irjen Pol (Purn) Budi Santoso').name).toBe('Budi Santoso');
  });
});

describe('parseOfficerMentions — safety', () => {
  const pieces = fc.constantFrom(
    'Kapolres',
    'Kapolsek',
    'AKBP',
    'Kombes',
    'Pol.',
    ',',
    '.',
    ' ',
    'S.I.K',
    'S.H.',
    'H.',
    'selaku',
    'melalui',
    'mantan',
    'Plt.',
    'Imam',
    'Banyuasin',
    'Polda',
    'Desa',
    'Bhabinkamtibmas',
    'I',
    '(',
    ')',
    '"',
    'Kasat',
    'Reskrim',
    'Kasatreskrim',
    'Ka',
    'SPKT',
    'III',
    'TNI',
    'mewakili',
    'AR.',
    'Pollres',
    'Inspektur Jenderal Polisi',
    'Jum\u0020\u0301at',
  );
  const arbitrary = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join(' ')),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join('')),
  );

  it('never throws; spans are in range, in order and do not overlap', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        let previous = 0;
        for (const mention of parseOfficerMentions(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previous);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          // The name, the position and the village are written inside the mention.
          const written = text.slice(mention.start, mention.end);
          expect(written).toContain(mention.name);
          if (mention.position !== undefined) expect(written).toContain(mention.position.text);
          if (mention.village !== undefined) expect(written).toContain(mention.village);
          previous = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseOfficerMentions — 400 kB adversarial inputs stay linear', () => {
  /** Shapes that make every word start a candidate the grammar, a name or a place then rejects. */
  const shapes: Record<string, (n: number) => string> = {
    'glued heads': (n) => 'Kasatreskrim Kasubsipenmas Kasium '.repeat(n / 34),
    'heads and functions': (n) => 'Kasat Ka Ba Kasi Propam Kanit Kasubdit III '.repeat(n / 43),
    'villages and unit words': (n) => 'Bhabinkamtibmas Desa Kelurahan Polsek Pollres Sat Reskrim '.repeat(n / 58),
    initials: (n) => `AKP ${'AR. '.repeat(n / 4)}`,
    'ranks and titles': (n) => 'Kasat Lantas AKP A. B., SS, MH, M.Sc. selaku Bhabinkamtibmas '.repeat(n / 62),
    asides: (n) => 'Kapolres (Halbar) (a (b) Polres (c) ((( ))) '.repeat(n / 43),
  };
  /** Best of three CPU-time measurements of one read, in ms. */
  const time = (text: string): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      const before = process.cpuUsage();
      parseOfficerMentions(text);
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  };

  it.each(Object.keys(shapes))(
    '%s: 10× the text takes about 10× the time',
    (name) => {
      const make = shapes[name]!;
      const small = make(40_000);
      const large = make(400_000);
      expect(large.length).toBeGreaterThan(390_000);
      // Warm up, then compare; a quadratic read would take ~100× (a generous bound for a busy machine).
      time(small);
      const ratio = time(large) / Math.max(time(small), 1);
      expect(ratio).toBeLessThan(30);
    },
    60_000,
  );

  it('reads every mention of a long repeated article, in order', () => {
    const unit =
      'Kasat Reskrim Polres Kampar AKP AR. Tinambunan, S.E. melalui Bhabinkamtibmas Desa Sukamaju Bripka Budi. ';
    const text = unit.repeat(Math.ceil(400_000 / unit.length));
    const mentions = parseOfficerMentions(text);
    expect(mentions).toHaveLength(2 * Math.ceil(400_000 / unit.length));
    expect(mentions[2]).toMatchObject({ name: 'AR. Tinambunan', position: { text: 'Kasat Reskrim' } });
    expect(mentions[3]).toMatchObject({ name: 'Budi', village: 'Desa Sukamaju' });
  }, 60_000);
});

describe("parseOfficerMentions — each mention's unit", () => {
  it('gives each mention its own unit: changing one changes no other, in this read or the next', () => {
    const text = 'Kapolres Lebong AKBP Agung Ramos, S.I.K. bersama Kapolres Lebong AKBP Budi Santoso';
    const [first, second] = parseOfficerMentions(text);
    expect(first?.unit?.displayName).toBe('Polres Lebong');
    first!.unit!.displayName = 'changed';
    if (first!.unit!.province !== undefined) first!.unit!.province.name = 'changed';
    expect(second?.unit?.displayName).toBe('Polres Lebong');
    const again = parseOfficerMentions(text)[0]!;
    expect(again.unit?.displayName).toBe('Polres Lebong');
    expect(again.unit?.province?.name).not.toBe('changed');
  });
});
