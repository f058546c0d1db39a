// The long tail of how news writes officers (issue 10): Polda staff posts, "(Pol)" after the rank,
// misspelt heads, Kapolri spelt out. Each sentence is written after a real article (URL beside it).
import { describe, expect, it } from 'vitest';
import { parseOfficerMention } from './parseOfficerMention';
import { parseOfficerMentions } from './parseOfficerMentions';

describe('parseOfficerMention — Polda staff posts as head × function', () => {
  it('reads a bureau written spaced or spelt out (banten.pers.web.id: "Kepala Biro SDM Polda Metro Jaya")', () => {
    expect(parseOfficerMention('Kepala Biro SDM Polda Metro Jaya Kombes Pol Budi')).toMatchObject({
      rank: 'KOMBES',
      name: 'Budi',
      position: { text: 'Kepala Biro SDM' },
      unit: { kind: 'polda', name: 'Metro Jaya' },
    });
  });

  it('reads Karo Penmas written out (detik.com: "Kepala Biro Penerangan Masyarakat, Brigjen Pol Ketut Untung Yoga")', () => {
    expect(
      parseOfficerMention('ujar Kepala Biro Penerangan Masyarakat, Brigjen Pol Ketut Untung Yoga, di Mabes Polri'),
    ).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Ketut Untung Yoga',
      position: { text: 'Kepala Biro Penerangan Masyarakat' },
    });
  });

  it('reads the head of the Polda police school, spaced or spelt out (koranpapua.id, banten.pers.web.id)', () => {
    expect(parseOfficerMention('Ka SPN Polda Banten Kombes Pol Budi hadir')).toMatchObject({
      position: { text: 'Ka SPN' },
      unit: { kind: 'polda', name: 'Banten' },
    });
    expect(
      parseOfficerMention(
        'ditegaskan Kombes Pol. Andreas Tampubolon, S.I.K., M.K.P, Kepala Sekolah Polisi Negara (SPN) Polda Papua, ketika',
      ),
    ).toMatchObject({
      name: 'Andreas Tampubolon',
      titles: ['S.I.K.', 'M.K.P.'],
      position: { text: 'Kepala Sekolah Polisi Negara' },
    });
  });

  it('reads a three-letter function glued to a head of four letters or more ("Karoops", "Kabidkum")', () => {
    expect(parseOfficerMention('Karoops Polda Papua Barat Kombes Pol Erick')).toMatchObject({
      position: { text: 'Karoops' },
      unit: { kind: 'polda', name: 'Papua Barat' },
    });
    expect(parseOfficerMention('Kabidkum Polda NTT Kombes Pol. Halasan')).toMatchObject({
      position: { text: 'Kabidkum' },
      unit: { kind: 'polda', name: 'NTT' },
    });
    // A two-letter head takes no three-letter function: "Batik" is no "Ba" + "TIK".
    expect(parseOfficerMention('kain Batik AKBP Imam')?.position).toBeUndefined();
  });

  it('reads the directorate glued to Dir ("Dirkrimsus") without a code', () => {
    const found = parseOfficerMention('Dirkrimsus Polda Riau Kombes Pol Budi');
    expect(found?.position).toEqual({ text: 'Dirkrimsus' });
    expect(found?.unit).toMatchObject({ kind: 'polda', name: 'Riau' });
  });

  it('reads Irwasda as a post (papua.us: "Irbit Ops Irwasda Polda Papua")', () => {
    expect(parseOfficerMention('Irwasda Polda Papua Barat Kombes Pol Budi')).toMatchObject({
      position: { text: 'Irwasda' },
      unit: { kind: 'polda', name: 'Papua Barat' },
    });
  });

  it('reads the Polda an Irwasda serves from the place alone ("Irwasda Maluku")', () => {
    expect(parseOfficerMention('Irwasda Maluku Kombes Pol I Made Sunarta')).toMatchObject({
      name: 'I Made Sunarta',
      position: { text: 'Irwasda' },
      unit: { kind: 'polda', name: 'Maluku' },
    });
  });

  it('reads Karendal Ops (suryaindonesia.net on Polres Bangli, 2024)', () => {
    expect(parseOfficerMention('Karendal Ops Polres Bangli Kompol Dewa Gede Oka menegaskan')).toMatchObject({
      rank: 'KOMPOL',
      name: 'Dewa Gede Oka',
      position: { text: 'Karendal Ops' },
      unit: { kind: 'polres', name: 'Bangli' },
    });
  });

  it('reads a bureau whose name holds "dan" (suara.com on Polda Kaltara), but a connector still ends the look-back', () => {
    expect(
      parseOfficerMention('Kepala Biro Perencanaan dan Anggaran Komisaris Besar R Lucky Sulaksana')?.position,
    ).toEqual({ text: 'Kepala Biro Perencanaan dan Anggaran' });
    expect(parseOfficerMention('Kapolres Lebong dan AKBP Budi')?.position).toBeUndefined();
  });

  it('reads the sub-unit number between head and function ("Kanit 3 Sosial Budaya", "Kanit II Reskrim")', () => {
    expect(
      parseOfficerMention('Ps. Kanit 3 Sosial Budaya Sat Intelkam Polres Maybrat, Bripka Alfref Namora'),
    ).toMatchObject({
      rank: 'BRIPKA',
      name: 'Alfref Namora',
      acting: 'ps',
      position: { text: 'Kanit 3 Sosial Budaya' },
      unit: { kind: 'satuan', name: 'Sat Intelkam' },
    });
    expect(parseOfficerMention('Kanit II Reskrim Polsek Kota AKP Budi')?.position).toEqual({
      text: 'Kanit II Reskrim',
    });
    // After a post, the number still belongs to the title: "Ka SPKT III".
    expect(parseOfficerMention('Ka SPKT III Polsek Kediri Aipda Budi')?.position).toEqual({ text: 'Ka SPKT III' });
  });

  it('still needs a known function after Karo, which is also a regency and a people', () => {
    expect(parseOfficerMention('warga Karo AKBP Budi')?.position).toBeUndefined();
  });
});

