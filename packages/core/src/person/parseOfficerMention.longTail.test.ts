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

  it('reads "Brigadir Jendral (Pol)" as Brigjen and "Kepulauan Babel" as Polda Babel (babel.antaranews.com)', () => {
    expect(parseOfficerMention('Kapolda Kepulauan Babel Brigadir Jendral (Pol) Syaiful Zachri')).toMatchObject({
      rank: 'BRIGJEN',
      name: 'Syaiful Zachri',
      unit: { kind: 'polda', name: 'Kepulauan Babel' },
    });
    expect(parseOfficerMention('Wakapolda Kep. Babel Kombes Pol Budi')).toMatchObject({
      unit: { kind: 'polda', name: 'Kep. Babel' },
    });
  });

  it('reads S.P. (Sarjana Pertanian) and ends a title before a word in lower case (sumut24.co)', () => {
    expect(parseOfficerMention('Kasubbid Penmas AKBP Sonny Wilfrid Siregar, S.P., M.M.')).toMatchObject({
      titles: ['S.P.', 'M.M.'],
    });
    // "S.P di" is not S.Pd.I.: the title's parts are joined by dots, commas or a space before a capital.
    expect(parseOfficerMention('kata AKP Budi Santoso, S.P di Medan')).toMatchObject({ titles: ['S.P.'] });
    expect(parseOfficerMention('AKP Budi Santoso, S.Pd I')).toMatchObject({ titles: ['S.Pd.I.'] });
    expect(parseOfficerMention('AKP Budi Santoso, S IK')).toMatchObject({ titles: ['S.I.K.'] });
  });

  it('reads Polair glued to its head ("Dirpolair") and "Padang Sidempuan" as Padangsidimpuan', () => {
    expect(parseOfficerMention('Dirpolair Kombes Pol Imam Thobroni')).toMatchObject({
      rank: 'KOMBES',
      position: { text: 'Dirpolair' },
    });
    expect(parseOfficerMention('Kasat Polair Polres Bintan AKP Budi')).toMatchObject({
      position: { text: 'Kasat Polair' },
      unit: { kind: 'polres', name: 'Bintan' },
    });
    expect(parseOfficerMention('Kapolres Padang Sidempuan, AKBP Dudung Setyawan')).toMatchObject({
      unit: { kind: 'polres', name: 'Padang Sidempuan' },
    });
  });

  it('opens a mention with the rank typos news repeats (AKPB, Bribka, Brigen) but not with names', () => {
    expect(parseOfficerMention('Kapolres Serang Kota AKPB Komarudin')).toMatchObject({
      rank: 'AKBP',
      name: 'Komarudin',
    });
    expect(parseOfficerMention('Bhabinkamtibmas Tana Merah Bribka Riko')).toMatchObject({
      rank: 'BRIPKA',
      name: 'Riko',
    });
    expect(parseOfficerMention('Kapolda Papua Barat, Brigen Pol Rudolf Albert Rodja')).toMatchObject({
      rank: 'BRIGJEN',
      position: { code: 'kapolda' },
    });
    expect(parseOfficerMentions('Baraka Obama bertemu Irda Sari')).toEqual([]);
  });

  it('gives a built title the code of its head with any spelling of its function', () => {
    expect(parseOfficerMention('Kabag Operasi Kompol Hartono')?.position).toEqual({
      code: 'kabag-ops',
      text: 'Kabag Operasi',
    });
    expect(parseOfficerMention('Kabag Operasional Polres Rembang, Kompol Kelik')?.position).toEqual({
      code: 'kabag-ops',
      text: 'Kabag Operasional',
    });
    expect(parseOfficerMention('Kepala Sub Bagian Humas, Iptu Defrizal')?.position?.code).toBe('kasubbag-humas');
    // Sabhara is not Samapta's synonym: the old name keeps no code.
    expect(parseOfficerMention('Kasat Sabhara Polres Gowa AKP Alhabsyi')?.position).toEqual({ text: 'Kasat Sabhara' });
    expect(parseOfficerMention('Kasat Reserse Narkoba AKP Maulangi')?.position?.text).toBe('Kasat Reserse Narkoba');
    expect(parseOfficerMention('Direktur Reserse Kriminal Umum Polda Kalbar Kombes Pol Veris')?.position?.text).toBe(
      'Direktur Reserse Kriminal Umum',
    );
  });

  it('reads Dir glued to a Res- function with one r ("Direskrimum", "Diresnarkoba")', () => {
    expect(parseOfficerMention('Direskrimum Polda Jambi Kombes Pol Andri')).toMatchObject({
      position: { text: 'Direskrimum' },
      unit: { kind: 'polda', name: 'Jambi' },
    });
    expect(parseOfficerMention('Diresnarkoba Kombes Pol Roh Hadi S.IK MH')).toMatchObject({
      name: 'Roh Hadi',
      position: { text: 'Diresnarkoba' },
    });
  });

  it('reads the post after "menjabat (sebagai)", a former one after "sebelumnya", and typos of Kapolda', () => {
    expect(parseOfficerMention('Kompol Nazarudin, sebelumnya menjabat sebagai Wakapolres Donggala')).toMatchObject({
      position: { code: 'wakapolres' },
      unit: { kind: 'polres', name: 'Donggala' },
      former: true,
    });
    expect(parseOfficerMention('AKBP Albertus Neno ditunjuk menjabat PS Kapolres Malaka')).toMatchObject({
      position: { code: 'kapolres' },
      acting: 'ps',
      former: false,
    });
    expect(parseOfficerMention('AKBP Budi sebelumnya bertugas di Bone')?.position).toBeUndefined();
    expect(parseOfficerMention('Kapoda NTB, Brigjen Pol Drs.M.Iriawan')).toMatchObject({
      position: { code: 'kapolda', text: 'Kapoda' },
      unit: { kind: 'polda', name: 'NTB' },
    });
    expect(parseOfficerMention('Wakaolda Sumsel Brigjen Rudi Setiawan')?.position?.code).toBe('wakapolda');
  });

  it('reads M.A. and Ph.D., and a post followed by a colon', () => {
    expect(parseOfficerMention('Kapolda NTT Irjen Pol Daniel Tahi Monang Silitonga, S.H., M.A.')?.titles).toEqual([
      'S.H.',
      'M.A.',
    ]);
    expect(parseOfficerMention('Kapolri, Jend. Pol. Prof. Tito Karnavian, PhD')?.titles).toEqual(['Prof.', 'Ph.D.']);
    expect(parseOfficerMention('Kapolresta Kupang Kota: Kombes Aldinan Manurung')).toMatchObject({
      position: { code: 'kapolresta' },
      unit: { kind: 'polresta', name: 'Kupang Kota' },
    });
  });

  it('keeps the unit written right before an officer with no post, not a headquarters', () => {
    const [mention] = parseOfficerMentions('Anggota Polsek Kelumpang Hulu Aipda Akhmad Sumantri,SH');
    expect(mention).toMatchObject({ unit: { kind: 'polsek', name: 'Kelumpang Hulu' }, start: 8 });
    expect(mention?.position).toBeUndefined();
    expect(parseOfficerMention('Polres Kapuas Polda Kalteng, AKBP Gede Pasek')?.unit).toMatchObject({
      kind: 'polres',
      name: 'Kapuas',
    });
    expect(parseOfficerMention('Kegiatan di Mapolres Bone AKBP Budi memimpin')?.unit).toBeUndefined();
    expect(parseOfficerMention('petugas Polres Bone dan Kodim. Bripka Andi hadir')?.unit).toBeUndefined();
  });

  it('reads a numbered sub-unit head before its unit, bureaus written out, and "alias" in a name', () => {
    expect(parseOfficerMention('Kanit I Sat Intelkam Polres Kuansing IPDA Dinda Elsa')).toMatchObject({
      position: { text: 'Kanit I' },
      unit: { kind: 'satuan' },
    });
    expect(parseOfficerMention('Kanit 2 Satreskrim Polres Bone Ipda Andi')?.position?.text).toBe('Kanit 2');
    expect(
      parseOfficerMention('Kepala Biro Sumber Daya Manusia (Karo SDM) Polda Sulteng, Kombes Pol. Anton Sudjarwo'),
    ).toMatchObject({
      position: { text: 'Kepala Biro Sumber Daya Manusia' },
      unit: { kind: 'polda', name: 'Sulteng' },
    });
    expect(parseOfficerMention('Kepala Biro Pembinaan Karir, Brigjen Polisi Eko Indra Heri')?.position?.text).toBe(
      'Kepala Biro Pembinaan Karir',
    );
    expect(parseOfficerMention('Bripka K alias Karol')?.name).toBe('K alias Karol');
  });

  it('reads the abbreviation in brackets inside a title, a post in brackets after the name, and S.Ag.', () => {
    expect(parseOfficerMention('Kepala Bagian (Kabag) Operasi Polres Bone, Kompol Syahril')?.position).toEqual({
      code: 'kabag-ops',
      text: 'Kepala Bagian (Kabag) Operasi',
    });
    expect(parseOfficerMention('AKBP Dodik Totok Subiantoro, S.IK (Wadir Polairud Polda Sultra) hadir')).toMatchObject({
      titles: ['S.I.K.'],
      position: { text: 'Wadir Polairud' },
      unit: { kind: 'polda', name: 'Sultra' },
    });
    // A bracket that holds no post ("(kanan)", a photo caption's side) gives none.
    expect(parseOfficerMentions('AKBP Budi (kanan) dan Kapolres Bone AKBP Andi')[0]?.position).toBeUndefined();
    expect(parseOfficerMention('AKBP Kamdani S.Ag')).toMatchObject({ name: 'Kamdani', titles: ['S.Ag.'] });
    expect(parseOfficerMention('Kepala Polisi Resor Bangka Tengah, AKBP M Zainul')).toMatchObject({
      position: { code: 'kapolres', text: 'Kepala Polisi Resor' },
      unit: { kind: 'polres', name: 'Bangka Tengah' },
    });
  });

  it('ends a Kasubdit title at the head: the sub-directorate after it belongs to the unit', () => {
    expect(parseOfficerMention('Kasubdit Kamsel Ditlantas Polda Riau, Kompol Refina')?.position).toEqual({
      code: 'kasubdit',
      text: 'Kasubdit',
    });
  });

  it('reads Mabes heads (Kaba, Dankorp), "Resort" for Resor, a rank abbreviation in brackets before Pol, a post after a dash', () => {
    expect(parseOfficerMention('Kaba Intelkam Polri Komjen Pol Lutfi Lubihanto')?.position?.text).toBe('Kaba Intelkam');
    expect(parseOfficerMention('mantan Kabareskrim Komjen Purn Anang Iskandar')).toMatchObject({
      name: 'Anang Iskandar',
      position: { text: 'Kabareskrim' },
      former: true,
    });
    expect(parseOfficerMention('Dankorp Brimob, Irjen Murad Ismail')?.position?.text).toBe('Dankorp Brimob');
    expect(parseOfficerMention('Kepala Kepolisian Resort Kota (Kapolresta) Kendari AKBP Anjar')).toMatchObject({
      position: { code: 'kapolresta' },
      unit: { kind: 'polresta', name: 'Kendari' },
    });
    expect(
      parseOfficerMention('Kepala Biro Operasional Polda Jambi, Komisaris Besar (Kombes) Pol Yudo Nugroho'),
    ).toMatchObject({ rank: 'KOMBES', name: 'Yudo Nugroho' });
    expect(parseOfficerMention('Kompol Sarce Christiati - Kapolsek Sukajadi')).toMatchObject({
      position: { code: 'kapolsek' },
      unit: { kind: 'polsek', name: 'Sukajadi' },
    });
    // A dateline's dash before the rank is no post.
    expect(parseOfficerMention('PALU - AKBP Budi memimpin')?.position).toBeUndefined();
  });

  it('reads S.Th. and M.Tr.Opsla., and "P. Buru" (Pulau Buru) as the unit', () => {
    expect(parseOfficerMention('Kasat Binmas IPTU W. Carlos, S.Th.')?.titles).toEqual(['S.Th.']);
    expect(parseOfficerMention('Kapolres Badung AKBP M. Arif Batubara, SH, SIK, MH, M.Tr. Opsla.')?.titles).toEqual([
      'S.H.',
      'S.I.K.',
      'M.H.',
      'M.Tr.Opsla.',
    ]);
    expect(parseOfficerMention('Kabag Ops Polres P. Buru AKP Uspril Fetwembun, S.Sos, M.H')?.unit).toMatchObject({
      kind: 'polres',
      name: 'P. Buru',
      province: { name: 'Maluku' },
    });
  });
});
