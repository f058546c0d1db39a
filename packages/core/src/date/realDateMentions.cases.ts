// Dates as Indonesian news outlets write them, in sentences copied character for character from
// real articles (source URL on each case), with the dates a reader finds worked out by hand from
// the text — never from the finder's output. Whether a written weekday is right is not stored: the
// test computes it from the JS calendar.
// Third-party text: this file is test data only; it is not imported by index.ts and is not shipped
// (packages/core/package.json `files` ships dist only).
//
// `referenceDate` is given only where the article itself dates the text (its dateline, a dated
// mention in the same article, or the date in its URL), as the note on the case says.

/** One calendar day a reader finds; `date` absent when the year is neither written nor known. */
export interface RealDateDay {
  date?: string;
  month: number;
  day: number;
  /** Weekday as written (0 = Minggu … 6 = Sabtu). */
  weekday?: number;
}

/** A date mention a reader finds: its words as written, its day (a range's first) and a range's last day. */
export interface RealDateExpected extends RealDateDay {
  written: string;
  /** Whether the year is written in the text (with the date or its range). */
  yearStated: boolean;
  through?: RealDateDay;
}

export interface RealDateCase {
  text: string;
  url: string;
  referenceDate?: string;
  /** Where `referenceDate` comes from. */
  note?: string;
  expected: readonly RealDateExpected[];
}

const MINGGU = 0;
const SENIN = 1;
const SELASA = 2;
const RABU = 3;
const KAMIS = 4;
const JUMAT = 5;
const SABTU = 6;

function md(date: string): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** A day with its year written. */
function day(written: string, date: string, weekday?: number): RealDateExpected {
  return { written, date, ...md(date), yearStated: true, ...(weekday === undefined ? {} : { weekday }) };
}

/** A day written without a year, placed by the reference date. */
function placed(written: string, date: string, weekday?: number): RealDateExpected {
  return { written, date, ...md(date), yearStated: false, ...(weekday === undefined ? {} : { weekday }) };
}

/** A day written without a year and no reference date: month and day only. */
function noYear(written: string, month: number, dayOfMonth: number, weekday?: number): RealDateExpected {
  return { written, month, day: dayOfMonth, yearStated: false, ...(weekday === undefined ? {} : { weekday }) };
}

/** A range, first day to last day. */
function range(
  written: string,
  from: string,
  to: string,
  { yearStated = true, weekdays }: { yearStated?: boolean; weekdays?: readonly [number, number] } = {},
): RealDateExpected {
  return {
    written,
    date: from,
    ...md(from),
    yearStated,
    ...(weekdays === undefined ? {} : { weekday: weekdays[0] }),
    through: { date: to, ...md(to), ...(weekdays === undefined ? {} : { weekday: weekdays[1] }) },
  };
}