describe('parseOfficerMention — the rank with "(Pol)"', () => {
  it('skips the bracketed force word after the rank (2enam.com on Kapolda Sulbar)', () => {
    expect(parseOfficerMention('Kapolda Sulbar Brigjen (Pol) Baharudin Djafar angkat bicara')).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Baharudin Djafar',
      position: { code: 'kapolda', text: 'Kapolda' },
      unit: { kind: 'polda', name: 'Sulbar' },
    });
  });

  it('after a spelt-out rank and a spelt-out post', () => {
    expect(
      parseOfficerMention('Kepala Kepolisian Daerah Kalimantan Barat, Brigadir Jenderal (Pol) Tugas Dwi Apriyanto'),
    ).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Tugas Dwi Apriyanto',
      position: { code: 'kapolda', text: 'Kepala Kepolisian Daerah' },
      unit: { kind: 'polda', name: 'Kalimantan Barat' },
    });
  });
});

describe('parseOfficerMention — the longest title before the officer', () => {
  it('prefers "Wakil Kepala Kepolisian Daerah" to the "Kepala Kepolisian Daerah" inside it (papua.us, 2015)', () => {
    expect(
      parseOfficerMention('Wakil Kepala Kepolisian Daerah Papua Brigjen Pol Rudolf Albert Rodja menampik'),
    ).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Rudolf Albert Rodja',
      position: { code: 'wakapolda', text: 'Wakil Kepala Kepolisian Daerah' },
      unit: { kind: 'polda', name: 'Papua' },
    });
  });

  it('reads KBO with its directorate (investigasibhayangkara.com on Polda Banten)', () => {
    expect(parseOfficerMention('dan KBO Ditreskrimum AKBP Nuril Huda. Dalam')).toMatchObject({
      name: 'Nuril Huda',
      position: { text: 'KBO' },
      unit: { kind: 'direktorat', name: 'Ditreskrimum' },
    });
  });
});

describe('parseOfficerMention — "Kepala Kepolisian" before a written unit', () => {
  it('takes its code from the unit word (newsrelease.id: "Kepala Kepolisian Polres Lotara Polda NTB AKBP …")', () => {
    expect(
      parseOfficerMention('Kepala Kepolisian Polres Lotara Polda NTB AKBP Feri Jaya Satriansyah, S.H. melalui'),
    ).toMatchObject({
      name: 'Feri Jaya Satriansyah',
      position: { code: 'kapolres', text: 'Kepala Kepolisian' },
      unit: { kind: 'polres', name: 'Lotara' },
    });
    expect(parseOfficerMention('Wakil Kepala Kepolisian Polres Manokwari Kompol Budi')).toMatchObject({
      position: { code: 'wakapolres', text: 'Wakil Kepala Kepolisian' },
      unit: { kind: 'polres', name: 'Manokwari' },
    });
    // The listed long forms still win: "Kepala Kepolisian Daerah" is the Kapolda.
    expect(parseOfficerMention('Kepala Kepolisian Daerah Papua Irjen Pol Budi')?.position).toEqual({
      code: 'kapolda',
      text: 'Kepala Kepolisian Daerah',
    });
  });
});

