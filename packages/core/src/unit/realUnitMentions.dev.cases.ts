// Unit mentions copied character for character from real Indonesian news articles (source URL on
// each case), with the reading worked out by hand (province codes: data/generated/regions.ts).
// The DEV set: parser work may be tuned on it. The HOLDOUT set (other articles) measures.
// Third-party text: test data only, not imported by index.ts and not shipped. Scored by
// scripts/score/mentions.ts.
import type { UnitKind } from '../data/unitKinds';

/** The expected reading of a real unit mention. */
export interface ExpectedUnitMention {
  kind: UnitKind;
  /** The place or function part as written. */
  name: string;
  /** Canonical name, when the case checks it. */
  displayName?: string;
  /** Kemendagri province code; `null` when the text cannot settle it, even with the district table. */
  province: string | null;
  parentKind?: UnitKind;
  parentName?: string;
  headquarters: boolean;
}

/** One unit mention copied from a news article, with its expected reading. */
export interface RealUnitMentionCase {
  /** The mention exactly as the article writes it. */
  text: string;
  /** The article it was copied from. */
  url: string;
  expected: ExpectedUnitMention;
  /** Why a reading was chosen, when the text needed a choice. */
  note?: string;
}

export const REAL_UNIT_MENTIONS_DEV: readonly RealUnitMentionCase[] = [
  {
    text: 'Polsek Lamongan Kota',
    url: 'https://antarwaktu.com/2024/09/patroli-dialogis-jelang-pilkada-2024-polsek-kalitengah-sambangi-bawaslu-dan-ppk-kecamatan-kalitengah/',
    expected: { kind: 'polsek', name: 'Lamongan Kota', province: '35', headquarters: false },
    note: 'Lamongan is a kecamatan (and regency) of Jawa Timur; "Kota" marks the town Polsek.',
  },
  {
    text: 'Polsek Kalitengah',
    url: 'https://antarwaktu.com/2024/09/patroli-dialogis-jelang-pilkada-2024-polsek-kalitengah-sambangi-bawaslu-dan-ppk-kecamatan-kalitengah/',
    expected: { kind: 'polsek', name: 'Kalitengah', province: '35', headquarters: false },
  },
  {
    text: 'Polsek Sepaku',
    url: 'https://polresppu.com/?p=34867',
    expected: { kind: 'polsek', name: 'Sepaku', province: '64', headquarters: false },
  },
  {
    text: 'Polres Sabang',
    url: 'https://tribratanewssabang.com/2024/05/22/gencar-laksanakan-patroli-dialogis-polres-sabang-jaga-keamanan-pilkada-2024/',
    expected: { kind: 'polres', name: 'Sabang', displayName: 'Polres Sabang', province: '11', headquarters: false },
  },
  {
    text: 'Polres Pelabuhan Makassar',
    url: 'https://rakyatsulsel.fajar.co.id/2023/12/03/wujudkan-kamtibmas-kondusif-jelang-pemilu-2024-kapolsek-wajo-patroli-dialogis-di-kantor-ppk',
    expected: {
      kind: 'polres',
      name: 'Pelabuhan Makassar',
      displayName: 'Polres Pelabuhan Makassar',
      province: '73',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Wajo',
    url: 'https://rakyatsulsel.fajar.co.id/2023/12/03/wujudkan-kamtibmas-kondusif-jelang-pemilu-2024-kapolsek-wajo-patroli-dialogis-di-kantor-ppk',
    expected: { kind: 'polsek', name: 'Wajo', province: '73', headquarters: false },
  },
  {
    text: 'Polsek Waru',
    url: 'https://polresppu.com/polsek-waru-terus-berupaya-ciptakan-pemilu-damai-melalui-patroli-dialogis-kapolsek-waru-akp-edi-hariyanto-sh-memimpin-langsung/',
    expected: { kind: 'polsek', name: 'Waru', province: null, headquarters: false },
    note: 'Waru is a kecamatan in Sidoarjo, Pamekasan and Penajam Paser Utara.',
  },
  {
    text: 'Polda Aceh',
    url: 'https://acehherald.com/jelang-pilkada-serentak-polda-aceh-gunakan-cooling-system',
    expected: { kind: 'polda', name: 'Aceh', displayName: 'Polda Aceh', province: '11', headquarters: false },
  },
  {
    text: 'Polsek Panteraja',
    url: 'https://tribratanews.respidiejaya.aceh.polri.go.id/2024/09/30/polsek-panteraja-dan-nelayan-pidie-jaya-perkuat-stabilitas-jelang-pilkada-2024-melalui-cooling-system',
    expected: { kind: 'polsek', name: 'Panteraja', province: '11', headquarters: false },
  },
  {
    text: 'Polres Pidie',
    url: 'https://aceh.antaranews.com/berita/351468/polres-pidie-lakukan-cooling-sistem-untuk-ciptakan-pemilu-damai',
    expected: { kind: 'polres', name: 'Pidie', displayName: 'Polres Pidie', province: '11', headquarters: false },
  },
  {
    text: 'Polda Sumut',
    url: 'https://beritasore.co.id/medan/cooling-system-poldasu-dinilai-positif-menjaga-kamtibmas-pilkada',
    expected: { kind: 'polda', name: 'Sumut', displayName: 'Polda Sumut', province: '12', headquarters: false },
  },
  {
    text: 'Polresta Deli Serdang',
    url: 'https://bisanews.id/polresta-deli-serdang-gelar-patroli-dan-himbau-kamtibmas-di-kantor-kpu-dan-bawaslu-pasca-pemilu-2024',
    expected: {
      kind: 'polresta',
      name: 'Deli Serdang',
      displayName: 'Polresta Deli Serdang',
      province: '12',
      headquarters: false,
    },
  },
  {
    text: 'Polres Tanah Karo',
    url: 'https://detikpublik.com/?p=5468',
    expected: { kind: 'polres', name: 'Tanah Karo', province: '12', headquarters: false },
    note: 'Polres Tanah Karo covers Kabupaten Karo.',
  },
  {
    text: 'Polsek Tigabinanga',
    url: 'https://detikpublik.com/?p=5468',
    expected: { kind: 'polsek', name: 'Tigabinanga', province: '12', headquarters: false },
  },
  {
    text: 'Polsek Padang Bolak',
    url: 'https://tribratanews.restapsel.sumut.polri.go.id/menjelang-pilkada-2024-bhabinkamtibmas-ajak-warga-simangambat-jaga-keamanan-dan-ketertiban/?amp=1',
    expected: { kind: 'polsek', name: 'Padang Bolak', province: '12', headquarters: false },
  },
  {
    text: 'Polsek Pangkalan Susu',
    url: 'https://blinkiss.id/?p=13090',
    expected: { kind: 'polsek', name: 'Pangkalan Susu', province: '12', headquarters: false },
  },
  {
    text: 'Sat Samapta Polres Langkat Polda Sumut',
    url: 'https://sumut.tribratanews.com/cipta-kondisi-polisi-giat-patroli-dialogis-ke-kpu-dan-bawaslu-kabupaten-langkat-jelang-pemilu-2024',
    expected: {
      kind: 'satuan',
      name: 'Sat Samapta',
      province: '12',
      parentKind: 'polres',
      parentName: 'Langkat',
      headquarters: false,
    },
  },
  {
    text: 'Polres Serdang Bedagai',
    url: 'https://www.buser24.com/pojok-pemilu-polres-serdang-bedagai-oleh-polsek-firdaus-giatkan-penggalangan-dan-koordinasi-serta-silaturahmi',
    expected: {
      kind: 'polres',
      name: 'Serdang Bedagai',
      displayName: 'Polres Serdang Bedagai',
      province: '12',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Firdaus',
    url: 'https://www.buser24.com/pojok-pemilu-polres-serdang-bedagai-oleh-polsek-firdaus-giatkan-penggalangan-dan-koordinasi-serta-silaturahmi',
    expected: { kind: 'polsek', name: 'Firdaus', province: null, headquarters: false },
    note: 'Firdaus is a village (Sei Rampah), not a kecamatan: no district settles it.',
  },
  {
    text: 'Polsek Sidikalang Kota',
    url: 'https://intelpostnews.com/kapolsek-sidikalang-kota-melaksanakan-kegiatan-pojok-pemilu-bersama-forkopimca-berampu',
    expected: { kind: 'polsek', name: 'Sidikalang Kota', province: '12', headquarters: false },
    note: 'Sidikalang is a kecamatan of Dairi (12.11).',
  },
  {
    text: 'Mapolres Padang Pariaman',
    url: 'https://respadangpariaman.sumbar.polri.go.id/2024/08/26/sebanyak-218-personel-polres-padang-pariaman-dilepas-untuk-sukseskan-pilkada-2024',
    expected: {
      kind: 'polres',
      name: 'Padang Pariaman',
      displayName: 'Polres Padang Pariaman',
      province: '13',
      headquarters: true,
    },
  },
  {
    text: 'Polres Padang Pariaman',
    url: 'https://respadangpariaman.sumbar.polri.go.id/2024/08/26/sebanyak-218-personel-polres-padang-pariaman-dilepas-untuk-sukseskan-pilkada-2024',
    expected: {
      kind: 'polres',
      name: 'Padang Pariaman',
      displayName: 'Polres Padang Pariaman',
      province: '13',
      headquarters: false,
    },
  },
  {
    text: 'Samapta Polres Solok',
    url: 'https://solok.kampai.id/wujudkan-situasi-aman-dan-damai-hadapi-pemilu-serentak-2024-sat-samapta',
    expected: {
      kind: 'satuan',
      name: 'Samapta',
      province: '13',
      parentKind: 'polres',
      parentName: 'Solok',
      headquarters: false,
    },
    note: '"Samapta" alone names the Sat Samapta of Polres Solok.',
  },
  {
    text: 'Mapolsek XIII Koto Kampar',
    url: 'https://www.riauzone.id/2024/02/14/jangan-golput-kapolsek-xiii-koto-kampar-satu-suara-menentukan-arah-bangsa/',
    expected: { kind: 'polsek', name: 'XIII Koto Kampar', province: '14', headquarters: true },
  },
  {
    text: 'Polres Padangsidimpuan',
    url: 'https://sumut.antaranews.com/berita/542883/polres-padangsidimpuan-siap-amankan-pilkades-serentak?page=all',
    expected: {
      kind: 'polres',
      name: 'Padangsidimpuan',
      displayName: 'Polres Padangsidimpuan',
      province: '12',
      headquarters: false,
    },
  },
  {
    text: 'Mapolda Sumbar',
    url: 'https://dirgantaraonline.co.id/2024/01/polda-sumbar-dan-polres-jajaran.html',
    expected: { kind: 'polda', name: 'Sumbar', displayName: 'Polda Sumbar', province: '13', headquarters: true },
  },
  {
    text: 'Polres Limapuluh Kota',
    url: 'https://www.posmetropadang.co.id/baca/258679/antisipasi-potensi-kerawanan-polres-payakumbuh-deklarasikan-pemilu-damai-2024/2',
    expected: { kind: 'polres', name: 'Limapuluh Kota', province: '13', headquarters: false },
    note: 'Kabupaten Lima Puluh Kota, written as one word.',
  },
  {
    text: 'Polda Sumbar',
    url: 'https://kaba12.co.id/polda-sumbar-ajak-masyarakat-ciptakan-pemilu-2024-aman-dan-damai/',
    expected: { kind: 'polda', name: 'Sumbar', displayName: 'Polda Sumbar', province: '13', headquarters: false },
  },
  {
    text: 'Kepolisian Resor Kampar',
    url: 'https://riau.antaranews.com/berita/85910/pilkada-kampar-dijaga-ketat-ratusan-personel-kepolisian',
    expected: { kind: 'polres', name: 'Kampar', displayName: 'Polres Kampar', province: '14', headquarters: false },
  },
  {
    text: 'Polres Rokan Hulu',
    url: 'https://riau.antaranews.com/berita/85910/pilkada-kampar-dijaga-ketat-ratusan-personel-kepolisian',
    expected: {
      kind: 'polres',
      name: 'Rokan Hulu',
      displayName: 'Polres Rokan Hulu',
      province: '14',
      headquarters: false,
    },
  },
  {
    text: 'Dit Intelkam Polda Riau',
    url: 'https://rajariau.com/news/cetak/761/dit-intelkam-polda-riau-giat-coolling-system-di-siak-hulu',
    expected: {
      kind: 'direktorat',
      name: 'Dit Intelkam',
      province: '14',
      parentKind: 'polda',
      parentName: 'Riau',
      headquarters: false,
    },
  },
  {
    text: 'Direktorat Intelkam Polda Riau',
    url: 'https://rajariau.com/news/cetak/761/dit-intelkam-polda-riau-giat-coolling-system-di-siak-hulu',
    expected: {
      kind: 'direktorat',
      name: 'Direktorat Intelkam',
      province: '14',
      parentKind: 'polda',
      parentName: 'Riau',
      headquarters: false,
    },
  },
  {
    text: 'Polda Riau',
    url: 'https://kominfosandi.kamparkab.go.id/amp/category/ketegori/pembangunan/page/227',
    expected: { kind: 'polda', name: 'Riau', displayName: 'Polda Riau', province: '14', headquarters: false },
  },
  {
    text: 'Propam Polres Kampar',
    url: 'https://cakrawalaindonesia.id/mendekati-pilkada-serentak-2024-kasi-propam-polres-kampar-gencarkan-giat-cooling-system-dan-ingatkan-anggota-terkait-netralitas',
    expected: {
      kind: 'seksi',
      name: 'Propam',
      province: '14',
      parentKind: 'polres',
      parentName: 'Kampar',
      headquarters: false,
    },
    note: 'The Si Propam (Seksi Profesi dan Pengamanan) of Polres Kampar.',
  },
  {
    text: 'Satbrimob Polda Riau',
    url: 'http://riauonline.co.id/2024/09/17/satbrimob-polda-riau-patroli-harkamtibmas-jelang-pilkada-sasar-objek-vital',
    expected: {
      kind: 'satuan',
      name: 'Satbrimob',
      province: '14',
      parentKind: 'polda',
      parentName: 'Riau',
      headquarters: false,
    },
  },
  {
    text: 'Mapolresta Barelang',
    url: 'https://m.tribunnews.com/amp/video/2015/12/11/antisipasi-kerusuhan-isu-politik-uang-polisi-tni-patroli-ke-pps-dan-ppk',
    expected: {
      kind: 'polresta',
      name: 'Barelang',
      displayName: 'Polresta Barelang',
      province: null,
      headquarters: true,
    },
    note: 'Barelang (Batam-Rempang-Galang) is no regency; like parseUnitMention.cases, the text alone does not settle the province.',
  },
  {
    text: 'Polsek Sekupang',
    url: 'https://batamline.com/tni-dan-polri-tingkatkan-pengamanan-objek-vital-pilkada-serentak-2020-di-batam/',
    expected: { kind: 'polsek', name: 'Sekupang', province: '21', headquarters: false },
  },
  {
    text: 'Polsek Sagulung',
    url: 'https://batamline.com/tni-dan-polri-tingkatkan-pengamanan-objek-vital-pilkada-serentak-2020-di-batam/',
    expected: { kind: 'polsek', name: 'Sagulung', province: '21', headquarters: false },
  },
  {
    text: 'Polres Karimun',
    url: 'https://batamtoday.com/home/read/63735/Baharkam-Polri-Pantau-Kesiapan-Kepolisian-Kepri-Hadapi-Pilkada',
    expected: { kind: 'polres', name: 'Karimun', displayName: 'Polres Karimun', province: '21', headquarters: false },
  },
  {
    text: 'Polres Barelang',
    url: 'https://pid.kepri.polri.go.id/pastikan-aman-personil-polresta-barelang-berikan-pengamanan-gudang-logistik-pemilu',
    expected: { kind: 'polres', name: 'Barelang', province: null, headquarters: false },
    note: 'Written "Polres" for the Polresta: the kind is read as written.',
  },
  {
    text: 'Polresta Bareang',
    url: 'https://pid.kepri.polri.go.id/pastikan-aman-personil-polresta-barelang-berikan-pengamanan-gudang-logistik-pemilu',
    expected: { kind: 'polresta', name: 'Bareang', province: null, headquarters: false },
    note: 'Typo of Barelang in the article.',
  },
  {
    text: 'Kepolisian Resor Kota (Polresta) Barelang',
    url: 'https://www.matakepri.co.id/detail-news/2024/11/14/32140/Jelang-Pilkada-2024-Polresta-Barelang-Ngopi-Bareng-Masyarakat-Sekupang',
    expected: {
      kind: 'polresta',
      name: 'Barelang',
      displayName: 'Polresta Barelang',
      province: null,
      headquarters: false,
    },
  },
  {
    text: 'Satuan Sabhara Polresta Barelang',
    url: 'https://batamtoday.com/batam/read/156475/H-1-Pilkada-2020-Polisi-Gelar-Patroli-Skala-Besar-di-Batam',
    expected: {
      kind: 'satuan',
      name: 'Satuan Sabhara',
      province: null,
      parentKind: 'polresta',
      parentName: 'Barelang',
      headquarters: false,
    },
  },
  {
    text: 'Ditrektorat Samapta Polda Kepri',
    url: 'https://batamtoday.com/batam/read/156475/H-1-Pilkada-2020-Polisi-Gelar-Patroli-Skala-Besar-di-Batam',
    expected: {
      kind: 'direktorat',
      name: 'Ditrektorat Samapta',
      province: '21',
      parentKind: 'polda',
      parentName: 'Kepri',
      headquarters: false,
    },
    note: '"Ditrektorat" is a typo of Direktorat.',
  },
  {
    text: 'Polres Merangin',
    url: 'https://jambi.tribunnews.com/2022/05/13/polres-merangin-didukung-sat-brimob-polda-polres-bungo-dan-sarolangun-amankan-pilkades-serentak',
    expected: { kind: 'polres', name: 'Merangin', displayName: 'Polres Merangin', province: '15', headquarters: false },
  },
  {
    text: 'Polres Bungo',
    url: 'https://jambi.tribunnews.com/2022/05/13/polres-merangin-didukung-sat-brimob-polda-polres-bungo-dan-sarolangun-amankan-pilkades-serentak',
    expected: { kind: 'polres', name: 'Bungo', displayName: 'Polres Bungo', province: '15', headquarters: false },
  },
  {
    text: 'Polres Sarolangun',
    url: 'https://jambi.tribunnews.com/2022/05/13/polres-merangin-didukung-sat-brimob-polda-polres-bungo-dan-sarolangun-amankan-pilkades-serentak',
    expected: {
      kind: 'polres',
      name: 'Sarolangun',
      displayName: 'Polres Sarolangun',
      province: '15',
      headquarters: false,
    },
  },
  {
    text: 'Markas Kepolisian Sektor (Polsek) Jangkat',
    url: 'https://jambi.arnessio.com/wakapolda-jambi-pantau-kesiagaan-personel-polsek-di-daerah-perbatasan',
    expected: { kind: 'polsek', name: 'Jangkat', province: '15', headquarters: true },
  },
  {
    text: 'Polsek Muara Siau',
    url: 'https://jambi.arnessio.com/wakapolda-jambi-pantau-kesiagaan-personel-polsek-di-daerah-perbatasan',
    expected: { kind: 'polsek', name: 'Muara Siau', province: '15', headquarters: false },
  },
  {
    text: 'Polsek Lembah Masurai',
    url: 'https://jambi.arnessio.com/wakapolda-jambi-pantau-kesiagaan-personel-polsek-di-daerah-perbatasan',
    expected: { kind: 'polsek', name: 'Lembah Masurai', province: '15', headquarters: false },
  },
  {
    text: 'Polsek Jangkat',
    url: 'https://sinarjambi.com/?p=34076',
    expected: { kind: 'polsek', name: 'Jangkat', province: '15', headquarters: false },
  },
  {
    text: 'Mapolres Merangin',
    url: 'https://gatra.com/news-543184-sumbagteng-amankan-pilkades-serentak-polres-merangin-turunkan-446-personel.html',
    expected: { kind: 'polres', name: 'Merangin', displayName: 'Polres Merangin', province: '15', headquarters: true },
  },
  {
    text: 'Satintelkam Polres Merangin',
    url: 'https://gatra.com/news-543184-sumbagteng-amankan-pilkades-serentak-polres-merangin-turunkan-446-personel.html',
    expected: {
      kind: 'satuan',
      name: 'Satintelkam',
      province: '15',
      parentKind: 'polres',
      parentName: 'Merangin',
      headquarters: false,
    },
  },
  {
    text: 'Polrestabes Palembang',
    url: 'https://sumsel.antaranews.com/berita/764513/kapolda-pj-gubernur-sumsel-patroli-udara-tinjau-suasana-pencoblosan',
    expected: {
      kind: 'polrestabes',
      name: 'Palembang',
      displayName: 'Polrestabes Palembang',
      province: '16',
      headquarters: false,
    },
  },
  {
    text: 'Kepolisian Daerah Sumatera Selatan',
    url: 'https://sumsel.antaranews.com/berita/764513/kapolda-pj-gubernur-sumsel-patroli-udara-tinjau-suasana-pencoblosan',
    expected: {
      kind: 'polda',
      name: 'Sumatera Selatan',
      displayName: 'Polda Sumsel',
      province: '16',
      headquarters: false,
    },
  },
  {
    text: 'Polresta Palembang',
    url: 'http://detak-palembang.com/kapolresta-palembang-ajak-partai-demokrat-jaga-kamtibmas-selama-pilkada/',
    expected: {
      kind: 'polresta',
      name: 'Palembang',
      displayName: 'Polresta Palembang',
      province: '16',
      headquarters: false,
    },
    note: 'Name of the unit before it became Polrestabes.',
  },
  {
    text: 'Mapolda Sumsel',
    url: 'https://lensa.id/polda-sumsel-siagakan-235-personel-khusus-patroli-di-kota-palembang/127584',
    expected: { kind: 'polda', name: 'Sumsel', displayName: 'Polda Sumsel', province: '16', headquarters: true },
  },
  {
    text: 'Sat Reskrim Polrestabes Palembang',
    url: 'https://sumateraekspres.bacakoran.co/amp/34227/pastikan-situasi-tetap-kondusif-siagakan-personel-gabungan',
    expected: {
      kind: 'satuan',
      name: 'Sat Reskrim',
      province: '16',
      parentKind: 'polrestabes',
      parentName: 'Palembang',
      headquarters: false,
    },
  },
  {
    text: 'Sat Intelkam Polrestabes Palembang',
    url: 'https://sumateraekspres.bacakoran.co/amp/34227/pastikan-situasi-tetap-kondusif-siagakan-personel-gabungan',
    expected: {
      kind: 'satuan',
      name: 'Sat Intelkam',
      province: '16',
      parentKind: 'polrestabes',
      parentName: 'Palembang',
      headquarters: false,
    },
  },
  {
    text: 'Kepolisian Daerah Sumatra Selatan (Polda Sumsel)',
    url: 'https://www.jpnn.com/news/operasi-lilin-musi-2025-polda-sumsel-patroli-di-pasar-hingga-tempat-wisata',
    expected: {
      kind: 'polda',
      name: 'Sumatra Selatan',
      displayName: 'Polda Sumsel',
      province: '16',
      headquarters: false,
    },
  },
  {
    text: 'Polda Kep. Babel',
    url: 'https://bangka.sonora.id/amp/502410794/evaluasi-hasil-pendidikan-lemhanas-ri-ini-yang-disampaikan-kapolda-babel',
    expected: { kind: 'polda', name: 'Kep. Babel', displayName: 'Polda Babel', province: '19', headquarters: false },
  },
  {
    text: 'Polda Bangka Belitung',
    url: 'https://mediaindonesia.com/nusantara/804859/jelang-pilkada-ulang-polda-babel-kerahkan-polisi-bersenjata-patroli',
    expected: {
      kind: 'polda',
      name: 'Bangka Belitung',
      displayName: 'Polda Babel',
      province: '19',
      headquarters: false,
    },
  },
  {
    text: 'Sat Brimob Polda Babel',
    url: 'https://mediaindonesia.com/nusantara/804859/jelang-pilkada-ulang-polda-babel-kerahkan-polisi-bersenjata-patroli',
    expected: {
      kind: 'satuan',
      name: 'Sat Brimob',
      province: '19',
      parentKind: 'polda',
      parentName: 'Babel',
      headquarters: false,
    },
  },
  {
    text: 'Polres Bangka Selatan (Basel)',
    url: 'https://khanifarifin.blogspot.com/2012/02/pilgub-babel-polisi-siap-amankan-2514.html',
    expected: {
      kind: 'polres',
      name: 'Bangka Selatan',
      displayName: 'Polres Bangka Selatan',
      province: '19',
      headquarters: false,
    },
  },
  {
    text: 'Polres Belitung Timur (Beltim)',
    url: 'https://khanifarifin.blogspot.com/2012/02/pilgub-babel-polisi-siap-amankan-2514.html',
    expected: {
      kind: 'polres',
      name: 'Belitung Timur',
      displayName: 'Polres Belitung Timur',
      province: '19',
      headquarters: false,
    },
  },
  {
    text: 'Polresta Pangkalpinang',
    url: 'https://khanifarifin.blogspot.com/2012/02/pilgub-babel-polisi-siap-amankan-2514.html',
    expected: { kind: 'polresta', name: 'Pangkalpinang', province: '19', headquarters: false },
  },
  {
    text: 'Polres Bangka Tengah (Bateng)',
    url: 'https://khanifarifin.blogspot.com/2012/02/pilgub-babel-polisi-siap-amankan-2514.html',
    expected: {
      kind: 'polres',
      name: 'Bangka Tengah',
      displayName: 'Polres Bangka Tengah',
      province: '19',
      headquarters: false,
    },
  },
  {
    text: 'Polres Bengkulu Selatan, Polda Bengkulu',
    url: 'https://viralpublik.com/polres-bengkulu-selatan-perketat-pengamanan-24-jam-di-kantor-bawaslu-pasca-pleno-pilkada-2024',
    expected: {
      kind: 'polres',
      name: 'Bengkulu Selatan',
      displayName: 'Polres Bengkulu Selatan',
      province: '17',
      parentKind: 'polda',
      parentName: 'Bengkulu',
      headquarters: false,
    },
  },
  {
    text: 'Polres Bengkulu Selatan Polda Bengkulu',
    url: 'https://www.bengkulutoday.com/menjelang-kampanye-pemilu-sat-samapta-giatkan-patroli-guna-wujudkan-kamtibmas-yang-kondusif',
    expected: {
      kind: 'polres',
      name: 'Bengkulu Selatan',
      displayName: 'Polres Bengkulu Selatan',
      province: '17',
      parentKind: 'polda',
      parentName: 'Bengkulu',
      headquarters: false,
    },
  },
  {
    text: 'Polresta Bengkulu',
    url: 'https://restabengkulukota.bengkulu.polri.go.id/?p=27516',
    expected: {
      kind: 'polresta',
      name: 'Bengkulu',
      displayName: 'Polresta Bengkulu',
      province: '17',
      headquarters: false,
    },
  },
  {
    text: 'Kepolisian Daerah Bengkulu',
    url: 'https://radarselatan.bacakoran.co/amp/8121/polda-bengkulu-petakan-kerawanan-pilkada-serentak-2024',
    expected: { kind: 'polda', name: 'Bengkulu', displayName: 'Polda Bengkulu', province: '17', headquarters: false },
  },
  {
    text: 'Sat Bimas Polres Bengkulu Selatan',
    url: 'https://radarselatan.bacakoran.co/amp/8121/polda-bengkulu-petakan-kerawanan-pilkada-serentak-2024',
    expected: {
      kind: 'satuan',
      name: 'Sat Bimas',
      province: '17',
      parentKind: 'polres',
      parentName: 'Bengkulu Selatan',
      headquarters: false,
    },
    note: '"Bimas" is a misspelling of Binmas.',
  },
  {
    text: 'Polres Bengkulu Selatan (BS)',
    url: 'https://pedomanbengkulu.com/2016/03/polres-bs-launching-bus-kamtibmas.html',
    expected: {
      kind: 'polres',
      name: 'Bengkulu Selatan',
      displayName: 'Polres Bengkulu Selatan',
      province: '17',
      headquarters: false,
    },
  },
  {
    text: 'Direktorat Samapta Polda Lampung',
    url: 'https://lampung.viva.co.id/amp/politik/4143-196-personil-siap-amankan-pilkada-pringsewu?page=2',
    expected: {
      kind: 'direktorat',
      name: 'Direktorat Samapta',
      province: '18',
      parentKind: 'polda',
      parentName: 'Lampung',
      headquarters: false,
    },
  },
  {
    text: 'Polresta Bandar Lampung',
    url: 'https://www.gariskomando.com/2024/02/pastikan-pemilu-2024-berjalan-aman.html',
    expected: {
      kind: 'polresta',
      name: 'Bandar Lampung',
      displayName: 'Polresta Bandar Lampung',
      province: '18',
      headquarters: false,
    },
  },
  {
    text: 'Polres Pringsewu Polda Lampung',
    url: 'https://mediaotentik.com/read/12190/polres-pringsewu-menggelar-simulasi-pengamanan-pilkakon-serentak',
    expected: {
      kind: 'polres',
      name: 'Pringsewu',
      displayName: 'Polres Pringsewu',
      province: '18',
      parentKind: 'polda',
      parentName: 'Lampung',
      headquarters: false,
    },
  },
  {
    text: 'Polres Tanggamus',
    url: 'https://mediaotentik.com/read/12190/polres-pringsewu-menggelar-simulasi-pengamanan-pilkakon-serentak',
    expected: {
      kind: 'polres',
      name: 'Tanggamus',
      displayName: 'Polres Tanggamus',
      province: '18',
      headquarters: false,
    },
  },
  {
    text: 'Polres Pesawaran',
    url: 'https://mediaotentik.com/read/12190/polres-pringsewu-menggelar-simulasi-pengamanan-pilkakon-serentak',
    expected: {
      kind: 'polres',
      name: 'Pesawaran',
      displayName: 'Polres Pesawaran',
      province: '18',
      headquarters: false,
    },
  },
  {
    text: 'Sat Binmas Polres Pringsewu',
    url: 'https://tribratanews.lampung.polri.go.id/detail-post/polres-pringsewu-cek-sarpras-bhabinkamtibmas',
    expected: {
      kind: 'satuan',
      name: 'Sat Binmas',
      displayName: 'Satbinmas Polres Pringsewu',
      province: '18',
      parentKind: 'polres',
      parentName: 'Pringsewu',
      headquarters: false,
    },
  },
  {
    text: 'mapolres Pringsewu',
    url: 'https://tribratanews.lampung.polri.go.id/detail-post/polres-pringsewu-cek-sarpras-bhabinkamtibmas',
    expected: {
      kind: 'polres',
      name: 'Pringsewu',
      displayName: 'Polres Pringsewu',
      province: '18',
      headquarters: true,
    },
  },
  {
    text: 'Polres Lampung Tengah',
    url: 'https://lampung.tribunnews.com/2019/11/06/amankan-pilkakam-serentak-di-168-kampung-polres-lamteng-kerahkan-1082-personel',
    expected: {
      kind: 'polres',
      name: 'Lampung Tengah',
      displayName: 'Polres Lampung Tengah',
      province: '18',
      headquarters: false,
    },
  },
  {
    text: 'Mapolres Lamteng',
    url: 'https://lampung.tribunnews.com/2019/11/06/amankan-pilkakam-serentak-di-168-kampung-polres-lamteng-kerahkan-1082-personel',
    expected: {
      kind: 'polres',
      name: 'Lamteng',
      displayName: 'Polres Lampung Tengah',
      province: '18',
      headquarters: true,
    },
  },
  {
    text: 'Polda Metro Jaya',
    url: 'https://rmolsumsel.id/polda-metro-jaya-kerahkan-11-ribu-personel-jaga-65-ribu-tps',
    expected: {
      kind: 'polda',
      name: 'Metro Jaya',
      displayName: 'Polda Metro Jaya',
      province: '31',
      headquarters: false,
    },
  },
  {
    text: 'Dit Lantas Polda Metro Jaya',
    url: 'https://mata.news/polda-metro-jaya-gelar-apel-pengecekan-personil-bko-pam-tps-menjelang-pemilu-2024',
    expected: {
      kind: 'direktorat',
      name: 'Dit Lantas',
      province: '31',
      parentKind: 'polda',
      parentName: 'Metro Jaya',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Metro Tamansari',
    url: 'https://mata.news/polda-metro-jaya-gelar-apel-pengecekan-personil-bko-pam-tps-menjelang-pemilu-2024',
    expected: { kind: 'polsek', name: 'Tamansari', province: '31', headquarters: false },
    note: '"Metro" marks a Polsek of Polda Metro Jaya; of the Taman Sari kecamatan only Jakarta Barat\'s lies in that Polda.',
  },
  {
    text: 'Polres Metro Jaksel',
    url: 'https://www.detik.com/search/searchall?page=791&query=syam+organizer&result_type=relevansi',
    expected: {
      kind: 'polres-metro',
      name: 'Jaksel',
      displayName: 'Polres Metro Jakarta Selatan',
      province: '31',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Carenang',
    url: 'https://tribratanews.banten.polri.go.id/jelang-persiapan-pengamanan-pilkades-serentak-kapolres-serang-kunker-ke-polsek-jajaran/',
    expected: { kind: 'polsek', name: 'Carenang', province: '36', headquarters: false },
  },
  {
    text: 'Mako Polsek Carenang',
    url: 'https://tribratanews.banten.polri.go.id/jelang-persiapan-pengamanan-pilkades-serentak-kapolres-serang-kunker-ke-polsek-jajaran/',
    expected: { kind: 'polsek', name: 'Carenang', province: '36', headquarters: true },
    note: 'Mako (markas komando) names the headquarters.',
  },
  {
    text: 'Polres Serang Kota',
    url: 'https://bantenhits.com/?p=46211',
    expected: {
      kind: 'polres',
      name: 'Serang Kota',
      displayName: 'Polres Serang Kota',
      province: '36',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Banjarsari',
    url: 'https://tribratanews.banten.polri.go.id/pastikan-aman-pamatwil-polda-banten-tinjau-lokasi-pilkdes-di-kecamatan-banjarsari-kabupaten-lebak',
    expected: { kind: 'polsek', name: 'Banjarsari', province: null, headquarters: false },
    note: 'Banjarsari is a kecamatan in Ciamis, Surakarta and Lebak.',
  },
  {
    text: 'Polsek Rangkasbitung Polres Lebak',
    url: 'https://tribratanews.banten.polri.go.id/pastikan-aman-pamatwil-polda-banten-tinjau-lokasi-pilkdes-di-kecamatan-banjarsari-kabupaten-lebak',
    expected: {
      kind: 'polsek',
      name: 'Rangkasbitung',
      province: '36',
      parentKind: 'polres',
      parentName: 'Lebak',
      headquarters: false,
    },
  },
  {
    text: 'Bidhumas Polda Banten',
    url: 'https://tribratanews.banten.polri.go.id/pastikan-aman-pamatwil-polda-banten-tinjau-lokasi-pilkdes-di-kecamatan-banjarsari-kabupaten-lebak',
    expected: {
      kind: 'bidang',
      name: 'Bidhumas',
      displayName: 'Bidhumas Polda Banten',
      province: '36',
      parentKind: 'polda',
      parentName: 'Banten',
      headquarters: false,
    },
  },
  {
    text: 'Polres Serang',
    url: 'https://poskota.co.id/2019/10/30/jelang-pilkades-serentak-kapolres-serang-gelar-rakor-pengamanan',
    expected: { kind: 'polres', name: 'Serang', displayName: 'Polres Serang', province: '36', headquarters: false },
  },
  {
    text: 'Satresnarkoba Polres Serang',
    url: 'https://bantensiber.com/author/azmart/page/165',
    expected: {
      kind: 'satuan',
      name: 'Satresnarkoba',
      province: '36',
      parentKind: 'polres',
      parentName: 'Serang',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Rawamerta, Polres Karawang Polda Jabar',
    url: 'https://www.metroplus.id/polsek-rawamerta-ajak-masyarakat-jaga-kamtibmas-lewat-patroli-dialogis-siang-hari/',
    expected: {
      kind: 'polsek',
      name: 'Rawamerta',
      province: '32',
      parentKind: 'polres',
      parentName: 'Karawang',
      headquarters: false,
    },
  },
  {
    text: 'Polres Karawang',
    url: 'https://karawang.inews.id/read/103018/polres-karawang-dirikan-120-poskamling-wajibkan-seluruh-polisi-ronda-bareng-warga/all',
    expected: { kind: 'polres', name: 'Karawang', displayName: 'Polres Karawang', province: '32', headquarters: false },
  },
  {
    text: 'Polsek Rengasdengklok Polres Karawang Polda Jabar',
    url: 'https://karawang.sporc.id/polsek-polsek-rengasdengklok-gelar-cooling-system-untuk-pilkada-serentak-2024-aman-dan-damai',
    expected: {
      kind: 'polsek',
      name: 'Rengasdengklok',
      province: '32',
      parentKind: 'polres',
      parentName: 'Karawang',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Tegalwaru Polres Karawang Polda Jabar',
    url: 'https://www.buserpolri.com/2024/01/personel-polsek-tegalwaru-giat-sambang.html',
    expected: {
      kind: 'polsek',
      name: 'Tegalwaru',
      province: '32',
      parentKind: 'polres',
      parentName: 'Karawang',
      headquarters: false,
    },
  },
];
