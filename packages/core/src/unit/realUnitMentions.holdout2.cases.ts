// Unit mentions copied character for character from real Indonesian news articles (source URL on
// each case), with the reading worked out by hand (province codes: data/generated/regions.ts).
// The HOLDOUT2 set: a second, fresh held-out set; its articles are in neither the DEV nor the HOLDOUT
// set nor in corpus/articles. Nobody tunes the parser on it; it is the final measure.
// Third-party text: test data only, not imported by index.ts and not shipped. Scored by
// scripts/score/mentions.ts.
import type { RealUnitMentionCase } from './realUnitMentions.dev.cases';

export const REAL_UNIT_MENTIONS_HOLDOUT2: readonly RealUnitMentionCase[] = [
  {
    text: 'Polres Aceh Besar',
    url: 'https://aceh.antaranews.com/berita/368495/polres-aceh-besar-kerah-400-personel-amankan-kampanye-pilkada-serentak-2024',
    expected: { kind: 'polres', name: 'Aceh Besar', province: '11', headquarters: false },
  },
  {
    text: 'Polda Aceh',
    url: 'https://masakini.co/2022/08/02/polda-aceh-kerahkan-kekuatan-penuh-amankan-pemilu-2024/',
    expected: { kind: 'polda', name: 'Aceh', province: '11', headquarters: false },
  },
  {
    text: 'Polrestabes Medan',
    url: 'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
    expected: { kind: 'polrestabes', name: 'Medan', province: '12', headquarters: false },
  },
  {
    text: 'Polres Pelabuhan Belawan',
    url: 'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
    expected: { kind: 'polres', name: 'Pelabuhan Belawan', province: '12', headquarters: false },
    note: 'Port Polres of Belawan (Kota Medan), Sumatera Utara.',
  },
  {
    text: 'Polresta Deli Serdang',
    url: 'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
    expected: { kind: 'polresta', name: 'Deli Serdang', province: '12', headquarters: false },
  },
  {
    text: 'Polres Tanah Karo',
    url: 'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
    expected: { kind: 'polres', name: 'Tanah Karo', province: '12', headquarters: false },
    note: 'Tanah Karo = Kabupaten Karo, Sumatera Utara.',
  },
  {
    text: 'Polres Labuhanbatu Selatan',
    url: 'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
    expected: { kind: 'polres', name: 'Labuhanbatu Selatan', province: '12', headquarters: false },
  },
  {
    text: 'Polda Sumut',
    url: 'https://medan.tribunnews.com/2024/08/14/kapolda-sumut-tegaskan-polri-netral-pilkada-2024',
    expected: { kind: 'polda', name: 'Sumut', province: '12', headquarters: false },
  },
  {
    text: 'Polres Serdang Bedagai',
    url: 'https://topikseru.com/news/2807/polres-sergai-gelar-pojok-pemilu-jelang-pilkada-serentak-di-sumut/2',
    expected: { kind: 'polres', name: 'Serdang Bedagai', province: '12', headquarters: false },
  },
  {
    text: 'Polda Sumbar',
    url: 'https://www.posmetropadang.co.id/baca/180224/rangkul-tokoh-adat-se-sumbar-irjen-pol-teddy-keamanan-menjadi-tanggung-jawab-bersama',
    expected: { kind: 'polda', name: 'Sumbar', province: '13', headquarters: false },
  },
  {
    text: 'Polsek Koto VII',
    url: 'http://persadapost.com/kapolres-bertemu-dengan-warga-koto-vii-sijunjung-perlu-penambahan-bhabinkamtibmas/',
    expected: { kind: 'polsek', name: 'Koto VII', province: '13', headquarters: false },
  },
  {
    text: 'Polres Solok',
    url: 'https://tikalak.com/kapolres-solok-sambangi-warga-tanjung-bingkung-dalam-program-jumat/',
    expected: { kind: 'polres', name: 'Solok', province: '13', headquarters: false },
  },
  {
    text: 'Polres Limapuluh Kota',
    url: 'https://bertuahpos.com/?p=20649',
    expected: { kind: 'polres', name: 'Limapuluh Kota', province: '13', headquarters: false },
  },
  {
    text: 'Polres Payakumbuh',
    url: 'https://bertuahpos.com/?p=20649',
    expected: { kind: 'polres', name: 'Payakumbuh', province: '13', headquarters: false },
  },
  {
    text: 'Polsek Guguak',
    url: 'https://bertuahpos.com/?p=20649',
    expected: { kind: 'polsek', name: 'Guguak', province: '13', headquarters: false },
  },
  {
    text: 'Polsek Muara Sipongi',
    url: 'https://arn24.news/2023/04/kunker-ke-madina-kapoldasu-sambangi.html',
    expected: { kind: 'polsek', name: 'Muara Sipongi', province: '12', headquarters: false },
  },
  {
    text: 'Polda Riau',
    url: 'https://news.okezone.com/read/2024/08/22/340/3053107/persiapan-polda-riau-dalam-menghadapi-pilkada',
    expected: { kind: 'polda', name: 'Riau', province: '14', headquarters: false },
  },
  {
    text: 'Polresta Pekanbaru',
    url: 'https://fn-indonesia.com/patroli-skala-besar-polresta-pekanbaru-pastikan-kondisi-aman-dan-kondusif-pasca-pelantikan',
    expected: { kind: 'polresta', name: 'Pekanbaru', province: '14', headquarters: false },
  },
  {
    text: 'Polres Kampar',
    url: 'https://riau.antaranews.com/berita/30885/kapolres-minta-aparat-jangan-terlibat-hitung-suara',
    expected: { kind: 'polres', name: 'Kampar', province: '14', headquarters: false },
  },
  {
    text: 'Polda Kepri',
    url: 'https://detailnews.id/kapolda-kepri-kamtibmas-tanggung-jawab-bersama',
    expected: { kind: 'polda', name: 'Kepri', province: '21', headquarters: false },
  },
  {
    text: 'Direktorat Samapta Polda Kepulauan Riau',
    url: 'https://metro.batampos.co.id/polda-kepri-terapkan-sistem-zonasi-turjawali-respons-keamanan-masyarakat-kini-lebih-cepat',
    expected: {
      kind: 'direktorat',
      name: 'Direktorat Samapta',
      province: '21',
      parentKind: 'polda',
      parentName: 'Kepulauan Riau',
      headquarters: false,
    },
  },
  {
    text: 'Polresta Barelang',
    url: 'https://kepri.antaranews.com/berita/233897/polresta-barelang-gandeng-tni-dan-pemko-batam-jaga-kondusifitas',
    expected: { kind: 'polresta', name: 'Barelang', province: '21', headquarters: false },
  },
  {
    text: 'Polres Kepulauan Anambas',
    url: 'https://gowest.id/?p=7054',
    expected: { kind: 'polres', name: 'Kepulauan Anambas', province: '21', headquarters: false },
  },
  {
    text: 'Polsek Padang Jaya Polres Bengkulu Utara',
    url: 'https://kawalnews.com/2024/01/17/polsek-padang-jaya-amankan-jalannya-kegiatan-kampanye-di-kecamatan-padang-jaya',
    expected: {
      kind: 'polsek',
      name: 'Padang Jaya',
      province: '17',
      parentKind: 'polres',
      parentName: 'Bengkulu Utara',
      headquarters: false,
    },
  },
  {
    text: 'Polda Bengkulu',
    url: 'https://kawalnews.com/2024/01/17/polsek-padang-jaya-amankan-jalannya-kegiatan-kampanye-di-kecamatan-padang-jaya',
    expected: { kind: 'polda', name: 'Bengkulu', province: '17', headquarters: false },
  },
  {
    text: 'Polda Jambi',
    url: 'https://aksipost.com/?p=34050',
    expected: { kind: 'polda', name: 'Jambi', province: '15', headquarters: false },
  },
  {
    text: 'Polres Tanjung Jabung Barat',
    url: 'https://delikjambi.com/detailpost/satu-hari-sebelum-pemungutan-suara-kapolres-tanjab-barat-gelar-doa-bersama-lintas-agama/',
    expected: { kind: 'polres', name: 'Tanjung Jabung Barat', province: '15', headquarters: false },
  },
  {
    text: 'Polres Bungo',
    url: 'https://rangkumnews.com/?p=8405',
    expected: { kind: 'polres', name: 'Bungo', province: '15', headquarters: false },
  },
  {
    text: 'Mapolda Sumsel',
    url: 'https://mediaadvokasi.id/2019/04/kapolda-sumsel-apel-pergeseran-pasukan.html',
    expected: { kind: 'polda', name: 'Sumsel', province: '16', headquarters: true },
  },
  {
    text: 'Polres Bangka Barat',
    url: 'https://babel.antaranews.com/berita/103765/polres-bangka-barat-terjunkan-209-personel-pengamanan-pemilu-2019',
    expected: { kind: 'polres', name: 'Bangka Barat', province: '19', headquarters: false },
  },
  {
    text: 'Polda Kepulauan Bangka Belitung',
    url: 'https://babel.antaranews.com/berita/103765/polres-bangka-barat-terjunkan-209-personel-pengamanan-pemilu-2019',
    expected: { kind: 'polda', name: 'Kepulauan Bangka Belitung', province: '19', headquarters: false },
  },
  {
    text: 'Mapolres Bangka Tengah',
    url: 'https://tribratanewsbangkatengah.com/?p=10055',
    expected: { kind: 'polres', name: 'Bangka Tengah', province: '19', headquarters: true },
  },
  {
    text: 'Polres Bangka Tengah',
    url: 'https://babel.antaranews.com/amp/berita/92406/@antaranews',
    expected: { kind: 'polres', name: 'Bangka Tengah', province: '19', headquarters: false },
  },
  {
    text: 'Polres Belitung',
    url: 'https://babel.antaranews.com/amp/berita/393666/tentang-kami',
    expected: { kind: 'polres', name: 'Belitung', province: '19', headquarters: false },
  },
  {
    text: 'Polsek Tanjung Pandan',
    url: 'https://babel.antaranews.com/amp/berita/393666/tentang-kami',
    expected: { kind: 'polsek', name: 'Tanjung Pandan', province: '19', headquarters: false },
  },
  {
    text: 'Polresta Bandar Lampung, Polda Lampung',
    url: 'https://lampung.tribunnews.com/2024/09/20/polresta-bandar-lampung-polda-lampung-ajak-warga-jaga-kondusifitas-pada-pilkada',
    expected: {
      kind: 'polresta',
      name: 'Bandar Lampung',
      province: '18',
      parentKind: 'polda',
      parentName: 'Lampung',
      headquarters: false,
    },
  },
  {
    text: 'Polres Lampung Timur',
    url: 'https://tribratanews-reslampungtimur.lampung.polri.go.id/detail-post/jelang-pemilu-polsek-jajaran-polres-lamtim-melaksanakan-apel-gabungan-bersama-instansi-terkait',
    expected: { kind: 'polres', name: 'Lampung Timur', province: '18', headquarters: false },
  },
  {
    text: 'Polsek Way Bungur',
    url: 'https://tribratanews-reslampungtimur.lampung.polri.go.id/detail-post/jelang-pemilu-polsek-jajaran-polres-lamtim-melaksanakan-apel-gabungan-bersama-instansi-terkait',
    expected: { kind: 'polsek', name: 'Way Bungur', province: '18', headquarters: false },
  },
  {
    text: 'Polres Tulang Bawang',
    url: 'https://tribratanews-restulangbawang.lampung.polri.go.id/detail-post/polres-tulang-bawang-gelar-pojok-pilkada-akbp-james-terobosan-kreatif',
    expected: { kind: 'polres', name: 'Tulang Bawang', province: '18', headquarters: false },
  },
  {
    text: 'Polres Lampung Barat',
    url: 'https://tribratanews.lampung.polri.go.id/detail-post/polres-lampung-barat-lakukan-pengamanan-kantor-bawaslu-menjelang-pilkada',
    expected: { kind: 'polres', name: 'Lampung Barat', province: '18', headquarters: false },
  },
  {
    text: 'Polres Serang Kota',
    url: 'https://bantenhits.com/2018/02/23/pilkada-kota-serang-rawan-gangguan-keamanan/',
    expected: { kind: 'polres', name: 'Serang Kota', province: '36', headquarters: false },
  },
  {
    text: 'Polres Serang',
    url: 'https://banten.suara.com/amp/read/2021/10/29/183530/jelang-pilkades-serentak-di-kabupaten-serang-polisi-kerahkan-ratusan-personel',
    expected: { kind: 'polres', name: 'Serang', province: '36', headquarters: false },
  },
  {
    text: 'Polda Banten',
    url: 'https://banten.suara.com/amp/read/2021/10/29/183530/jelang-pilkades-serentak-di-kabupaten-serang-polisi-kerahkan-ratusan-personel',
    expected: { kind: 'polda', name: 'Banten', province: '36', headquarters: false },
  },
  {
    text: 'Polresta Tangerang',
    url: 'https://www.radarbanten.co.id/polisi-jamin-keamanan-pilkada-serentak/',
    expected: { kind: 'polresta', name: 'Tangerang', province: '36', headquarters: false },
  },
  {
    text: 'Polres Lebak',
    url: 'https://www.radarbanten.co.id/polisi-jamin-keamanan-pilkada-serentak/',
    expected: { kind: 'polres', name: 'Lebak', province: '36', headquarters: false },
  },
  {
    text: 'Polsek Cikupa',
    url: 'https://tribratanews.banten.polri.go.id/bhabinkamtibmas-desa-bitung-jaya-sambangi-warung-binaan-perkuat-silaturahmi-dan-edukasi-kamtibmas',
    expected: { kind: 'polsek', name: 'Cikupa', province: '36', headquarters: false },
  },
  {
    text: 'Polsek Balaraja',
    url: 'https://investigasi88.com/polsek-balaraja-ajak-perangkat-desa-kaliasin-wujudkan-lingkungan-aman',
    expected: { kind: 'polsek', name: 'Balaraja', province: '36', headquarters: false },
  },
  {
    text: 'Polda Metro Jaya',
    url: 'https://amp.suara.com/news/2017/02/15/081408/mencoblos-jokowi-jk-akan-dikawal-kapolri-dan-kapolda-metro',
    expected: { kind: 'polda', name: 'Metro Jaya', province: '31', headquarters: false },
  },
  {
    text: 'Polres Metro Jakarta Barat',
    url: 'https://news.republika.co.id/berita/s8u87v451/kendarai-motor-patroli-kapolres-jakbar-pastikan-pemungutan-suara-berjalan-lancar',
    expected: { kind: 'polres-metro', name: 'Jakarta Barat', province: '31', headquarters: false },
  },
  {
    text: 'Polsek Cikancung',
    url: 'https://beritatandas.id/bhabinkamtibmas-desa-mandalasari-polsek-cikancung-aktif-dialogis-sambang-perangkat-desa/?amp=1',
    expected: { kind: 'polsek', name: 'Cikancung', province: '32', headquarters: false },
  },
  {
    text: 'Polres Cimahi',
    url: 'https://www.detik.com/jabar/hukum-dan-kriminal/d-6718448/mitigasi-gangguan-di-tingkat-rw-polisi-di-cimahi-kbb-disebar',
    expected: { kind: 'polres', name: 'Cimahi', province: '32', headquarters: false },
  },
  {
    text: 'Polres Kota Banjar',
    url: 'https://masturah.com/2021/11/22/program-polisi-saba-desa-di-banjar-dimulai-warga-jangan-takut/',
    expected: { kind: 'polres', name: 'Kota Banjar', province: '32', headquarters: false },
  },
  {
    text: 'Polda Jawa Tengah',
    url: 'https://saibumi.id/polda-jateng-kunjungi-radar-semarang-komitmen-junjung-netralitas-di-pilkada-2024',
    expected: { kind: 'polda', name: 'Jawa Tengah', province: '33', headquarters: false },
  },
  {
    text: 'Polrestabes Semarang',
    url: 'https://indoberita.id/jateng-berharap-pilkada-berjalan-lancar-kapolda-beri-peringatan-tegas',
    expected: { kind: 'polrestabes', name: 'Semarang', province: '33', headquarters: false },
  },
  {
    text: 'Polres Jepara',
    url: 'https://tribratanews.jepara.jateng.polri.go.id/2019/10/17/kapolres-jepara-pantau-langsung-jalannya-pilkades-serentak/',
    expected: { kind: 'polres', name: 'Jepara', province: '33', headquarters: false },
  },
  {
    text: 'Polres Semarang',
    url: 'https://saibumi.id/?p=243983',
    expected: { kind: 'polres', name: 'Semarang', province: '33', headquarters: false },
  },
  {
    text: 'Mapolda Jatim',
    url: 'https://www.tvonenews.com/berita/234710-kaops-ncs-polri-minta-polda-jatim-optimalkan-cooling-system-jelang-pilkada-serentak?page=all',
    expected: { kind: 'polda', name: 'Jatim', province: '35', headquarters: true },
  },
  {
    text: 'Polrestabes Surabaya',
    url: 'https://potretrealita.com/2024/09/05/cooling-system-jelang-pilkada-2024-polda-jatim-gelar-sholawat-dan-doa-bersama',
    expected: { kind: 'polrestabes', name: 'Surabaya', province: '35', headquarters: false },
  },
  {
    text: 'Polres Sampang',
    url: 'https://potretrealita.com/2024/09/05/cooling-system-jelang-pilkada-2024-polda-jatim-gelar-sholawat-dan-doa-bersama',
    expected: { kind: 'polres', name: 'Sampang', province: '35', headquarters: false },
  },
  {
    text: 'Polres Lumajang Polda Jatim',
    url: 'https://bhayangkaribatu.com/?p=18127',
    expected: {
      kind: 'polres',
      name: 'Lumajang',
      province: '35',
      parentKind: 'polda',
      parentName: 'Jatim',
      headquarters: false,
    },
  },
  {
    text: 'Polres Jember',
    url: 'https://seblang.com/2024/07/01/hut-bhayangkara-ke-78-kapolres-jember-tekankan-pengamanan-pilkada-2024',
    expected: { kind: 'polres', name: 'Jember', province: '35', headquarters: false },
  },
  {
    text: 'Polres Kota Mataram',
    url: 'https://news.republika.co.id/berita/p29jqk280/polres-lombok-barat-gelar-apel-persiapan-pilkada-serentak',
    expected: { kind: 'polres', name: 'Kota Mataram', province: '52', headquarters: false },
  },
  {
    text: 'Polres Lombok Barat',
    url: 'https://plbnews.web.id/1219/pemilukada-2024-patroli-preventif-polres-lombok-barat-pastikan-keamanan/',
    expected: { kind: 'polres', name: 'Lombok Barat', province: '52', headquarters: false },
  },
  {
    text: 'Polresta Kupang Kota',
    url: 'https://tribratanewskupangkota.com/pastikan-kondusif-polresta-kupang-kota-amankan-kantor-penyelenggara-dan-pengawas-dalam-pilkada-tahun-2024',
    expected: { kind: 'polresta', name: 'Kupang Kota', province: '53', headquarters: false },
  },
  {
    text: 'Polres Gianyar',
    url: 'https://balitribune.co.id/content/backup-pengamanan-pilkada-polres-gianyar-sebar-302-personil',
    expected: { kind: 'polres', name: 'Gianyar', province: '51', headquarters: false },
  },
  {
    text: 'Polres Bangli',
    url: 'https://balitribune.co.id/content/backup-pengamanan-pilkada-polres-gianyar-sebar-302-personil',
    expected: { kind: 'polres', name: 'Bangli', province: '51', headquarters: false },
  },
  {
    text: 'Polres Karangasem',
    url: 'https://balitribune.co.id/content/backup-pengamanan-pilkada-polres-gianyar-sebar-302-personil',
    expected: { kind: 'polres', name: 'Karangasem', province: '51', headquarters: false },
  },
  {
    text: 'Polres Buleleng',
    url: 'https://www.balipuspanews.com/pilkel-serentak-buleleng-polisi-petakan-wilayah-rawan.html',
    expected: { kind: 'polres', name: 'Buleleng', province: '51', headquarters: false },
  },
  {
    text: 'Mapolresta Pontianak Kota',
    url: 'https://www.tabloidskandal.com/tni-polri/kapolda-kalbar-tinjau-rekapitulas-pilpres-di-ppk-kota-pontianak.html',
    expected: { kind: 'polresta', name: 'Pontianak Kota', province: '61', headquarters: true },
  },
  {
    text: 'Polresta Pontianak',
    url: 'http://suarapemredkalbar.com/berita/ponticity/2017/12/07/polresta-terjunkan-2066-personel-amankan-pilkada',
    expected: { kind: 'polresta', name: 'Pontianak', province: '61', headquarters: false },
  },
  {
    text: 'Polda Kalteng',
    url: 'https://kalteng.antaranews.com/amp/berita/280576/kapolri-bersama-panglima-tni-berencana-kunjungi-kalteng',
    expected: { kind: 'polda', name: 'Kalteng', province: '62', headquarters: false },
  },
  {
    text: 'Polres Palangka Raya',
    url: 'https://kalteng.antaranews.com/berita/282930/kapolres-palangka-raya-sebut-dua-kecamatan-rawan-kecurangan-pilkada',
    expected: { kind: 'polres', name: 'Palangka Raya', province: '62', headquarters: false },
  },
  {
    text: 'Polresta Palangka Raya Polda Kalimantan Tengah',
    url: 'https://www.baritorayapost.com/uncategorized/giatkan-patroli-bersama-kapolresta-ini/09/2020',
    expected: {
      kind: 'polresta',
      name: 'Palangka Raya',
      province: '62',
      parentKind: 'polda',
      parentName: 'Kalimantan Tengah',
      headquarters: false,
    },
  },
  {
    text: 'Polsek Aluh-Aluh',
    url: 'https://kalsel.antaranews.com/amp/berita/93944/kapolres-banjarbaru-pastikan-pemungutan-suara-di-lapas-aman',
    expected: { kind: 'polsek', name: 'Aluh-Aluh', province: '63', headquarters: false },
  },
  {
    text: 'Polres Tanah Bumbu',
    url: 'https://kalsel.antaranews.com/berita/364020/polres-tanah-bumbu-siapkan-327-personil-amankan-pilkades-serentak',
    expected: { kind: 'polres', name: 'Tanah Bumbu', province: '63', headquarters: false },
  },
  {
    text: 'Polresta Samarinda',
    url: 'http://kaltim.tribunnews.com/2015/12/03/jika-gagal-amankan-pilkada-kapolres-siap-dicopot',
    expected: { kind: 'polresta', name: 'Samarinda', province: '64', headquarters: false },
  },
  {
    text: 'Mapolresta Samarinda',
    url: 'http://kaltim.tribunnews.com/2015/12/03/jika-gagal-amankan-pilkada-kapolres-siap-dicopot',
    expected: { kind: 'polresta', name: 'Samarinda', province: '64', headquarters: true },
  },
  {
    text: 'Polda Kaltim',
    url: 'https://www.mediahumaspolri.com/jelang-psu-di-kabupaten-mahakam-ulu-polda-kaltim-siagakan-823-personel-gabungan.html',
    expected: { kind: 'polda', name: 'Kaltim', province: '64', headquarters: false },
  },
  {
    text: 'Polresta Balikpapan',
    url: 'https://www.humas439.id/2024/09/patroli-bersama-polwan-samapta-polda.html',
    expected: { kind: 'polresta', name: 'Balikpapan', province: '64', headquarters: false },
  },
  {
    text: 'Polda Kaltara',
    url: 'https://voi.id/berita/407172/awali-tugas-kapolda-kaltara-irjen-hary-sudwijanto-kunjungi-icon-perbatasan',
    expected: { kind: 'polda', name: 'Kaltara', province: '65', headquarters: false },
  },
  {
    text: 'Polsek Bunyu',
    url: 'https://headlineku.com/2025/10/wacana-peralihan-polsek-bunyu-ke-polres-tarakan-terus-berproses',
    expected: { kind: 'polsek', name: 'Bunyu', province: '65', headquarters: false },
  },
  {
    text: 'Polresta Bulungan',
    url: 'https://headlineku.com/2025/10/wacana-peralihan-polsek-bunyu-ke-polres-tarakan-terus-berproses',
    expected: { kind: 'polresta', name: 'Bulungan', province: '65', headquarters: false },
  },
  {
    text: 'Polsek Bunyu Polresta Bulungan',
    url: 'https://kaltara.tribunnews.com/kaltara/113509/demi-percepat-akses-pelayanan-bagi-masyarakat-polsek-bunyu-diwacanakan-dialihkan-ke-polres-tarakan',
    expected: {
      kind: 'polsek',
      name: 'Bunyu',
      province: '65',
      parentKind: 'polresta',
      parentName: 'Bulungan',
      headquarters: false,
    },
  },
  {
    text: 'Polda Kalimantan Utara (Kaltara)',
    url: 'https://polindo.id/kapolri-terbit-sk-pembentukan-polda-kalimantan-utara',
    expected: { kind: 'polda', name: 'Kalimantan Utara', province: '65', headquarters: false },
  },
  {
    text: 'Polres Minahasa',
    url: 'https://swaramanadonews.co/2024/08/apel-gelar-pasukan-operasi-mantap-praja.html',
    expected: { kind: 'polres', name: 'Minahasa', province: '71', headquarters: false },
  },
  {
    text: 'Polda Sulut',
    url: 'https://daerah.sindonews.com/berita/1059736/193/pilkada-kota-manado-memanas-polda-sulut-siaga-satu',
    expected: { kind: 'polda', name: 'Sulut', province: '71', headquarters: false },
  },
  {
    text: 'Mako Polres Minahasa',
    url: 'https://manado.tribunnews.com/2024/08/21/massa-bentrok-dengan-personel-polres-minahasa-sulawesi-utara-sispam-pilkada-2024',
    expected: { kind: 'polres', name: 'Minahasa', province: '71', headquarters: true },
  },
  {
    text: 'Polres Boalemo',
    url: 'https://gorontalo.antaranews.com/berita/33456/polda-situasi-boalemo-kondusif',
    expected: { kind: 'polres', name: 'Boalemo', province: '75', headquarters: false },
  },
  {
    text: 'Polres Pohuwato',
    url: 'https://gorontalo.antaranews.com/berita/33456/polda-situasi-boalemo-kondusif',
    expected: { kind: 'polres', name: 'Pohuwato', province: '75', headquarters: false },
  },
  {
    text: 'Polda Gorontalo',
    url: 'https://gorontalo.antaranews.com/berita/33456/polda-situasi-boalemo-kondusif',
    expected: { kind: 'polda', name: 'Gorontalo', province: '75', headquarters: false },
  },
  {
    text: 'Polresta Palu',
    url: 'https://sulteng.antaranews.com/amp/berita/333569/polresta-palu-kawal-ketat-distribusi-logistik-pilkada-ke-8-kecamatan',
    expected: { kind: 'polresta', name: 'Palu', province: '72', headquarters: false },
  },
  {
    text: 'Polda Sulteng',
    url: 'https://sulteng.antaranews.com/amp/berita/322847/kapolda-sulteng-tekankan-jajaran-lakukan-pemetaan-potensi-konflik',
    expected: { kind: 'polda', name: 'Sulteng', province: '72', headquarters: false },
  },
  {
    text: 'Polres Mamuju',
    url: 'https://makassar.antaranews.com/amp/berita/78775/kapolres-mamuju--paslon-tak-nodai-nilai-pilkada',
    expected: { kind: 'polres', name: 'Mamuju', province: '76', headquarters: false },
  },
  {
    text: 'Polres Polman',
    url: 'https://katinting.com/httpwp-mep7l5ul-2x6/',
    expected: { kind: 'polres', name: 'Polman', province: '76', headquarters: false },
    note: 'Polman = Polewali Mandar.',
  },
  {
    text: 'Polda Sulsel',
    url: 'https://rakyatsulsel.fajar.co.id/2024/09/12/sukseskan-pilkada-serentak-2024-kapolres-pelabuhan-makassar-hadiri-deklarasi-tiga-pilar',
    expected: { kind: 'polda', name: 'Sulsel', province: '73', headquarters: false },
  },
  {
    text: 'Polres Bone',
    url: 'https://www.kabarbone.com/2021/09/14/ini-warning-kapolres-bone-jelang-pilkades/16/06/news/',
    expected: { kind: 'polres', name: 'Bone', province: '73', headquarters: false },
  },
  {
    text: 'Polres Bulukumba',
    url: 'https://gosulsel.com/2020/02/29/250-personel-polres-dan-60-brimob-polda-amankan-pilkades-serentak-bulukumba',
    expected: { kind: 'polres', name: 'Bulukumba', province: '73', headquarters: false },
  },
  {
    text: 'Satuan Sabhara Polres Gowa',
    url: 'https://lintas.my.id/2020/11/08/antisipasi-kerawanan-menjelang-pilkada-serentak-sabhara-polres-gowa-sambang-ke-kpu-dan-bawaslu/',
    expected: {
      kind: 'satuan',
      name: 'Satuan Sabhara',
      province: '73',
      parentKind: 'polres',
      parentName: 'Gowa',
      headquarters: false,
    },
  },
  {
    text: 'Polres Gowa',
    url: 'https://edelweisnews.com/pasca-pemungutan-suara-pilkada-serentak-2024-personel-bko-polres-gowa-gelar-patroli-gabungan/',
    expected: { kind: 'polres', name: 'Gowa', province: '73', headquarters: false },
  },
  {
    text: 'Polsek Samaturu',
    url: 'https://sultra.antaranews.com/berita/444810/polres-kolaka-siapkan-273-personel-amankan-pilkades-serentak-2023',
    expected: { kind: 'polsek', name: 'Samaturu', province: '74', headquarters: false },
  },
  {
    text: 'Polsek Watubangga',
    url: 'https://sultra.antaranews.com/berita/444810/polres-kolaka-siapkan-273-personel-amankan-pilkades-serentak-2023',
    expected: { kind: 'polsek', name: 'Watubangga', province: '74', headquarters: false },
  },
  {
    text: 'Mapolda Sultra',
    url: 'https://sultra.antaranews.com/amp/berita/294500/kapolda-pilkada-sultra-kondusif-tanpa-gangguan-kamtibmas',
    expected: { kind: 'polda', name: 'Sultra', province: '74', headquarters: true },
  },
  {
    text: 'Polres Konawe',
    url: 'https://kabaranoa.id/pastikan-keamanan-jelang-pilkada-kapolda-sambangi-polres-konawe/',
    expected: { kind: 'polres', name: 'Konawe', province: '74', headquarters: false },
  },
  {
    text: 'Polres Pulau Ambon dan Pulau-pulau Lease',
    url: 'https://malukunews.co/berita/bursel/9pv14s3bzwgy1yec/rawan-konflik-pilkada-polda-optimalkan-pengamanan',
    expected: { kind: 'polres', name: 'Pulau Ambon dan Pulau-pulau Lease', province: '81', headquarters: false },
  },
  {
    text: 'Polda Maluku',
    url: 'https://malukunews.co/berita/bursel/9pv14s3bzwgy1yec/rawan-konflik-pilkada-polda-optimalkan-pengamanan',
    expected: { kind: 'polda', name: 'Maluku', province: '81', headquarters: false },
  },
  {
    text: 'Mapolda Maluku',
    url: 'https://spektrumonline.com/kapolda-maluku-polisi-harus-adil-saat-mengamankan-pilkada/',
    expected: { kind: 'polda', name: 'Maluku', province: '81', headquarters: true },
  },
  {
    text: 'Mapolda Papua',
    url: 'https://mambruks.com/scoop/30716/kapolda-papua-pimpin-sertijab-3-kapolres',
    expected: { kind: 'polda', name: 'Papua', province: '91', headquarters: true },
  },
  {
    text: 'Polda Papua',
    url: 'https://bintangpapuaonline.com/kapolres-diminta-amankan-pilkada-dan-pengumuman-cpns',
    expected: { kind: 'polda', name: 'Papua', province: '91', headquarters: false },
  },
  {
    text: 'Polda Papua Tengah',
    url: 'https://kontraspedia.com/?p=757',
    expected: { kind: 'polda', name: 'Papua Tengah', province: '94', headquarters: false },
  },
  {
    text: 'Polda Papua Barat Daya',
    url: 'https://kontraspedia.com/?p=757',
    expected: { kind: 'polda', name: 'Papua Barat Daya', province: '96', headquarters: false },
  },
  {
    text: 'Polres Manokwari',
    url: 'https://linkpapua.com/keamanan-manokwari-dan-pegaf-cukup-kondusif/',
    expected: { kind: 'polres', name: 'Manokwari', province: '92', headquarters: false },
  },
  {
    text: 'Polda Papua Barat',
    url: 'https://linkpapua.com/keamanan-manokwari-dan-pegaf-cukup-kondusif/',
    expected: { kind: 'polda', name: 'Papua Barat', province: '92', headquarters: false },
  },
  {
    text: 'Polresta Manokwari',
    url: 'https://papuabarat.antaranews.com/berita/55553/kapolresta-manokwari-tidak-ada-pengerahan-massa-kabupaten-lain',
    expected: { kind: 'polresta', name: 'Manokwari', province: '92', headquarters: false },
  },
  {
    text: 'Polres Kabupaten Sorong',
    url: 'https://monitorkeadilan.com/2019/08/08/kedamaian-kabupaten-sorong-dibawah-kepemimpinan-kapolres-akbp-dewa-made-sidan-sutrahna-s-ik/',
    expected: { kind: 'polres', name: 'Kabupaten Sorong', province: '96', headquarters: false },
    note: 'Kabupaten Sorong lies in Papua Barat Daya (province code 96) since 2022; in 2019 it was in Papua Barat.',
  },
  {
    text: 'Polresta Sorong Kota',
    url: 'https://sorongnews.com/kapolresta-gandeng-kepala-suku-asli-papua-jaga-kamtibmas-jelang-10-desember-dan-nataru',
    expected: { kind: 'polresta', name: 'Sorong Kota', province: '96', headquarters: false },
  },
  {
    text: 'Polres Sorong Kota',
    url: 'https://sorongraya.inews.id/read/265161/kenaikan-tipe-polres-sorong-kota-menjadi-polresta-harus-selaras-dengan-pelayanan-maksimal/all',
    expected: { kind: 'polres', name: 'Sorong Kota', province: '96', headquarters: false },
  },
  {
    text: 'Polres Mimika',
    url: 'https://tribratanews.papua.polri.go.id/rapat-pembahasan-rencana-pembangunan-2-pos-pengamanan-di-kampung-mimika-gunung-distrik-kuala-kencana',
    expected: { kind: 'polres', name: 'Mimika', province: '94', headquarters: false },
  },
  {
    text: 'Polsek Kuala Kencana',
    url: 'https://tribratanews.papua.polri.go.id/rapat-pembahasan-rencana-pembangunan-2-pos-pengamanan-di-kampung-mimika-gunung-distrik-kuala-kencana',
    expected: { kind: 'polsek', name: 'Kuala Kencana', province: '94', headquarters: false },
  },
  {
    text: 'Mapolres Mimika',
    url: 'https://papuanewsonline.com/kapolres-mimika-tegaskan-700-personel-siaga-jaga-timika-tetap-kondusif',
    expected: { kind: 'polres', name: 'Mimika', province: '94', headquarters: true },
  },
  {
    text: 'Mapolda Papua Tengah',
    url: 'https://infonabire.com/kapolda-papua-tengah-beberkan-data-personel-anggaran-dan-operasional-tahun-2025',
    expected: { kind: 'polda', name: 'Papua Tengah', province: '94', headquarters: true },
  },
  {
    text: 'Polsek Widang',
    url: 'https://www.seopini.com/jelang-pemungutan-suara-pilkada-tuban-bhabinkamtimas-polsek-widang-sampaikan-perbedaan-pendapat-jangan-merusak-hubungan-sosial',
    expected: { kind: 'polsek', name: 'Widang', province: '35', headquarters: false },
  },
  {
    text: 'Polsek Sambaliung',
    url: 'https://www.a-news.id/pilkakam-serentak-bakal-dilaksanakan-polsek-sambaliung-lakukan-pemetaan-kerawanan-konflik/',
    expected: { kind: 'polsek', name: 'Sambaliung', province: '64', headquarters: false },
  },
  {
    text: 'Polres Berau',
    url: 'https://www.a-news.id/pilkakam-serentak-bakal-dilaksanakan-polsek-sambaliung-lakukan-pemetaan-kerawanan-konflik/',
    expected: { kind: 'polres', name: 'Berau', province: '64', headquarters: false },
  },
  {
    text: 'Polsek Tambang',
    url: 'https://klikmx.com/daerah/10/02/2024/bhabinkamtibmas-sambangi-warga-guna-cipta-kondisi-jelang-pemilu-2024.html',
    expected: { kind: 'polsek', name: 'Tambang', province: '14', headquarters: false },
  },
  {
    text: 'Polsek Panggarangan Polres Lebak',
    url: 'https://tribratanews.banten.polri.go.id/bhabinkamtibmas-polsek-panggarangan-polres-lebak-tingkatkan-keamanan-jelang-pilkades-serentak-di-desa-binaanya',
    expected: {
      kind: 'polsek',
      name: 'Panggarangan',
      province: '36',
      parentKind: 'polres',
      parentName: 'Lebak',
      headquarters: false,
    },
  },
];