describe('parseOfficerMentions — a post introduced by "sebagai" after the name', () => {
  it('belongs to the officer before it, though a rank follows (gatra.com on five new Polres of NTT)', () => {
    const found = parseOfficerMentions(
      'AKBP Nugroho Arie Suswanto SH sebagai PS Kapolres Manggarai Timur, AKBP Agustinus Hendrik Fai SH sebagai PS Kapolres Nagekeo',
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      name: 'Nugroho Arie Suswanto',
      acting: 'ps',
      position: { code: 'kapolres' },
      unit: { kind: 'polres', name: 'Manggarai Timur' },
    });
    expect(found[1]).toMatchObject({
      name: 'Agustinus Hendrik Fai',
      acting: 'ps',
      position: { code: 'kapolres' },
      unit: { kind: 'polres', name: 'Nagekeo' },
    });
  });
});

describe('parseOfficerMention — heads written otherwise', () => {
  it('reads misspelt heads that are one letter from one post', () => {
    expect(parseOfficerMention('Kaporles Sintang, AKBP Sudarmin')).toMatchObject({
      position: { code: 'kapolres', text: 'Kaporles' },
      unit: { kind: 'polres', name: 'Sintang' },
    });
    expect(parseOfficerMention('Kappolresta Magelang, Kombes (Pol) Mustofa')).toMatchObject({
      name: 'Mustofa',
      position: { code: 'kapolresta', text: 'Kappolresta' },
      unit: { kind: 'polresta', name: 'Magelang' },
    });
  });

  it('reads Kapolri spelt out (merdeka.com: "Kepala Kepolisian RI (Kapolri) Jenderal Listyo Sigit Prabowo")', () => {
    expect(parseOfficerMention('Kepala Kepolisian RI (Kapolri) Jenderal Listyo Sigit Prabowo menunjuk')).toMatchObject({
      rank: 'JENDERAL',
      name: 'Listyo Sigit Prabowo',
      position: { code: 'kapolri', text: 'Kepala Kepolisian RI' },
    });
  });
});

describe('parseOfficerMention — names with initials and spellings of the rank', () => {
  it('goes on over a stray dot before initials, and keeps a capitalised "Binti" as a name', () => {
    expect(parseOfficerMention('Kapolres Kupang Kota AKBP Satrya Perdana. P. T. Binti, S.I.K.')).toMatchObject({
      name: 'Satrya Perdana. P. T. Binti',
      titles: ['S.I.K.'],
    });
    expect(parseOfficerMention('AKBP Satrya Perdana P.T. Binti, SIK.')).toMatchObject({
      name: 'Satrya Perdana P.T. Binti',
      titles: ['S.I.K.'],
    });
    // A lower-case particle still ends no name, and a sentence still ends one.
    expect(parseOfficerMention('AKBP Ahmad bin Said')).toMatchObject({ name: 'Ahmad bin Said' });
    expect(parseOfficerMention('ujar AKBP Ferly. Kegiatan ini')).toMatchObject({ name: 'Ferly' });
  });

  it('reads "Irjend" as Irjen, as "Brigjend" is Brigjen (bolmong.news on Kapolda Sulut)', () => {
    expect(
      parseOfficerMention('Kapolda Sulawesi Utara (Sulut) Irjend Pol Drs Nana Sudjana menyampaikan'),
    ).toMatchObject({
      rank: 'IRJEN',
      name: 'Nana Sudjana',
      titles: ['Drs.'],
      position: { code: 'kapolda' },
      unit: { kind: 'polda', name: 'Sulawesi Utara' },
    });
  });

  it('reads "Jendral" as Jenderal (radarlombok.co.id: "Kapolri, Jendral Pol Tito Karnavian")', () => {
    expect(parseOfficerMention('ditujukan kepada Kapolri, Jendral Pol Tito Karnavian. Namun')).toMatchObject({
      rank: 'JENDERAL',
      name: 'Tito Karnavian',
      position: { code: 'kapolri' },
    });
    expect(parseOfficerMention('di Jalan Jendral Sudirman')).toBeUndefined();
  });
});