export const REAL_DATE_CASES: readonly RealDateCase[] = [
  {
    text: 'Polres Pekalongan menggelar Apel Pergeseran Pasukan (Serpas) untuk pengamanan Tempat Pemungutan Suara (TPS) pada Selasa (26/11/2024).',
    url: 'https://investigasiindonesia.co.id/polres-pekalongan-gelar-pergeseran-pasukan-pengamanan-tps-kapolres-tegaskan-netralitas-tni-polri',
    expected: [day('Selasa (26/11/2024)', '2024-11-26', SELASA)],
  },
  {
    text: '“Sesuai dengan PKPU Nomor 2 Tahun 2024, pemungutan suara akan dilaksanakan serentak pada 27 November 2024, diikuti rekapitulasi hasil suara mulai dari TPS hingga tingkat KPUD,” ujar AKBP Doni.',
    url: 'https://investigasiindonesia.co.id/polres-pekalongan-gelar-pergeseran-pasukan-pengamanan-tps-kapolres-tegaskan-netralitas-tni-polri',
    expected: [day('27 November 2024', '2024-11-27')],
  },
  {
    text: 'usai pemungutan suara atau pencoblosan pada pelaksanaan Pilkada Serentak 27 November 2024.',
    url: 'https://kalbar.antaranews.com/berita/607513/kapolres-kapuas-hulu-kawal-pilkada-dan-tetap-jaga-keamanan',
    expected: [day('27 November 2024', '2024-11-27')],
  },
  {
    text: '"Jika ada hal-hal yang ditemukan, silahkan lapor sesuai prosedur, kita sama-sama kawal pilkada sampai selesai dengan tetap menjaga situasi yang kondusif," kata AKBP Hendrawan, kepada ANTARA, di Putussibau Kapuas Hulu, Rabu.',
    url: 'https://kalbar.antaranews.com/berita/607513/kapolres-kapuas-hulu-kawal-pilkada-dan-tetap-jaga-keamanan',
    expected: [], // a day name alone is not a date
  },
  {
    text: 'Secara umum proses pemungutan suara di wilayah hukum Polres Tangerang Selatan berjalan aman dan lancar”ujar AKBP Victor, pada rabu 27 November 2024.',
    url: 'https://tangsel.pjsn.or.id/monitoring-pemungutan-suara-kapolres-tangsel-pastikan-pilkada-2024-berjalan-aman-dan-lancar',
    expected: [day('rabu 27 November 2024', '2024-11-27', RABU)],
  },
  {
    text: 'Jumat, 8 Maret 2024 - 07:33 WIB',
    url: 'https://target-24jam.com/?p=13628',
    expected: [day('Jumat, 8 Maret 2024', '2024-03-08', JUMAT)],
  },
  {
    text: 'Dalam konferensi pers di Mapolres Kubu Raya pada hari Kamis (7/3/2024), Kapolres menyatakan kepuasannya atas lancarnya proses pemilu dari tahap awal hingga perhitungan dan rekapitulasi hasil suara tingkat Kabupaten.',
    url: 'https://target-24jam.com/?p=13628',
    expected: [day('Kamis (7/3/2024)', '2024-03-07', KAMIS)],
  },
  {
    text: 'Wahyu berharap, situasi kondusif yang terjaga dengan baik saat ini dapat dipertahankan hingga pelaksanaan Pilkada serentak pada November 2024 mendatang.',
    url: 'https://target-24jam.com/?p=13628',
    expected: [], // a month and year, no day
  },
  {
    text: 'menggelar Simulasi Sistem Pengamanan Kota (Sispamkota) dalam rangka Pengamanan Pemilihan Kepala Daerah (Pilkada) Serentak, Senin (26/8).',
    url: 'https://kaltara.antaranews.com/video/4286731/polda-kaltara-kerahkan-2035-personel-amankan-pilkada-2024',
    expected: [noYear('Senin (26/8)', 8, 26, SENIN)],
  },
  {
    text: 'Kompas.com - 09/02/2024, 19:00 WIB',
    url: 'https://www.kompas.com/tren/read/2024/02/09/190000965/-cooling-system-polda-jateng-apakah-lumrah-dilakukan-jelang-pemilu-?page=1',
    expected: [day('09/02/2024', '2024-02-09')],
  },
  {
    text: 'bisa berjalan aman lancar dan tertib," Kabid Humas Polda Jateng Kombes Stefanus Satake Bayu, Selasa (7/2/2024).',
    url: 'https://www.kompas.com/tren/read/2024/02/09/190000965/-cooling-system-polda-jateng-apakah-lumrah-dilakukan-jelang-pemilu-?page=1',
    expected: [day('Selasa (7/2/2024)', '2024-02-07', SELASA)], // 7 February 2024 was a Wednesday
  },
  {
    text: '"Memang ada cooling system. Itu biasanya dilakukan Satgas (satuan tugas) Nusantara saat Operasi Pengamanan Pemilu atau Pilkada," kata Poengky saat dihubungi Kompas.com, Jumat (9/2/2024).',
    url: 'https://www.kompas.com/tren/read/2024/02/09/190000965/-cooling-system-polda-jateng-apakah-lumrah-dilakukan-jelang-pemilu-?page=1',
    expected: [day('Jumat (9/2/2024)', '2024-02-09', JUMAT)],
  },
  {
    text: 'ujaranya dihadapan awak media saat menggelar apel gelar pasukan, Senin (27/8/2024) lalu.',
    url: 'https://www.petah.id/berita/mengenal-cooling-system-strategi-kepolisan-untuk-amankan-pilkada',
    expected: [day('Senin (27/8/2024)', '2024-08-27', SENIN)], // a Tuesday
  },
  {
    text: 'Kanit Intel AIPDA Suryadi dan Kanit Samapta BRIPKA Hendra Putra bergerak menemui masyarakat Pasar Baru, Kelurahan Enok, Senin (1/1/2024) Siang.',
    url: 'https://riautodays.com/2024/01/awali-2024-polsek-enok-kembali.html',
    expected: [day('Senin (1/1/2024)', '2024-01-01', SENIN)],
  },
  {
    text: 'baik dalam semua aktivitas biasa maupun menjelang Pemilu pada 14 Februari 2024 mendatang.',
    url: 'https://riautodays.com/2024/01/awali-2024-polsek-enok-kembali.html',
    expected: [day('14 Februari 2024', '2024-02-14')],
  },
  {
    text: 'Terakhir Kapolsek Enok mengajak semua masyarakat agar segera memberikan informasi kepada penegak hukum jika ada gangguan keamanan dan ketertiban masyarakat menjelang pemilu 14 Februari nantinya.',
    url: 'https://riautodays.com/2024/01/awali-2024-polsek-enok-kembali.html',
    referenceDate: '2024-01-01',
    note: 'the article is of Senin (1/1/2024)',
    expected: [placed('14 Februari', '2024-02-14')],
  },
  {
    text: '“Kami ada program Cooling System, bahwa dalam setiap kontestasi, setiap rangkaian kegiatan pemilu otomatis tensi atau suhu politik meningkat ini menjadi sebuah yang lazim terjadi,” ujar Fadil kepada wartawan di Jakarta, Sabtu (31/12/2022).',
    url: 'https://beta.inews.co.id/news/megapolitan/polda-metro-jaya-punya-program-cooling-system-untuk-hadapi-tahun-politik-apa-itu/all',
    expected: [day('Sabtu (31/12/2022)', '2022-12-31', SABTU)],
  },
  {
    text: 'Dekannews, Jakarta - Selasa (13/08/2024), Polres Kepulauan Seribu mengadakan Kegiatan Apel Gelar Pasukan Operasi Kepolisian Mandiri Kewilayahan Mantap Praja 2024 di Halaman Mako Polres Kepulauan Seribu.',
    url: 'https://dekannews.com/baca/polres-kepulauan-seribu-gelar-apel-pasukan-operasi-mantap-praja-2024-kapolres-tanda-kesiapan-pengamanan-pemilu',
    expected: [day('Selasa (13/08/2024)', '2024-08-13', SELASA)],
  },
  {
    text: 'Operasi ini akan dilaksanakan selama 140 hari, mulai 14 Agustus 2024 hingga 31 Desember 2024, serentak di seluruh wilayah hukum Polda Metro Jaya.',
    url: 'https://dekannews.com/baca/polres-kepulauan-seribu-gelar-apel-pasukan-operasi-mantap-praja-2024-kapolres-tanda-kesiapan-pengamanan-pemilu',
    expected: [range('14 Agustus 2024 hingga 31 Desember 2024', '2024-08-14', '2024-12-31')],
  },
  {
    text: 'READNEWS.ID, JAKARTA – Menghadapi momen perayaan Hari Raya Idul Fitri 1445 H yang akan tiba dalam beberapa hari, Polres Metro Jakarta Barat bersama Forkopimko Jakarta Barat melaksanakan apel gelar pasukan di halaman kantor Walikota Jakarta Barat, Rabu, 3/4/2024.',
    url: 'https://readnews.id/polres-metro-jak-bar-dan-forkopimko-gelar-apel-pasukan-pengamanan-idul-fitri-1445-h/',
    expected: [day('Rabu, 3/4/2024', '2024-04-03', RABU)],
  },
  {
    text: 'Kapolres Metro Jakarta Timur Kombes Nicolas Ary Lilipaly yang menjadi pemimpin Apel gelar pasukan yang bertempat di Lapangan Museum Purna Bakti TMII Jakarta Timur, Rabu pagi (14/08/2024).',
    url: 'https://bimata.id/2024/08/kapolres-metro-jakarta-timur-pimpin-apel-gelar-pasukan-pengamanan-ops-mantap-praja-jaya-2024',
    expected: [day('Rabu pagi (14/08/2024)', '2024-08-14', RABU)],
  },
  {
    text: 'Turut hadir dalam Apel Gelar pasukan dari unsur Forkopimko Jakarta Timur, Dandim 0505/JT (Diwakili oleh Kasdim 0505/JT) Letkol Inf Ali Cahyono',
    url: 'https://bimata.id/2024/08/kapolres-metro-jakarta-timur-pimpin-apel-gelar-pasukan-pengamanan-ops-mantap-praja-jaya-2024',
    expected: [],
  },
  {
    text: 'Apel gelar pasukan dimulai pada pukul 08.00 WIB diawali dengan laporan Komandan Upacara oleh AKP Sumardi, S.H,',
    url: 'https://bimata.id/2024/08/kapolres-metro-jakarta-timur-pimpin-apel-gelar-pasukan-pengamanan-ops-mantap-praja-jaya-2024',
    expected: [],
  },
  {
    text: 'Ahad, 13 Oktober 2024 | 20:58:27 WIB',
    url: 'https://pab-indonesia.co.id/amp/detail/26194/kapolri-cek-gladi-bersih-apel-gelar-pasukan-pengamanan-pengambilan-sumpah-presiden-dan-wapres-ri',
    expected: [day('Ahad, 13 Oktober 2024', '2024-10-13', MINGGU)],
  },
  {
    text: '"Ya, Pak Kapolri cek kesiapan Apel Pam (pengamanan) Pengambilan Sumpah Presiden dan Wakil Presiden RI," kata Asisten Kapolri bidang SDM Irjen Dedi Prasetyo dalam keterangannya, Sabtu (12/10/2024).',
    url: 'https://pab-indonesia.co.id/amp/detail/26194/kapolri-cek-gladi-bersih-apel-gelar-pasukan-pengamanan-pengambilan-sumpah-presiden-dan-wapres-ri',
    expected: [day('Sabtu (12/10/2024)', '2024-10-12', SABTU)],
  },
  {
    text: 'Gladi bersih apel gelar pasukan berlangsung di Mako Brimob Kelapa Dua Depok, Jawa Barat. Nantinya apel pun digelar di Mako Brimob Kelapa Dua pada Senin (14/10).',
    url: 'https://pab-indonesia.co.id/amp/detail/26194/kapolri-cek-gladi-bersih-apel-gelar-pasukan-pengamanan-pengambilan-sumpah-presiden-dan-wapres-ri',
    referenceDate: '2024-10-13',
    note: 'the dateline: Ahad, 13 Oktober 2024',
    expected: [placed('Senin (14/10)', '2024-10-14', SENIN)],
  },
  {
    text: '“Kapolri sudah mengecek kesiapan apel pengamanan pengambilan sumpah Presiden dan Wakil Presiden RI,” kata Asisten Kapolri bidang SDM Irjen Dedi Prasetyo dalam keterangannya yang diterima di Jakarta, dikutip dari kantor berita Antara, Minggu (13/10).',
    url: 'https://balipost.com/news/2024/10/13/421988/15-Ribu-Personel-Amankan-Pengambilan...html',
    referenceDate: '2024-10-13',
    note: 'the date in the URL',
    expected: [placed('Minggu (13/10)', '2024-10-13', MINGGU)],
  },
  {
    text: 'Kapolres Ponorogo AKBP Anton Prasetyo memimpin Apel Gelar Pasukan Operasi Mantab Praja Semeru 2024 dan dilanjutkan Peragaan Sispamkota dalam rangka Pengamanan Pilkada Serentak bertempat di depan Paseban Jl. Aloon-aloon Utara, Senin (29/8) pukul 08.00 wib.',
    url: 'https://mediaseputarkita.com/?p=17909',
    expected: [noYear('Senin (29/8)', 8, 29, SENIN)],
  },
  {
    text: '“Operasi Mantap Praja Semeru 2024 yang akan berlangsung selama 135 hari terhitung mulai tanggal 19 Agustus sampai 31 Desember 2024, “imbuh Kapolres Ponorogo.',
    url: 'https://mediaseputarkita.com/?p=17909',
    expected: [range('19 Agustus sampai 31 Desember 2024', '2024-08-19', '2024-12-31')],
  },
  {
    text: 'Guna mendukung terselenggaranya Pilkada Serentak 2024 yang aman, tertib dan lancar Dandim 0501/JP Kolonel Inf Bangun I.E. Siregar, S.H., MIPOL hadiri Apel Gelar Pasukan Pengamanan Pilkada Serentak 2024, bertempat di silang Monas, Gambir Jakarta Pusat. Senin (26/11/2024)',
    url: 'https://rakyatmerdekanews.com/kodim-0501-jp-laksanakan-apel-gelar-pasukan-dalam-rangka-operasi-mantap-praja-2024/',
    expected: [day('Senin (26/11/2024)', '2024-11-26', SENIN)], // a Tuesday
  },
  {
    text: 'Terbaru, pekan depan, Polri menggulirkan Operasi Mantap Brata 2023-2024. Rencananya, Operasi Mantap Brata bergulir pada 17 Oktober 2023.',
    url: 'https://koranmandala.com/politik/27431/siap-siap-polri-gelar-operasi-mantap-brata-pekan-depan-amankan-pemilu-2024',
    expected: [day('17 Oktober 2023', '2023-10-17')],
  },
  {
    text: 'Mengutip beberapa sumber, Komisaris Besar (Kombes) Polisi M Firman, Kepala Bagian Analisis dan Evaluasi (Anev) Staf Operasi (Sops) Polri, Rabu 11 Oktober 2023, menyatakan, Operasi Mantap Brata bergulir menjelang pendaftaran Calon Presiden (Capres) dan Calon Wakil Presiden (Cawapres) pada 19-25 Oktober 2023.',
    url: 'https://koranmandala.com/politik/27431/siap-siap-polri-gelar-operasi-mantap-brata-pekan-depan-amankan-pemilu-2024',
    expected: [
      day('Rabu 11 Oktober 2023', '2023-10-11', RABU),
      range('19-25 Oktober 2023', '2023-10-19', '2023-10-25'),
    ],
  },
  {
    text: 'Operasi Mantap Brata Candi akan dimulai pada Kamis (19/10/2023)',
    url: 'https://www.bloraweb.com/2023/10/operasi-mantap-brata-candi-2023-2024.html',
    expected: [day('Kamis (19/10/2023)', '2023-10-19', KAMIS)],
  },
  {
    text: 'Apel Gelar Pasukan Operasi Mantap Brata Candi 2023-2024 resmi dimulai di lapangan Kridosono, Kabupaten Blora pada Rabu (18/10/2023).',
    url: 'https://www.bloraweb.com/2023/10/operasi-mantap-brata-candi-2023-2024.html',
    expected: [day('Rabu (18/10/2023)', '2023-10-18', RABU)],
  },
  {
    text: 'Operasi ini akan berlangsung selama sekitar satu tahun, dimulai dari tanggal 19 Oktober 2023 hingga 20 Oktober 2024.',
    url: 'https://www.bloraweb.com/2023/10/operasi-mantap-brata-candi-2023-2024.html',
    expected: [range('19 Oktober 2023 hingga 20 Oktober 2024', '2023-10-19', '2024-10-20')],
  },
  {
    text: 'Operasi tersebut dimulai pada hari ini, Selasa, 17 Oktober 2023. Untuk mengetahui operasi tersebut simak artikel berikut ini.',
    url: 'https://voi.id/berita/320467/apa-itu-operasi-mantap-brata',
    expected: [day('Selasa, 17 Oktober 2023', '2023-10-17', SELASA)],
  },
  {
    text: '"Untuk pelaksanaan Operasi Mantap Brata rencana akan digelar pada tanggal 17 Oktober 2023, itu operasi sesuai rencana akan digelar selama 222 hari,” jelas Firman dikutip dari Humas Polri.',
    url: 'https://voi.id/berita/320467/apa-itu-operasi-mantap-brata',
    expected: [day('17 Oktober 2023', '2023-10-17')],
  },
  {
    text: 'Senin, 16 Okt 2023 17:39 WIB',
    url: 'https://news.detik.com/berita/d-6985362/serba-serbi-operasi-mantap-brata-untuk-kawal-pemilu-2024/amp',
    expected: [day('Senin, 16 Okt 2023', '2023-10-16', SENIN)],
  },
  {
    text: '"Operasi Mantap Brata akan dilaksanakan gelar pasukan tanggal 17 nantinya. Jadi tanggal 17 itu gelar pasukan, langsung nanti akan dilaksanakan pembagian tugas sesuai dengan porsi masing-masing, baik di tingkat pusat, maupun di tingkat daerah," ujar Sandi kepada wartawan di Taman Wisata Alam Angke Kapuk, Jakarta Utara, Jumat (13/10/2023).',
    url: 'https://news.detik.com/berita/d-6985362/serba-serbi-operasi-mantap-brata-untuk-kawal-pemilu-2024/amp',
    expected: [day('Jumat (13/10/2023)', '2023-10-13', JUMAT)], // "tanggal 17" alone is a day, not a date
  },
  {
    text: 'Kepala Staf Umum TNI (Kasum TNI) Letjen TNI Bambang Ismawan, mewakili Panglima TNI Laksamana TNI Yudo Margono, menghadiri Apel Gelar Pasukan Operasi Mantap Brata 2023–2024, bertempat di Silang Monas Jakarta, Selasa (17/10/23).',
    url: 'https://wahananews.co/nasional/tni-polri-bersinergi-amankan-pemilu-2024-8wvP2yRmSz/1',
    expected: [day('Selasa (17/10/23)', '2023-10-17', SELASA)],
  },
  {
    text: 'Menurut Kombes Muhammad Firman, Kabag Anev Robinops Sops Polri, dalam konferensi pers di Hotel Grand Kemang, Jakarta, pada Rabu (11/10/2023), Operasi Mantap Brata direncanakan akan berlangsung selama 222 hari, sesuai dengan rencana awal.',
    url: 'https://walai.id/2023/10/12/operasi-mantap-brata-pengamanan-pemilu-2024-dimulai-17-oktober-2023/',
    expected: [day('Rabu (11/10/2023)', '2023-10-11', RABU)],
  },
  {
    text: 'Dalam rangka mengamankan Pemilu 2024, Polri menggelar Operasi Mantap Brata 2023-2024. Operasi ini akan digelar pada 19 Oktober 2023 hingga 20 Oktober 2024.',
    url: 'https://radarlampung.disway.id/read/680601/operasi-mantap-brata-polda-lampung-terjunkan-8568-personel',
    expected: [range('19 Oktober 2023 hingga 20 Oktober 2024', '2023-10-19', '2024-10-20')],
  },
  {
    text: 'Sabtu, 10 Februari 2024 - 09:56 WIB',
    url: 'https://klikmx.com/daerah/10/02/2024/bhabinkamtibmas-sambangi-warga-guna-cipta-kondisi-jelang-pemilu-2024.html',
    expected: [day('Sabtu, 10 Februari 2024', '2024-02-10', SABTU)],
  },
  {
    text: 'Bhabinkamtibmas yang berada di setiap desa melaksanakan sambang warga, Jumat (09/2/2024)Siang',
    url: 'https://klikmx.com/daerah/10/02/2024/bhabinkamtibmas-sambangi-warga-guna-cipta-kondisi-jelang-pemilu-2024.html',
    expected: [day('Jumat (09/2/2024)', '2024-02-09', JUMAT)],
  },
  {
    text: 'Menjelang pelaksanaan Pilkada Serentak 2024, Bhabinkamtibmas Polsek Gabuswetan semakin aktif melakukan kegiatan sambang warga di berbagai desa di Kecamatan Gabuswetan, Kabupaten Indramayu. Sabtu (16/11/2024)',
    url: 'https://buserjatim.com/?p=552140',
    expected: [day('Sabtu (16/11/2024)', '2024-11-16', SABTU)],
  },
  {
    text: 'Ahad, 20 Oktober 2024',
    url: 'https://transmediariau.com/news/cetak/65456/polsubsektor-pelalawan-gelar-cooling-system-jelang-pilkada-serentak-2024',
    expected: [day('Ahad, 20 Oktober 2024', '2024-10-20', MINGGU)],
  },
  {
    text: 'Pada Minggu, (20/10/2024), Bhabinkamtibmas Desa Delik, Aipda Heruzan Nurza, bersama Babinsa Serda (TNI) Rikno, melakukan patroli dan sambang ke warga di Desa Delik, Kecamatan Pelalawan.',
    url: 'https://transmediariau.com/news/cetak/65456/polsubsektor-pelalawan-gelar-cooling-system-jelang-pilkada-serentak-2024',
    expected: [day('Minggu, (20/10/2024)', '2024-10-20', MINGGU)],
  },
  {
    text: 'Seperti yang dilakukan oleh Bripka Maman  selaku Bhabinkamtibmas Polsek Kie-Polres TTS ,  Rabu (31/01/24).',
    url: 'https://tribratanewstts.com/jelang-pemilu-2024-bhabinkamtibmas-rutin-sambangi-warga-beri-pesan-kamtibmas',
    expected: [day('Rabu (31/01/24)', '2024-01-31', RABU)],
  },
  {
    text: 'melaksanakan sambang  posko bersama pemilu tahun 2024 yang bertempat di kelurahan Galur, kecamatan Johar Baru Jakarta pusat. Jumat, (9/02/2024).',
    url: 'https://www.suararealitas.com/2024/02/wujudkan-pemilu-damai-2024.html',
    expected: [day('Jumat, (9/02/2024)', '2024-02-09', JUMAT)],
  },
  {
    text: 'Polsek Nalumsari melalui Bhabinkamtibmas Bripka Dhany yang berada di tiap-tiap desa melaksanakan patroli sambang dan door to door ke rumah warga, Kamis (26/10/2023).',
    url: 'https://tribratanews.jepara.jateng.polri.go.id/2023/10/26/jelang-pemilu-serentak-bhabinkamtibmas-polsek-nalumsari-sambang-warga-sampaikan-pesan-kamtibmas/page/3',
    expected: [day('Kamis (26/10/2023)', '2023-10-26', KAMIS)],
  },
  {
    text: '- 19 Oktober 2023, 19:13 WIB',
    url: 'https://kabartegal.pikiran-rakyat.com/kabar-pantura/pr-937260363/ciptakan-situasi-aman-jelang-pemilu-2024-polres-pemalang-intensifkan-patroli-dialogis',
    expected: [day('19 Oktober 2023', '2023-10-19')],
  },
  {
    text: '"Salah satunya kegiatan patroli dialogis Satgas Preventif hari ini, yang menyasar ke Kantor Komisi Pemilihan Umum (KPU) dan beberapa objek vital," kata Kapolres Pemalang AKBP Yovan Fatika Handhiska Aprilaya, Kamis, 19 Oktober 2023.',
    url: 'https://kabartegal.pikiran-rakyat.com/kabar-pantura/pr-937260363/ciptakan-situasi-aman-jelang-pemilu-2024-polres-pemalang-intensifkan-patroli-dialogis',
    expected: [day('Kamis, 19 Oktober 2023', '2023-10-19', KAMIS)],
  },
  {
    text: 'Waru, 8 Januari 2024 – Dalam rangka memastikan Pemilihan Umum 2024 berjalan dengan damai dan tertib, Polsek Waru melaksanakan patroli dialogis yang gencar di berbagai wilayah.',
    url: 'https://polresppu.com/polsek-waru-terus-berupaya-ciptakan-pemilu-damai-melalui-patroli-dialogis-kapolsek-waru-akp-edi-hariyanto-sh-memimpin-langsung/',
    expected: [day('8 Januari 2024', '2024-01-08')],
  },
  {
    text: 'Sepaku, 8 Februari 2024',
    url: 'https://polresppu.com/?p=34867',
    expected: [day('8 Februari 2024', '2024-02-08')],
  },
  {
    text: 'Kegiatan ini dilakukan dengan sambang langsung ke warga diwilyah hukum Polsek Penajam untuk memberikan himbauan dan membangun komunikasi yang baik. Kamis 01/02/2024',
    url: 'https://kaltim.tribratanews.com/2024/02/sambangi-warga-polsek-penajam-gelar-patroli-dialogis-menjelang-pemilu-2024/amp',
    expected: [day('Kamis 01/02/2024', '2024-02-01', KAMIS)],
  },
  {
    text: 'Polres Metro Jakarta Utara menerapkan sistem patroli (mobile) untuk melakukan pengawalan saat pelaksanaan Pemilu 2024 di tempat pemungutan suara (TPS) pada Rabu, 14 Februari 2024.',
    url: 'https://antaranews.com/berita/3962274/personel-terbatas-polisi-terapkan-sistem-patroli-kawal-pemilu-di-tps',
    expected: [day('Rabu, 14 Februari 2024', '2024-02-14', RABU)],
  },
  {
    text: 'Baca juga: Polisi terapkan metode "2.16.32" amankan TPS Pemilu 2024',
    url: 'https://antaranews.com/berita/3962274/personel-terbatas-polisi-terapkan-sistem-patroli-kawal-pemilu-di-tps',
    expected: [],
  },
  {
    text: 'Pada Rabu (25/9/2024), tim Satgas Preventif di bawah pimpinan Padal Pam DPRD Karangasem IPTU I Ketut Wijaya, melakukan serangkaian kegiatan di Kantor DPRD Kabupaten Karangasem.',
    url: 'https://koranpemberitaankorupsi.co.id/2024/09/polres-karangasem-tingkatkan-pengamanan.html',
    expected: [day('Rabu (25/9/2024)', '2024-09-25', RABU)],
  },
  {
    text: 'Kapolsek Jempang, PS. Kapolsek Jempang, melaporkan bahwa kegiatan kampanye tersebut telah dilaksanakan pada hari Rabu, 31 Januari 2024, di rumah Bapak Theodorus Pancar di Kampung Pentat, Kecamatan Jempang.',
    url: 'https://kaltim.tribratanews.com/2024/02/personel-polsek-jempang-melaksanakan-pengamanan-kampanye-tatap-muka-caleg/amp',
    expected: [day('Rabu, 31 Januari 2024', '2024-01-31', RABU)],
  },
  {
    text: 'Rangkaian kegiatan dimulai dengan apel pengamanan pada pukul 16:00 Wita di Mako Polsek Jempang yang dipimpin oleh Ipda Samuel Leftew.',
    url: 'https://kaltim.tribratanews.com/2024/02/personel-polsek-jempang-melaksanakan-pengamanan-kampanye-tatap-muka-caleg/amp',
    expected: [],
  },
  {
    text: 'Tahapan kampanye pada Pemilu 2024 sendiri telah dimulai sejak tanggal 28 November 2023 sampai dengan 10 Februari 2024 mendatang.',
    url: 'https://dirgantaraonline.co.id/2024/01/polda-sumbar-dan-polres-jajaran.html',
    expected: [range('28 November 2023 sampai dengan 10 Februari 2024', '2023-11-28', '2024-02-10')],
  },
  {
    text: 'Tribratanews.polri.go.id - Batam. Polda Kepri kerahkan sebanyak 285 personel untuk pengamanan tahapan kampanye Pilkada 2024, yang berlangsung dari tanggal 25 September hingga 23 November 2024.',
    url: 'https://tribratanews.polri.go.id/blog/keamanan-6/polda-kepri-kerahkan-sebanyak-285-personel-untuk-amankan-tahapan-kampanye-pilkada-2024-79588',
    expected: [range('25 September hingga 23 November 2024', '2024-09-25', '2024-11-23')],
  },
  {
    text: '"Polres dan Polresta jajaran Polda Kepri siap menjaga keamanan di setiap daerah selama tahapan Pilkada, dengan puncak pemilihan serentak pada 27 November 2024," jelas Kabid Humas Polda Kepri, Kombes Pol. Zahwani Pandra Arsyad, dilansir dari inews, Sabtu (5/10/24).',
    url: 'https://tribratanews.polri.go.id/blog/keamanan-6/polda-kepri-kerahkan-sebanyak-285-personel-untuk-amankan-tahapan-kampanye-pilkada-2024-79588',
    expected: [day('27 November 2024', '2024-11-27'), day('Sabtu (5/10/24)', '2024-10-05', SABTU)],
  },
  {
    text: 'Satgas Preemtif, Subsatgas Binmas Polres Kendal Ipda Kasiyem langsung turun ke sejumlah lokasi sebagai upaya colling system menuju Pemilu, (Rabu/13/12/2023).',
    url: 'https://kendal.zonamerdeka.com/2023/12/lewat-brosur-polres-kendal-imbau.html',
    expected: [day('(Rabu/13/12/2023)', '2023-12-13', RABU)],
  },
  {
    text: 'Personel Polwan Polres Pesawaran menggelar patroli humanis dalam rangka Operasi Mantap Praja Krakatau 2024, guna memastikan situasi tetap aman dan kondusif menjelang pencoblosan Pilkada 2024 yang akan dilaksanakan pada 27 November 2024.',
    url: 'https://lampung.viva.co.id/berita/4151-polwan-polres-pesawaran-gelar-patroli-humanis-ajak-warga-sukseskan-pilkada-27-november-2024',
    expected: [day('27 November 2024', '2024-11-27')],
  },
  {
    text: 'Kegiatan patroli ini berlangsung di wilayah hukum Polsek Kedondong dan Gedong Tataan pada Selasa (26/11/2024).',
    url: 'https://lampung.viva.co.id/berita/4151-polwan-polres-pesawaran-gelar-patroli-humanis-ajak-warga-sukseskan-pilkada-27-november-2024',
    expected: [day('Selasa (26/11/2024)', '2024-11-26', SELASA)],
  },
  {
    text: 'Dalam rangka Operasi Mantap Praja, Polres Kayong Utara laksanakan PAM di 5 titik kampanye terhadap 2 Paslon Cabup di wilayah Kecamatan Kabupaten Kayong Utara, pada Sabtu (02/11/24).',
    url: 'https://ledaknews.com/ciptakan-harkamtibmas-polres-kayong-utara-lakukan-pengamanan-kampanye',
    expected: [day('Sabtu (02/11/24)', '2024-11-02', SABTU)],
  },
  {
    text: 'Kepolisian Sektor (Polsek) Abeli berhasil mengamankan senjata tajam (sajam) jenis parang dan gagang ketapel, di Jembatan Kuning Jl Garuda Kelurahan Talia, Kecamatan Abeli Kota Kendari, Rabu (18/1/2023) sekitar pukul 22.00 Wita.',
    url: 'http://sultramedia.id/2023/01/19/jaga-kamtibmas-di-wilkumnya-polsek-abeli-amankan-sajam-dan-gagang-ketapel/',
    expected: [day('Rabu (18/1/2023)', '2023-01-18', RABU)],
  },
  {
    text: '“Barang bukti senjata tajam dan gagang ketapel diamankan di selah antara Kios Counter dan bengkel milik warga Kelurahan Talia,” ujar Iyan melalui pesan tertulis, Kamis (19/1/2023).',
    url: 'http://sultramedia.id/2023/01/19/jaga-kamtibmas-di-wilkumnya-polsek-abeli-amankan-sajam-dan-gagang-ketapel/',
    expected: [day('Kamis (19/1/2023)', '2023-01-19', KAMIS)],
  },
  {
    text: 'Bahkan juga menindaklanjuti laporan masyarakat, seperti yang terjadi pada Senin 25 Maret 2024. Polres Prabumulih mengamankan 9 orang remaja.',
    url: 'https://palpres.bacakoran.co/read/10354/cegah-aski-tawuran-polres-prabumulih-amankan-9-remaja-ini-barang-buktinya',
    expected: [day('Senin 25 Maret 2024', '2024-03-25', SENIN)],
  },
  {
    text: 'ujar Kapolres Prabumulih, AKBP Endro Aribowo SIK melalui Kasat Samapta, AKP Bratanata SE, Selasa 26 Maret 2024.',
    url: 'https://palpres.bacakoran.co/read/10354/cegah-aski-tawuran-polres-prabumulih-amankan-9-remaja-ini-barang-buktinya',
    expected: [day('Selasa 26 Maret 2024', '2024-03-26', SELASA)],
  },
  {
    text: 'Polisi kembali menangkap enam remaja bersenjata tajam tajam yang hendak tawuran di Jalan Daan Mogot, Cengkareng, Jakarta Barat pada hari pertama Tahun Baru 2024, Senin (1/1/2024) sekira pukul 05.00 WIB.',
    url: 'https://www.jpnn.com/news/anak-buah-akbp-hari-tangkap-6-remaja-bersenjata-tajam-yang-akan-tawuran',
    expected: [day('Senin (1/1/2024)', '2024-01-01', SENIN)],
  },
  {
    text: 'MERAUKE-Kapolres Merauke AKBP Untung Sangaji melalui Kabag Ops AKP Micha P. Toding menerima barang bukti hasil pengamanan pelaksanaan Gebyar PON XX kluster Merauke, Selasa (28/9/2021).',
    url: 'https://www.liputankini.com/2021/09/brimob-amankan-gebyar-pon-ini-barang-yang-disita.html',
    expected: [day('Selasa (28/9/2021)', '2021-09-28', SELASA)],
  },
  {
    text: 'Barang bukti yang disita saat pengamanan perayaan Gebyar PON XX pada Sabtu (25/9/2021) di areal Monumen Kapsul Waktu Kabupaten Merauke, berupa korek api gas 403 buah, senjata tajam 15 buah dan ketapel enam buah.',
    url: 'https://www.liputankini.com/2021/09/brimob-amankan-gebyar-pon-ini-barang-yang-disita.html',
    expected: [day('Sabtu (25/9/2021)', '2021-09-25', SABTU)],
  },
  {
    text: 'Setelah penyerangan di Polsek Ciracas dan Polsek Pasar Rebo, Jakarta, dini hari Sabtu (29/8/2020) pengamanan ditingkatkan.',
    url: 'https://www.rmolsumsel.id/2020/08/29/anggota-tni-pun-turut-amankan-mapolsek',
    expected: [day('Sabtu (29/8/2020)', '2020-08-29', SABTU)],
  },
  {
    text: 'Elza Hayarana Sahira | 22 Desember 2023, 21:18 WIB',
    url: 'https://banten.akurat.co/banten-selatan/74671/puluhan-remaja-ditangkap-saat-hendak-tawuran-di-pandeglang',
    expected: [day('22 Desember 2023', '2023-12-22')],
  },
  {
    text: 'Sebanyak 24 remaja yang diduga akan melakukan tawuran diamankan personel Polsek Pandeglang, di Kampung Maja Pasar, RT 001/003, Kelurahan Sukaratu, Kecamatan Majasari.',
    url: 'https://banten.akurat.co/banten-selatan/74671/puluhan-remaja-ditangkap-saat-hendak-tawuran-di-pandeglang',
    expected: [],
  },
  {
    text: '"Begitu mendapatkan informasi dari masyarakat, petugas yang sedang piket langsung bergerak ke lokasi," kata Kapolsek Pandeglang, Jumat (22/12/2023).',
    url: 'https://banten.akurat.co/banten-selatan/74671/puluhan-remaja-ditangkap-saat-hendak-tawuran-di-pandeglang',
    expected: [day('Jumat (22/12/2023)', '2023-12-22', JUMAT)],
  },
  {
    text: '| 09 Apr 2023 21:00',
    url: 'https://era.id/megapolitan/123139/polres-bogor-amankan-30-remaja-hendak-tawuran-sempat-kejar-kejaran-dengan-warga-saat-akan-dibubarkan',
    expected: [day('09 Apr 2023', '2023-04-09')],
  },
  {
    text: '"Kami amankan 30 remaja yang hendak tawuran di sekitaran lampu merah pertigaan Pondok Rajeg, Cibinong," ungkap Kapolsek Cibinong, AKP Waluyo kepada wartawan, Minggu (9/4/23).',
    url: 'https://era.id/megapolitan/123139/polres-bogor-amankan-30-remaja-hendak-tawuran-sempat-kejar-kejaran-dengan-warga-saat-akan-dibubarkan',
    expected: [day('Minggu (9/4/23)', '2023-04-09', MINGGU)],
  },
  {
    text: 'RADAR24.CO.ID — Tim Patroli presisi Polres Bitung bersama dengan Personil Polsek Maesa, berhasil mengamankan 10 orang pemuda yang diduga hendak melakukan tawuran antar kampung (tarkam), Sabtu (14/9/2024) malam.',
    url: 'https://www.radar24.co.id/2024/09/15/polisi-amankan-kelompok-pemuda-hendak-tawuran-antar-kampung-di-maesa/',
    expected: [day('Sabtu (14/9/2024)', '2024-09-14', SABTU)],
  },
  {
    text: 'POLRES SERANG, Selebritynews.id – Pemilihan umum (pemilu) 2024 telah selesai diselenggarakan Rabu (14/2/2024).',
    url: 'https://selebritynews.id/index.php/2024/02/18/polsek-kragilan-amankan-jalannya-rapat-pleno-dan-rekapitulasi-suara-tingkat-kecamatan-di-ppk-kragilan/',
    expected: [day('Rabu (14/2/2024)', '2024-02-14', RABU)],
  },
  {
    text: 'Panitia Pemilihan Kecamatan (PPK) Kragilan, Kabupaten Serang, melaksanakan rapat pleno terbuka rekapitulasi hasil pemungutan suara di TPS Pemilihan Umum (Pemilu) 2024, di Pendopo Kecamatan Kragikan Kabupaten Serang Provinsi Banten, Minggu (18/02/24).',
    url: 'https://selebritynews.id/index.php/2024/02/18/polsek-kragilan-amankan-jalannya-rapat-pleno-dan-rekapitulasi-suara-tingkat-kecamatan-di-ppk-kragilan/',
    expected: [day('Minggu (18/02/24)', '2024-02-18', MINGGU)],
  },
  {
    text: 'Kapolsek Simokerto Kompol Mohammad Irfan mengatakan, proses penghitungan perolehan suara Kecamatan Simokerto menghabiskan waktu enan hari mulai senin 19/2 sampai sabtu 24/2 dengan jumlah 263 TPS dari 5 kelurahan atau PPS',
    url: 'https://www.jawapes.or.id/2024/02/polisi-amankan-kotak-suara-di-gudang.html?m=1',
    referenceDate: '2024-02-26',
    note: 'the article is of Senin (26/2/24)',
    expected: [
      range('senin 19/2 sampai sabtu 24/2', '2024-02-19', '2024-02-24', {
        yearStated: false,
        weekdays: [SENIN, SABTU],
      }),
    ],
  },
  {
    text: '"Adapun rinciannya diantaranya, PPS Simolawang 59 TPS, PPS Simokerto 60 TPS, PPS Sidodadi 46 TPS, PPS Tambakrejo 55 TPS dan PPS Kapasan 43 TPS," terang Mohammad Irfan, Senin (26/2/24).',
    url: 'https://www.jawapes.or.id/2024/02/polisi-amankan-kotak-suara-di-gudang.html?m=1',
    expected: [day('Senin (26/2/24)', '2024-02-26', SENIN)],
  },
  {
    text: ' date 2024-02-18 Kawal Pleno Rekapitulasi, TNI dan Polri Ajak Warga Jaga Kondusifitas',
    url: 'https://news.okezone.com/read/2024/02/18/340/2971951/kawal-pleno-rekapitulasi-tni-dan-polri-ajak-warga-jaga-kondusifitas',
    expected: [day('2024-02-18', '2024-02-18')],
  },
  {
    text: 'PELALAWAN - Polsek Pangkalan Kuras, Polres Pelalawan, Riau melakukan pengawalan rekapitusasi hasil penghitungan perolehan suara di Pemilu 2024, Minggu (18/2/2024).',
    url: 'https://news.okezone.com/read/2024/02/18/340/2971951/kawal-pleno-rekapitulasi-tni-dan-polri-ajak-warga-jaga-kondusifitas',
    expected: [day('Minggu (18/2/2024)', '2024-02-18', MINGGU)],
  },
  {
    text: 'Personel kami bertugas untuk menjaga keamanan dan ketertiban, serta memastikan tidak ada gangguan yang terjadi selama proses rekapitulasi,” ujar Kapolsek, Senin (26/2/2024).',
    url: 'https://polressukoharjo.com/polsek-sukoharjo-kota-amankan-rekapitusi-perhitungan-suara-di-tingkat-ppk',
    expected: [day('Senin (26/2/2024)', '2024-02-26', SENIN)],
  },
  {
    text: 'MINGGU, 04 FEBRUARI 2024 | 08:06 WIB | LAPORAN: BONFILIO MAHENDRA',
    url: 'https://rmol.id/amp/2024/02/04/607982/2-292-polisi-akan-kawal-debat-pilpres-terakhir',
    expected: [day('MINGGU, 04 FEBRUARI 2024', '2024-02-04', MINGGU)],
  },
  {
    text: 'Polda Metro Jaya mengerahkan 2.292 personel untuk mengawal acara debat calon presiden (capres) terakhir yang diselenggarakan di Jakarta Convention Center (JCC) Senayan, Jakarta Pusat, pada Minggu malam (4/2).',
    url: 'https://rmol.id/amp/2024/02/04/607982/2-292-polisi-akan-kawal-debat-pilpres-terakhir',
    referenceDate: '2024-02-04',
    note: 'the dateline: MINGGU, 04 FEBRUARI 2024',
    expected: [placed('Minggu malam (4/2)', '2024-02-04', MINGGU)],
  },
  {
    text: 'Senin, 01 Desember 2025 | 02:29',
    url: 'https://rmol.id/amp/2024/02/04/607982/2-292-polisi-akan-kawal-debat-pilpres-terakhir',
    expected: [day('Senin, 01 Desember 2025', '2025-12-01', SENIN)],
  },
  {
    text: 'JAKARTA, iNews.id - Sebanyak 2.292 polisi dikerahkan untuk mengawal debat kelima Pilpres 2024 di Jakarta Convention Center (JCC), Senayan, Jakarta, Minggu (4/2/2024).',
    url: 'https://www.inews.id/amp/news/nasional/2292-polisi-dikerahkan-kawal-debat-kelima-pilpres-2024',
    expected: [day('Minggu (4/2/2024)', '2024-02-04', MINGGU)],
  },
  {
    text: "Irfan Ma'ruf , Jurnalis-Minggu, 21 Januari 2024 |09:30 WIB",
    url: 'https://news.okezone.com:443/read/2024/01/21/338/2957992/debat-terakhir-cawapres-polda-metro-kerahkan-2-000-personel-di-jcc',
    expected: [day('Minggu, 21 Januari 2024', '2024-01-21', MINGGU)],
  },
  {
    text: '“Bapak Kapolda Metro Jaya akan menyiapkan 2.000 personel Polri untuk pelaksanaan pengamanan kegiatan debat ke-4, yang akan dilaksanakan pada hari Minggu 21 Januari 2024,” kata Kabid Humas Polda Metro Jaya, Kombes Pol ade Ary Syam Indradi saat dikonfirmasi.',
    url: 'https://news.okezone.com:443/read/2024/01/21/338/2957992/debat-terakhir-cawapres-polda-metro-kerahkan-2-000-personel-di-jcc',
    expected: [day('Minggu 21 Januari 2024', '2024-01-21', MINGGU)],
  },
  {
    text: 'Akan berlangsung di Jakarta Convention Center, Polda Metro Jaya mengerahkan 2.000 personel dalam pengamanan Debat ke empat Pilpres 2024, Minggu (21/1) malam nanti.',
    url: 'https://portalkhatulistiwa.com/2024/01/21/akan-berlangsung-di-jcc-polda-metro-jaya-turunkan-personel-dalam-pengamanan-debat-pilpres-ke-empat/',
    referenceDate: '2024-01-21',
    note: 'the date in the URL',
    expected: [placed('Minggu (21/1)', '2024-01-21', MINGGU)],
  },
  {
    text: 'Kabid Humas Polda Metro Jaya Kombes Ade Ary mengatakan,”Kapolda Metro Jaya akan menyiapkan 2.000 personel Polri untuk pelaksanaan pengamanan kegiatan debat keempat,” ujarnya, Sabtu (21/1).',
    url: 'https://portalkhatulistiwa.com/2024/01/21/akan-berlangsung-di-jcc-polda-metro-jaya-turunkan-personel-dalam-pengamanan-debat-pilpres-ke-empat/',
    referenceDate: '2024-01-21',
    note: 'the date in the URL',
    expected: [placed('Sabtu (21/1)', '2024-01-21', SABTU)], // 21 January 2024 was a Sunday
  },
  {
    text: 'Kepolisian Daerah (Polda) Aceh mengerahkan 350 personel untuk mengamankan jalannya debat ketiga pasangan calon gubernur (cagub) dan calon wakil gubernur (cawagub) Aceh yang akan digelar Ballroom The Pade Hotel Banda Aceh pada Selasa, 19 November 2024 malam.',
    url: 'https://pintoe.co/pilkada/read/5755/Polda-Aceh-Kerahkan-350-Personel-Amankan-Jalannya-Debat-Ketiga-Cagub-Cawagub',
    expected: [day('Selasa, 19 November 2024', '2024-11-19', SELASA)],
  },
  {
    text: 'Joko juga mengimbau para pendukung masing-masing kandidat agar tidak melakukan aksi yang bisa memicu gesekan, serta selalu menjaga kedamaian selama debat atau tahapan pilkada hingga hari pemilihan yang akan dilaksanakan pada 27 November nanti.',
    url: 'https://pintoe.co/pilkada/read/5755/Polda-Aceh-Kerahkan-350-Personel-Amankan-Jalannya-Debat-Ketiga-Cagub-Cawagub',
    expected: [noYear('27 November', 11, 27)],
  },
  {
    text: 'Sabtu, 2 November 2024',
    url: 'https://detikkasus.com/?p=395917',
    expected: [day('Sabtu, 2 November 2024', '2024-11-02', SABTU)],
  },
  {
    text: 'Personel Kepolisian Daerah (Polda) Aceh mengerahkan 350 personel untuk mengamankan jalannya debat kedua pasangan calon gubernur (cagub) dan calon wakil gubernur (cawagub) Aceh yang akan digelar Ballroom The Pade Hotel Banda Aceh, pada Jumat malam, 1 November 2024.',
    url: 'https://detikkasus.com/?p=395917',
    expected: [day('Jumat malam, 1 November 2024', '2024-11-01', JUMAT)],
  },
  {
    text: 'Media Indonesia • 7 January 2024 17:42',
    url: 'https://www.metrotvnews.com/read/bVDCgV18-debat-capres-polisi-perketat-penjagaan-di-sekitar-istora-senayan',
    expected: [day('7 January 2024', '2024-01-07')],
  },
  {
    text: 'Debat akan berlangsung sekitar pukul 19.00 WIB, Minggu, 7 Januari 2024.',
    url: 'https://www.metrotvnews.com/read/bVDCgV18-debat-capres-polisi-perketat-penjagaan-di-sekitar-istora-senayan',
    expected: [day('Minggu, 7 Januari 2024', '2024-01-07', MINGGU)],
  },
  {
    text: 'Selasa, 05 November 2024 | 18:02 WIB',
    url: 'https://polman.inews.id/read/515753/polres-polman-siapkan-283-personel-untuk-pengamanan-ketat-debat-kandidat-pilkada-2024',
    expected: [day('Selasa, 05 November 2024', '2024-11-05', SELASA)],
  },
  {
    text: 'Acara ini menjadi tahapan krusial dalam Pemilihan Kepala Daerah (Pilkada) Polman 2024, dan diperkirakan akan menarik perhatian besar dari masyarakat. Selasa,(5/11/24)',
    url: 'https://polman.inews.id/read/515753/polres-polman-siapkan-283-personel-untuk-pengamanan-ketat-debat-kandidat-pilkada-2024',
    expected: [day('Selasa,(5/11/24)', '2024-11-05', SELASA)],
  },
  {
    text: 'Polres Polewali Mandar (Polman) bersiap melaksanakan pengamanan ketat pada acara debat kandidat calon Bupati dan Wakil Bupati Polman yang akan digelar besok, 6 November 2024, di Gedung Gadis Pekkabata, Polewali.',
    url: 'https://polman.inews.id/read/515753/polres-polman-siapkan-283-personel-untuk-pengamanan-ketat-debat-kandidat-pilkada-2024',
    expected: [day('6 November 2024', '2024-11-06')],
  },
  {
    text: '“Kami telah siapkan pasukan di berbagai area untuk mengantisipasi potensi gangguan keamanan. Kami berkomitmen agar proses debat berjalan tanpa hambatan dan aman,” ujar Kompol Najamuddin dalam konferensi pers pada Selasa (05/11/24).',
    url: 'https://polman.inews.id/read/515753/polres-polman-siapkan-283-personel-untuk-pengamanan-ketat-debat-kandidat-pilkada-2024',
    expected: [day('Selasa (05/11/24)', '2024-11-05', SELASA)],
  },
  {
    text: 'Pada Hari Rabu 30 Agustus 2023 Pukul 09.00 Wita Kapolda Kaltara Irjen Pol Daniel Adityajaya, S.H., S.I.K., M.Si. memimpin Deklarasi Pemilu Yang Aman, Damai dan Kondusif oleh Seluruh Partai Politik Peserta Pemilu Tahun 2024 bertempat di Gedung B Comand Center Polda Kaltara, Rabu (30/08/2023)',
    url: 'https://www.fbinews.net/2023/08/deklarasi-pemilu-yang-aman-damai-dan.html?m=1',
    expected: [day('Rabu 30 Agustus 2023', '2023-08-30', RABU), day('Rabu (30/08/2023)', '2023-08-30', RABU)],
  },
  {
    text: 'Kamis, 9 November 2023',
    url: 'https://bengawan-pos.com/2023/11/09/kapolres-blitar-hadiri-deklarasi-pemilu-damai-secara-virtual-di-kodim-0808-blitar/',
    expected: [day('Kamis, 9 November 2023', '2023-11-09', KAMIS)],
  },
  {
    text: 'Acara yang diikuti oleh Forkopimda (Forum Komunikasi Pimpinan Daerah) ini bertujuan untuk mewujudkan pesta demokrasi yang aman, damai, dan berkualitas, Kamis (09/11/23).',
    url: 'https://bengawan-pos.com/2023/11/09/kapolres-blitar-hadiri-deklarasi-pemilu-damai-secara-virtual-di-kodim-0808-blitar/',
    expected: [day('Kamis (09/11/23)', '2023-11-09', KAMIS)],
  },
  {
    text: 'Fn-Indonesia.com. Jawa Timur – Pada Kamis, (28/12/2023), Kapolri Jenderal Listyo Sigit Prabowo memimpin deklarasi Pemilu Damai di Jawa Timur,',
    url: 'http://fn-indonesia.com/deklarasi-pemilu-damai-kapolri-ajak-seluruh-elemen-masyarakat-jaga-persatuan-kesatuan',
    expected: [day('Kamis, (28/12/2023)', '2023-12-28', KAMIS)],
  },
  {
    text: 'Kepolisian Daerah Kalimantan Tengah menggelar Deklarasi Pemilu Damai 2024, bertempat di Ballroom Hotel Aquarius Jalan Imam Bonjol, Kota Palangka Raya, Rabu (23/8/2023) pagi.',
    url: 'https://jurnalborneo.co.id/berita/gelar-deklarasi-pemilu-damai-2024-polda-kalteng-mari-bersama-ciptakan-suasana-kondusif',
    expected: [day('Rabu (23/8/2023)', '2023-08-23', RABU)],
  },
  {
    text: 'Kapolresta Serkot Polda Banten hadiri acara Deklarasi dan serah terima kirab Pemilu 2024 “ Pemilu Sebagai Sarana Integritas Bangsa” di alun alun serang kec. Kramatwatu Kota Serang, pada senin (04/09).',
    url: 'https://tribratanews.banten.polri.go.id/kapolresta-serkot-polda-banten-hadiri-acara-deklarasi-dan-serah-terima-kirab-pemilu-2024/',
    expected: [noYear('senin (04/09)', 9, 4, SENIN)],
  },
  {
    text: 'Operasi juga digelar untuk menyukseskan pelantikan presiden dan wakil presiden terpilih yang rencananya akan digelar pada tanggal 20 Oktober mendatang.',
    url: 'https://sketsindonews.com/2024/10/14/operasi-zebra-dimulai-ini-14-jenis-pelanggaran-yang-disasar',
    referenceDate: '2024-10-14',
    note: 'the date in the URL',
    expected: [placed('20 Oktober', '2024-10-20')],
  },
  {
    text: '“Kita akan memulai melaksanakan operasi ini sejak tanggal 14-27 Oktober 2024,” kata Ade Ary Kabid Humas Polda Metro Jaya, Senin (14/10).',
    url: 'https://sketsindonews.com/2024/10/14/operasi-zebra-dimulai-ini-14-jenis-pelanggaran-yang-disasar',
    referenceDate: '2024-10-14',
    note: 'the date in the URL',
    expected: [range('14-27 Oktober 2024', '2024-10-14', '2024-10-27'), placed('Senin (14/10)', '2024-10-14', SENIN)],
  },
  {
    text: 'JAMBI – Polda Jambi melalui Direktorat Lalu Lintas (Ditlantas) menggelar Apel Pasukan untuk memulai Operasi Zebra 2024, yang akan berlangsung mulai 14 Oktober hingga 27 Oktober 2024. Operasi ini dilaksanakan sebagai bagian dari strategi menjaga ketertiban lalu lintas sekaligus mendukung keamanan Pemilu 2024 dan pelantikan Presiden serta Wakil Presiden terpilih pada 20 Oktober mendatang.',
    url: 'https://jambisatu.id/index.php/tags/edukasi-keselamatan-berkendara',
    expected: [range('14 Oktober hingga 27 Oktober 2024', '2024-10-14', '2024-10-27'), noYear('20 Oktober', 10, 20)],
  },
  {
    text: 'Polres Lampung Utara menggelar apel pasukan dalam rangka Operasi Zebra Krakatau 2024, bertempat di Lapangan Mapolres setempat, Senin (14/10/24).',
    url: 'https://sinarpagiindonesia.com/2024/10/14/polres-lampung-utara-laksanakan-apel-gelar-pasukan-operasi-zebra-krakatau-2024',
    expected: [day('Senin (14/10/24)', '2024-10-14', SENIN)],
  },
  {
    text: 'Operasi Zebra Krakarau 2024 ini lanjut Kapolres, akan berlangsung selama 12 hari terhitung tanggal 14 Oktober sampai dengan 27 Oktober 2024.',
    url: 'https://sinarpagiindonesia.com/2024/10/14/polres-lampung-utara-laksanakan-apel-gelar-pasukan-operasi-zebra-krakatau-2024',
    expected: [range('14 Oktober sampai dengan 27 Oktober 2024', '2024-10-14', '2024-10-27')],
  },
  {
    text: 'Jelang pelantikan presiden dan wakil presiden RI periode 2024–2029, Minggu (20/10/2024). Polda Metro Jaya melakukan Operasi Zebra Jaya selama 14 hari ke depan.',
    url: 'https://video.sindonews.com/play/108339/polda-metro-jaya-gelar-operasi-pengamanan-pelantikan-presiden-kerahkan-2939-personel',
    expected: [day('Minggu (20/10/2024)', '2024-10-20', MINGGU)],
  },
  {
    text: 'Sebagai informasi, Operasi Zebra Jaya dilakukan dari 14 Oktober-27 Oktober 2024.',
    url: 'https://video.sindonews.com/play/108339/polda-metro-jaya-gelar-operasi-pengamanan-pelantikan-presiden-kerahkan-2939-personel',
    expected: [range('14 Oktober-27 Oktober 2024', '2024-10-14', '2024-10-27')],
  },
  {
    text: 'Senin, 15 November 2021 21:23 WIB',
    url: 'https://bangsaonline.com/amp/berita/98124/polres-malang-gelar-operasi-zebra-semeru-2021-selama-dua-pekan',
    expected: [day('Senin, 15 November 2021', '2021-11-15', SENIN)],
  },
  {
    text: 'Kasatlantas, AKP Agung Fitransyah, menuturkan Operasi Zebra Semeru 2021 bakal digelar selama 14 hari terhitung mulai hari ini hingga 28 November mendatang.',
    url: 'https://bangsaonline.com/amp/berita/98124/polres-malang-gelar-operasi-zebra-semeru-2021-selama-dua-pekan',
    referenceDate: '2021-11-15',
    note: 'the dateline: Senin, 15 November 2021',
    expected: [placed('28 November', '2021-11-28')],
  },
  {
    text: 'Berita daerah | 15 November 2021, 19:32 WIBKUPANG, KOMPAS.TV - Polda Nusa Tenggara Timur menggelar apel gabungan pasukan operasi zebra ranaka tahun 2021 di lapangan Mapolda NTT, pada senin pagi tadi.',
    url: 'https://origin.kompas.tv/amp/regional/232286/kapolda-ntt-petugas-harus-humanis-saat-operasi-zebra-ranaka-2021',
    expected: [day('15 November 2021', '2021-11-15')],
  },
  {
    text: 'Pelaksanaan operasi gabungan zebra ranaka tahun 2021 dimulai 15 hingga 28 November nanti.',
    url: 'https://origin.kompas.tv/amp/regional/232286/kapolda-ntt-petugas-harus-humanis-saat-operasi-zebra-ranaka-2021',
    referenceDate: '2021-11-15',
    note: 'the dateline: 15 November 2021',
    expected: [range('15 hingga 28 November', '2021-11-15', '2021-11-28', { yearStated: false })],
  },
  {
    text: 'Lampung / Polres Metro, Operasi Zebra mulai digelar serentak pada 26 Oktober hingga 8 November 2020.',
    url: 'https://www.humaspolresmetro.com/2020/10/lantas-polres-metro-gelar-razia-ops.html',
    expected: [range('26 Oktober hingga 8 November 2020', '2020-10-26', '2020-11-08')],
  },
  {
    text: 'Kali ini kegiatan operasi dilaksanakan di wilayah kota Metro, Senin 26 Oktober 2020.',
    url: 'https://www.humaspolresmetro.com/2020/10/lantas-polres-metro-gelar-razia-ops.html',
    expected: [day('Senin 26 Oktober 2020', '2020-10-26', SENIN)],
  },
  {
    text: 'KEDIRI (WartaTransparansi.com) – Polres Kediri menggelar apel gelar pasukan dalam rangka operasi Zebra 2022 di halaman Mapolres Kediri, Senin (3/10/2022).',
    url: 'https://www.wartatransparansi.com/2022/10/03/wujudkan-kamseltibcarlantas-polres-kediri-gelar-apel-pasukan-operasi-zebra-2022.html',
    expected: [day('Senin (3/10/2022)', '2022-10-03', SENIN)],
  },
  {
    text: 'Operasi zebra Tahun 2022 ini dilaksanakan selama 14 hari. Terhitung mulai tanggal 3 sampai 16 Oktober 2022.',
    url: 'https://www.wartatransparansi.com/2022/10/03/wujudkan-kamseltibcarlantas-polres-kediri-gelar-apel-pasukan-operasi-zebra-2022.html',
    expected: [range('3 sampai 16 Oktober 2022', '2022-10-03', '2022-10-16')],
  },
  {
    text: 'PAGARALAM – Komisi Pemilihan Umum (KPU) telah membuka pendaftaran calon kepala daerah sejak Selasa, 28 Agustus 2024. Proses pendaftaran ini merupakan tahap awal dalam pemilihan kepala daerah (Pilkada) 2024, yang akan diikuti dengan penetapan pasangan calon pada September 2024.',
    url: 'https://sumsel.tribratanews.com/main/detail/3083/Polres-Pagaralam-Siagakan-137-Personel-Jaga-Keamanan-Proses-Pendaftaran-Calon-Kepala-Daerah',
    expected: [day('Selasa, 28 Agustus 2024', '2024-08-28', SELASA)], // a Wednesday
  },
  {
    text: 'Proses pendaftaran calon kepala daerah berlangsung dari 27 hingga 29 Agustus 2024. Pada hari pertama dan kedua, pendaftaran dimulai pukul 09.00 WIB hingga 14.00 WIB, sementara pada hari terakhir dimulai pukul 08.00 WIB hingga 23.59 WIB.',
    url: 'https://sumsel.tribratanews.com/main/detail/3083/Polres-Pagaralam-Siagakan-137-Personel-Jaga-Keamanan-Proses-Pendaftaran-Calon-Kepala-Daerah',
    expected: [range('27 hingga 29 Agustus 2024', '2024-08-27', '2024-08-29')],
  },
  {
    text: '"KAMI SIAP MELAYANI 24 JAM"\nJl. Jend. Sudirman No.KM.4, RW.5, Pahlawan, Kec. Kemuning, Kota Palembang, Sumatera Selatan 30151',
    url: 'https://sumsel.tribratanews.com/main/detail/3083/Polres-Pagaralam-Siagakan-137-Personel-Jaga-Keamanan-Proses-Pendaftaran-Calon-Kepala-Daerah',
    expected: [],
  },
  {
    text: 'Kegiatan dilakukan untuk menjamin keamanan dan ketertiban selama proses pendaftaran yang berlangsung mulai 27 hingga 29 Agustus 2024.',
    url: 'https://jateng.disway.id/read/697287/pendaftaran-cabup-cawabup-pemalang-polres-sebar-ratusan-personel',
    expected: [range('27 hingga 29 Agustus 2024', '2024-08-27', '2024-08-29')],
  },
  {
    text: 'Polres Sumbawa Polda NTB melaksanakan pengawalan dan pengamanan kegiatan pendaftaran salah satu bakal calon Bupati dan calon Wakil Bupati Sumbawa, Selasa (27/08/24) pagi.',
    url: 'https://sumbawa.informan.id/pendaftaran-cabup-dan-cawabup-polres-sumbawa-amankan-kantor-kpu',
    expected: [day('Selasa (27/08/24)', '2024-08-27', SELASA)],
  },
  {
    text: 'Dalam tahapan pilkada yakni tahap pendaftaran bakal cabup dan cawabup yang berlangsung dari tanggal 27 hingga 29 Agustus ini Polres Sumbawa telah menyiapkan dan mengerahkan sebanyak 45 personil',
    url: 'https://sumbawa.informan.id/pendaftaran-cabup-dan-cawabup-polres-sumbawa-amankan-kantor-kpu',
    expected: [
      { written: '27 hingga 29 Agustus', month: 8, day: 27, yearStated: false, through: { month: 8, day: 29 } },
    ],
  },
  {
    text: 'Kabag Operasi Polres Majene, AKP Suparman, di Majene, Minggu, mengatakan, Polres Majene dan KPU Majene telah membahas persiapan pengamanan tahapan pendaftaran Paslon Bupati dan Wakil Bupati Majene pilkada Majene 2024 yang akan dilaksanakan 27-29 Agustus 2024.',
    url: 'https://makassar.antaranews.com/amp/berita/555271/polisi-minta-kpu-membatasi-massa-pendaftar-pilkada-majene',
    expected: [range('27-29 Agustus 2024', '2024-08-27', '2024-08-29')],
  },
  // Added after the finder was written, from articles not read before (crime, traffic, Jumat
  // Curhat): a check of how it reads text it was not shaped on.
  {
    text: 'Kecelakaan Lalulintas (Lakalantas) terjadi di Jalan S. Parman, Kelurahan Mentawa Baru Hulu Kecamatan Mentawa Baru Ketapang, Kamis 03 Oktober 2024.',
    url: 'https://beritasampit.com/2024/10/03/minibus-tabrak-pemotor-pengemudi-diduga-mabuk/',
    expected: [day('Kamis 03 Oktober 2024', '2024-10-03', KAMIS)],
  },
  {
    text: 'Terbaru, dua kendaraan terlibat laka lantas di Jalan Raya Keleyan, Kecamatan Socah, Bangkalan pada Jumat (14/3) malam.',
    url: 'https://patroli88investigasi.com/2025/03/kurun-waktu-15-hari-ramadhan-sudah-9.html',
    referenceDate: '2025-03-15',
    note: 'the article is of Sabtu malam (15/03/2025)',
    expected: [placed('Jumat (14/3)', '2025-03-14', JUMAT)],
  },
  {
    text: 'Kendaraan yang terlibat laka lantas yakni truk Hino boks nopol W 9617 NY dan sepeda motor merek Honda Vario nopol M 3329 GO.',
    url: 'https://patroli88investigasi.com/2025/03/kurun-waktu-15-hari-ramadhan-sudah-9.html',
    expected: [],
  },
  {
    text: '"Pengendara sepeda motor sendirian tanpa memakai helm," ucap AKP Diyon pada Sabtu malam (15/03/2025).',
    url: 'https://patroli88investigasi.com/2025/03/kurun-waktu-15-hari-ramadhan-sudah-9.html',
    expected: [day('Sabtu malam (15/03/2025)', '2025-03-15', SABTU)],
  },
  {
    text: 'Sebuah kendaraan Truk muatan semen terlibat kecelakaan tunggal di ruas Jalan Lingkar Delanggu, tepatnya di Dusun Gatak, Desa Sribit, Kecamatan Delanggu, Klaten pada Kamis (30/3/2023).',
    url: 'https://manado.tribunnews.com/2023/03/31/kecelakaan-maut-pukul-0230-wib-2-pemotor-tewas-mabuk-melaju-kecepatan-tinggi-lalu-tabrak-tiang?page=2',
    expected: [day('Kamis (30/3/2023)', '2023-03-30', KAMIS)],
  },
  {
    text: 'Kejadian pukul 02.30 WIB, korban baru mendapat pertolongan sekira pukul 04.15 WIB.',
    url: 'https://manado.tribunnews.com/2023/03/31/kecelakaan-maut-pukul-0230-wib-2-pemotor-tewas-mabuk-melaju-kecepatan-tinggi-lalu-tabrak-tiang?page=2',
    expected: [],
  },
  {
    text: 'Insiden maut itu terjadi sehari pada Rabu (21/6/2017) di dua tempat kejadian perkara yakni pertama di persimpangan Jalan Dewi Sartika-Jalan Kijang dan Jalan Dr Wahidin.',
    url: 'https://sultengterkini.id/2017/06/22/sehari-dua-warga-di-palu-tewas-lakalantas/',
    expected: [day('Rabu (21/6/2017)', '2017-06-21', RABU)],
  },
  {
    text: 'Kepala Satuan Lalu Lintas Polres Palu AKP Hangga Utama Darmawan kepada wartawan, Kamis (22/6/2017) membenarkan kejadian tersebut.',
    url: 'https://sultengterkini.id/2017/06/22/sehari-dua-warga-di-palu-tewas-lakalantas/',
    expected: [day('Kamis (22/6/2017)', '2017-06-22', KAMIS)],
  },
  {
    text: '“Operasi Ketupat Anoa 2023 itu digelar mulai 18 April sampai 1 Mei 2023,” kata Yudha di Kendari, Rabu (26/4/2023).',
    url: 'https://teropongmedia.id/polda-sultra-catat-34-kasus-laka-lantas-saat-arus-mudik-2023-9-orang-tewas',
    expected: [
      range('18 April sampai 1 Mei 2023', '2023-04-18', '2023-05-01'),
      day('Rabu (26/4/2023)', '2023-04-26', RABU),
    ],
  },
  {
    text: '“Rata-rata yang mengalami kecelakaan lalu lintas itu didominasi oleh kendaraan roda dua dan terjadi pada rentan waktu dimulai pagi pukul 09:00–12:00 WITA,” ungkapnya.',
    url: 'https://teropongmedia.id/polda-sultra-catat-34-kasus-laka-lantas-saat-arus-mudik-2023-9-orang-tewas',
    expected: [],
  },
  {
    text: 'Menurut Martin, salah seorang saksi mata, kecelakaan itu terjadi, pada Rabu (26/6/2024) sekira pukul 05.00 WIB.',
    url: 'https://medan.tribunnews.com/2024/06/26/kesaksian-warga-lihat-insiden-kecelakaan-mobil-polantas-medan-dengan-terios-di-jalan-juanda',
    expected: [day('Rabu (26/6/2024)', '2024-06-26', RABU)],
  },
  {
    text: '43 ribu pengunjung ramaikan CMSE 2024: #AkuInvestorSaham\nKamis, 14 November 2024 10:37 Wib\nDitlantas Polda Sulut edukasi disiplin lalu lintas ratusan anak TK Islam Manado\nKamis, 3 Oktober 2024 15:29 Wib',
    url: 'https://manado.antaranews.com/berita/188517/polisi-sebut-enam-orang-tewas-akibat-kecelakaan-di-pantura-cirebon',
    expected: [day('Kamis, 14 November 2024', '2024-11-14', KAMIS), day('Kamis, 3 Oktober 2024', '2024-10-03', KAMIS)],
  },
  {
    text: 'Alan mengatakan kecelakaan lalu lintas tersebut melibatkan dua kendaraan, yaitu minibus Toyota Avanza G 1031 CC menabrak truk tangki yang sedang menambal ban di bahu jalan.',
    url: 'https://manado.antaranews.com/berita/188517/polisi-sebut-enam-orang-tewas-akibat-kecelakaan-di-pantura-cirebon',
    expected: [],
  },
  {
    text: 'Jumat, 10 Maret 2023 | 22:04 WIB Last Updated 2023-03-10T15:04:03Z',
    url: 'https://realitanews.co.id/2023/03/sebabkan-1-orang-meninggal-dunia-dan-2.html',
    expected: [day('Jumat, 10 Maret 2023', '2023-03-10', JUMAT), day('2023-03-10', '2023-03-10')],
  },
  {
    text: 'Telah terjadi kecelakaan lalu lintas tunggal di Jalan Raya Serang-Cilegon tepatnya di Link. Lebak Jero, Kelurahan Tamansari, Kecamatan Taktakan, Kota Serang pada Jumat (10/03) sekitar pukul 09.30 Wib.',
    url: 'https://realitanews.co.id/2023/03/sebabkan-1-orang-meninggal-dunia-dan-2.html',
    referenceDate: '2023-03-10',
    note: 'the dateline: Jumat, 10 Maret 2023',
    expected: [placed('Jumat (10/03)', '2023-03-10', JUMAT)],
  },
  {
    text: 'Untuk kerugian materil ditaksir sebesar Rp10.000.000.',
    url: 'https://realitanews.co.id/2023/03/sebabkan-1-orang-meninggal-dunia-dan-2.html',
    expected: [],
  },
  {
    text: 'Kedua pelaku ditangkap saat sedang membawa hasil curian menggunakan sepeda motor, Minggu malam (23/6).',
    url: 'https://www.harianbatakpos.com/polsek-medan-area-tangkap-dua-pencuri-pagar-terungkap-aksi-tiga-kali-berulang-ini-wajah-pelaku',
    expected: [noYear('Minggu malam (23/6)', 6, 23, MINGGU)],
  },
  {
    text: 'ujar Hendrik pada Rabu (26/6).',
    url: 'https://www.harianbatakpos.com/polsek-medan-area-tangkap-dua-pencuri-pagar-terungkap-aksi-tiga-kali-berulang-ini-wajah-pelaku',
    expected: [noYear('Rabu (26/6)', 6, 26, RABU)],
  },
  {
    text: ' date 2025-04-27 Polisi Tangkap Pelaku Pencurian Pelat Besi di Kolong Tol Dekat JIS',
    url: 'https://news.okezone.com/read/2025/04/27/338/3134061/polisi-tangkap-pelaku-pencurian-pelat-besi-di-kolong-tol-dekat-jis',
    expected: [day('2025-04-27', '2025-04-27')],
  },
  {
    text: 'Pelaku ditangkap pada Rabu 23 April 2025, beberapa waktu lalu.\n\n"Sudah (pelaku tertangkap), dari hari Jumat," kata Kasat Reskrim Polres Metro Jakarta Utara, AKBP Beny Cahyadi saat dikonfirmasi wartawan, Sabtu (26/4/2025).',
    url: 'https://news.okezone.com/read/2025/04/27/338/3134061/polisi-tangkap-pelaku-pencurian-pelat-besi-di-kolong-tol-dekat-jis',
    expected: [day('Rabu 23 April 2025', '2025-04-23', RABU), day('Sabtu (26/4/2025)', '2025-04-26', SABTU)],
  },
  {
    text: '"Kami imbau masyarakat melaporkan setiap kejadian pencurian ke Polsek Tongas, agar bisa menjadi Anev (analisis dan evaluasi) kami," ungkapnya, Selasa (16/01/2024).',
    url: 'https://suaraindonesia.co.id/news/peristiwa/65a6257c1b010/Kapolsek-Tongas-Probolinggo-Sebut-Teror-Maling-Pembobol-Rumah-Bermodus-Congkel-Jendela',
    expected: [day('Selasa (16/01/2024)', '2024-01-16', SELASA)],
  },
  {
    text: 'Kapolsek Kota Bangun, AKP Ribut, mengungkapkan bahwa aksi pencurian tersebut terjadi pada Jumat (3/1/2025) sekitar pukul 01.00 WITA di Desa Kota Bangun 1, Kecamatan Kota Bangun Darat.',
    url: 'https://pranala.co/polisi-tangkap-kawanan-pencuri-20-tiang-telkom-di-kota-bangun-kukar/',
    expected: [day('Jumat (3/1/2025)', '2025-01-03', JUMAT)],
  },
  {
    text: '“Para pelaku mencuri tiang telkom sebanyak 20 batang dengan total kerugian mencapai Rp40 juta,” jelas AKP Ribut dalam keterangannya, Selasa (7/1/2025).',
    url: 'https://pranala.co/polisi-tangkap-kawanan-pencuri-20-tiang-telkom-di-kota-bangun-kukar/',
    expected: [day('Selasa (7/1/2025)', '2025-01-07', SELASA)],
  },
  {
    text: 'Operasi ini menurut Dwi dilaksanakan mulai 18-31 Agustus 2022.\n\n“Hasil pengungkapan, terdapat 51 kasus curat dan 3 kasus curas. Tersangka 62 orang, dua di antaranya perempuan,” kata Dwi, Jumat (16/9/2022).',
    url: 'https://fbeta.republika.co.id/amp/ric4n5430/operasi-sikat-singgalang-2022-polda-sumbar-tangkap-62-orang-pelaku-pencurian',
    expected: [range('18-31 Agustus 2022', '2022-08-18', '2022-08-31'), day('Jumat (16/9/2022)', '2022-09-16', JUMAT)],
  },
  {
    text: 'Satreskrim Polrestabes Surabaya mengungkap puluhan kasus kejahatan yang dilakukan sejak bulan Oktober hingga November 2024.',
    url: 'https://www.detik.com/jatim/hukum-dan-kriminal/d-7645320/puluhan-kasus-pencurian-di-surabaya-diungkap-selama-oktober-november',
    expected: [],
  },
  {
    text: 'Seluruhnya terungkap sejak 24 Oktober sampai 14 November 2024.',
    url: 'https://www.detik.com/jatim/hukum-dan-kriminal/d-7645320/puluhan-kasus-pencurian-di-surabaya-diungkap-selama-oktober-november',
    expected: [range('24 Oktober sampai 14 November 2024', '2024-10-24', '2024-11-14')],
  },
  {
    text: '"Mereka kami ringkus bersama polsek jajaran," kata Aris saat konferensi pers di Polrestabes Surabaya, Senin (18/11/2024).',
    url: 'https://www.detik.com/jatim/hukum-dan-kriminal/d-7645320/puluhan-kasus-pencurian-di-surabaya-diungkap-selama-oktober-november',
    expected: [day('Senin (18/11/2024)', '2024-11-18', SENIN)],
  },
  {
    text: 'Pengungkapan ini merupakan hasil pengembangan dari serangkaian laporan polisi terkait kasus pencurian yang terjadi sejak November 2025 hingga awal Januari 2026 di sejumlah titik, mulai dari toko bayi, rumah warga, hingga lokasi usaha di wilayah Palu Barat dan Tatanga.\nPenangkapan dilakukan pada Rabu (7/1/2026) malam, di dua lokasi berbeda di wilayah Kota Palu.',
    url: 'https://sultengterkini.id/?p=72316',
    expected: [day('Rabu (7/1/2026)', '2026-01-07', RABU)],
  },
  {
    text: 'Seperti yang dilakukan Bhabinkamtibmas Polsek Kedung Brigadir Sholichin SBU aktif menyambangi warganya di Pos Kamling di Desa Wanusobo, Kecamatan Kedung, Kabupaten Jepara, Rabu (13/12/2023) malam tadi.',
    url: 'https://tribratanews.jepara.jateng.polri.go.id/2023/12/14/sambangi-pos-kamling-bhabinkamtibmas-berikan-imbauan-jaga-situasi-kondusif-menjelang-pemilu-2024/page/5379',
    expected: [day('Rabu (13/12/2023)', '2023-12-13', RABU)],
  },
  {
    text: 'Seperti halnya program Jumat curhat yang dilaksanakan oleh Polsek Kotabaru bersama warga desa Jomin Timur di Kecamatan Kotabaru Kabupaten Karawang, Jumat (01/11/2024).',
    url: 'https://karawang.delikhukum.id/cooling-system-kapolsek-kotabaru-bersama-anggota-lakukan-jumat-curhat-wujudkan-pilkada-aman',
    expected: [day('Jumat (01/11/2024)', '2024-11-01', JUMAT)],
  },
  {
    text: 'Kegiatan kali ini diadakan di Halaman Potato Head Beach Club, Kuta Utara Kabupaten Badung, Bali. Jumat (06/9/24) pagi.',
    url: 'https://suryaindonesia.net/2024/09/06/jumat-curhat-polres-badung-upaya-bersama-masyarakat-untuk-kamtibmas-yang-kondusif-selama-pilkada-2024/amp',
    expected: [day('Jumat (06/9/24)', '2024-09-06', JUMAT)],
  },
  {
    text: 'Dalam rangka menjaga situasi keamanan dan ketertiban masyarakat (kamtibmas), Polsek Trawas menggelar kegiatan Jumat Curhat di Desa Ketapanrame, Kecamatan Trawas, Kabupaten Mojokerto, pada Jumat, 22 November 2024.',
    url: 'https://infojatim.id/news/detail/11208/polsek-trawas-laksanakan-jumat-curhat-di-desa-ketapanrame',
    expected: [day('Jumat, 22 November 2024', '2024-11-22', JUMAT)],
  },
  {
    text: 'Dalam sosialisasi, Bhabinkamtibmas memberikan pemahaman pentingnya menjalankan pemilu sesuai asas LUBER JURDIL (Langsung, Umum, Bebas, Rahasia, Jujur, dan Adil) sebagaimana diatur dalam Pasal 22E UUD 1945.',
    url: 'https://infojatim.id/news/detail/11208/polsek-trawas-laksanakan-jumat-curhat-di-desa-ketapanrame',
    expected: [],
  },
  {
    text: 'Kepolisian Resor (Polres) Sumba Barat kembali melaksanakan kegiatan Jumat Curhat di Dusun 06 Lebariri, Kecamatan Kota Waikabubak, Kabupaten Sumba Barat. Jumat (01/12/2023), siang.',
    url: 'https://tribratanewssumbabarat.com/jumat-curhat-jangan-mudah-terprovokasi-dengan-berbagai-isu-dalam-menyambut-pemilu-2024-pesan-iptu-sumarmo',
    expected: [day('Jumat (01/12/2023)', '2023-12-01', JUMAT)],
  },
];
