/**
 * One regional abbreviation that news uses for a regency or city.
 *
 * @example
 * ```ts
 * const entry: RegionAbbreviation = { abbreviation: 'Muba', regencyCode: '16.06', name: 'Musi Banyuasin', confirmed: true };
 * ```
 * @category Regions
 */
export interface RegionAbbreviation {
  /** The abbreviation as news writes it, e.g. `'Muba'`, `'OKU Timur'`. */
  readonly abbreviation: string;
  /** Kemendagri code of the regency or city, e.g. `'16.06'`. */
  readonly regencyCode: string;
  /** Name of the regency without its level word, e.g. `'Musi Banyuasin'`. */
  readonly name: string;
  /** `false` where no source in the domain notes shows the abbreviation in use (**UNCONFIRMED**). */
  readonly confirmed: boolean;
}

/**
 * Regional abbreviations seen in news, mapped to Kemendagri regency codes (domain notes `polri.md`
 * §5, sources S49–S70, S120). Entries with `confirmed: false` are common forms that no source in
 * the notes shows (**UNCONFIRMED**): `Mura` (Musi Rawas) and, from the project brief, `OI`
 * (Ogan Ilir) and `Inhil` (Indragiri Hilir). The entries after `Halut` were found in news articles
 * (cited in the source) that write the unit of the regency with the abbreviation ("Polres Kuantan Singingi (Kuansing)",
 * "Polres Lamteng"); `Tanah Karo` is the older name news still uses for Kabupaten Karo.
 *
 * @example
 * ```ts
 * REGION_ABBREVIATIONS.find((a) => a.abbreviation === 'Lamsel')?.regencyCode
 * //=> '18.01'
 * ```
 * @category Regions
 */
export const REGION_ABBREVIATIONS = [
  { abbreviation: 'Muba', regencyCode: '16.06', name: 'Musi Banyuasin', confirmed: true },
  { abbreviation: 'OKI', regencyCode: '16.02', name: 'Ogan Komering Ilir', confirmed: true },
  { abbreviation: 'OKU', regencyCode: '16.01', name: 'Ogan Komering Ulu', confirmed: true },
  { abbreviation: 'OKU Timur', regencyCode: '16.08', name: 'Ogan Komering Ulu Timur', confirmed: true },
  { abbreviation: 'OKU Selatan', regencyCode: '16.09', name: 'Ogan Komering Ulu Selatan', confirmed: true },
  { abbreviation: 'PALI', regencyCode: '16.12', name: 'Penukal Abab Lematang Ilir', confirmed: true },
  { abbreviation: 'Muratara', regencyCode: '16.13', name: 'Musi Rawas Utara', confirmed: true },
  { abbreviation: 'Mura', regencyCode: '16.05', name: 'Musi Rawas', confirmed: false },
  { abbreviation: 'OI', regencyCode: '16.10', name: 'Ogan Ilir', confirmed: false },
  { abbreviation: 'BS', regencyCode: '17.01', name: 'Bengkulu Selatan', confirmed: true },
  { abbreviation: 'BU', regencyCode: '17.03', name: 'Bengkulu Utara', confirmed: true },
  { abbreviation: 'RL', regencyCode: '17.02', name: 'Rejang Lebong', confirmed: true },
  { abbreviation: 'Lamsel', regencyCode: '18.01', name: 'Lampung Selatan', confirmed: true },
  { abbreviation: 'Labusel', regencyCode: '12.22', name: 'Labuhanbatu Selatan', confirmed: true },
  { abbreviation: 'Sergai', regencyCode: '12.18', name: 'Serdang Bedagai', confirmed: true },
  { abbreviation: 'Inhil', regencyCode: '14.04', name: 'Indragiri Hilir', confirmed: false },
  { abbreviation: 'TTU', regencyCode: '53.03', name: 'Timor Tengah Utara', confirmed: true },
  { abbreviation: 'Kukar', regencyCode: '64.02', name: 'Kutai Kartanegara', confirmed: true },
  { abbreviation: 'PPU', regencyCode: '64.09', name: 'Penajam Paser Utara', confirmed: true },
  { abbreviation: 'HSU', regencyCode: '63.08', name: 'Hulu Sungai Utara', confirmed: true },
  { abbreviation: 'Halut', regencyCode: '82.03', name: 'Halmahera Utara', confirmed: true },
  // Seen in news writing the regency's Polres ("Polres Kuantan Singingi (Kuansing)" …): the article
  // above each entry.
  // https://riauaktual.com/amp/detail/93871/cooling-system-pemilu-damai-2024-polsek-kuantan-hilir-laksanakan-pengamanan-kampanye
  { abbreviation: 'Kuansing', regencyCode: '14.09', name: 'Kuantan Singingi', confirmed: true },
  // https://nadariau.com/2024/09/15/sampaikan-pesan-pilkada-damai-wakapolres-rohul-kumpulkan-kepala-desa-dan-tokoh-masyarakat-ujung-batu/
  { abbreviation: 'Rohul', regencyCode: '14.06', name: 'Rokan Hulu', confirmed: true },
  // https://matahukum.id/?p=21808
  { abbreviation: 'Rohil', regencyCode: '14.07', name: 'Rokan Hilir', confirmed: true },
  // https://riau.info/polres-inhu-menyiapkan-tempat-tidur-di-posko-mudik-lebaran-2025
  { abbreviation: 'Inhu', regencyCode: '14.02', name: 'Indragiri Hulu', confirmed: true },
  // https://beritamanado.com/disambut-bupati-james-sumendap-ini-agenda-kapolda-irjen-pol-mulyatno-di-mitra/
  { abbreviation: 'Mitra', regencyCode: '71.07', name: 'Minahasa Tenggara', confirmed: true },
  // https://daerah.sindonews.com/newsread/353934/174/dua-pekan-polres-lampung-utara-ungkap-50-kasus-dan-ciduk-52-tersangka-1614834239
  { abbreviation: 'Lampura', regencyCode: '18.03', name: 'Lampung Utara', confirmed: true },
  // https://gantanews.co/bemotoran-kapolres-lamteng-dan-jajaran-pantau-kamtibmas
  { abbreviation: 'Lamteng', regencyCode: '18.02', name: 'Lampung Tengah', confirmed: true },
  // https://sinarlampung.co/2019/02/28/polres-lamtim-simulasi-pam-pemilu-2019
  { abbreviation: 'Lamtim', regencyCode: '18.07', name: 'Lampung Timur', confirmed: true },
  // https://www.wartalambar.com/2012/11/polres-galakkan-patroli-dan-razia.html
  { abbreviation: 'Lambar', regencyCode: '18.04', name: 'Lampung Barat', confirmed: true },
  // https://sinarlampung.co/2018/01/29/umar-ahmad-siap-dukung-pembangunan-polres-tulangbawang-barat
  { abbreviation: 'Tuba', regencyCode: '18.05', name: 'Tulang Bawang', confirmed: true },
  // https://lampung.antaranews.com/amp/berita/582169/resmikan-mapolres-tubaba-kapolda-lampung-polri-harus-berinovasi-dalam-menyikapi-dinamika-masyarakat
  { abbreviation: 'Tubaba', regencyCode: '18.12', name: 'Tulang Bawang Barat', confirmed: true },
  // https://suarapecari.com/berita/SP-2025011618831/polres-tanah-karo-intensifkan-patroli-dialogis-jaga-kamtibmas-jelang-pelantikan-kepala-daerah
  { abbreviation: 'Tanah Karo', regencyCode: '12.06', name: 'Karo', confirmed: true },
  // The city written in two words with an "e", as the city's own news does: "Kapolres Padang Sidempuan, AKBP Dudung Setyawan"
  // https://mistar.id/news/sumut/pilkades-padang-sidempuan-tiap-tps-dikawal-1-polisi-dan-2-linmas
  { abbreviation: 'Padang Sidempuan', regencyCode: '12.77', name: 'Padangsidimpuan', confirmed: true },
  // Polres Pulau Buru (Kabupaten Buru), "P." for Pulau: "Kapolres P. Buru AKBP Nur Rahman", "Kabag Ops Polres P. Buru"
  // https://indonesiahariini.com/kpud-melakukan-silaturahmi-dengan-kapolres-p-buru-sekaligus-membahas-terkait-tahapan-pemilu-yang-akan-berlangsung-pada-tahun-2024/
  { abbreviation: 'P. Buru', regencyCode: '81.04', name: 'Buru', confirmed: true },
  // "Kapolres Polman Akbp Anjar Purwoko", "wilayah hukum Polres Polman"
  // https://patrolisulsel.com/2024/10/satgas-preventif-omp-polres-polman_26.html
  { abbreviation: 'Polman', regencyCode: '76.04', name: 'Polewali Mandar', confirmed: true },
  { abbreviation: 'Pulau Buru', regencyCode: '81.04', name: 'Buru', confirmed: true },
  // https://www.realitasonline.id/sumut/amp/10248074927/pengamanan-nataru-polres-taput-siapkan-9-pos-pantau
  { abbreviation: 'Taput', regencyCode: '12.02', name: 'Tapanuli Utara', confirmed: true },
  // https://sumut.indeksnews.com/?p=35189
  { abbreviation: 'Tapsel', regencyCode: '12.03', name: 'Tapanuli Selatan', confirmed: true },
  // https://test.mondaytv.net/polres-jaksel-perluas-pos-pengamanan-dari-8-jadi-15-titik
  { abbreviation: 'Jaksel', regencyCode: '31.74', name: 'Jakarta Selatan', confirmed: true },
  // https://nasional.sindonews.com/berita/1025814/149/tangsel-segera-miliki-polres-sendiri
  { abbreviation: 'Tangsel', regencyCode: '36.74', name: 'Tangerang Selatan', confirmed: true },
  // https://beritasulsel.com/?p=127032
  { abbreviation: 'Sidrap', regencyCode: '73.14', name: 'Sidenreng Rappang', confirmed: true },
  // https://upeks.co.id/2026/03/operasi-ketupat-2026-polres-pangkep-siapkan-pospam-dan-tempat-istirahat-pemudik/
  { abbreviation: 'Pangkep', regencyCode: '73.10', name: 'Pangkajene dan Kepulauan', confirmed: true },
  // https://insidelombok.id/?p=91222
  { abbreviation: 'Loteng', regencyCode: '52.02', name: 'Lombok Tengah', confirmed: true },
  // http://lombokpost.net/2015/08/11/ingin-menjadi-polres-kota-polresta/
  { abbreviation: 'Lotim', regencyCode: '52.03', name: 'Lombok Timur', confirmed: true },
  // https://tribratanews.polreslobar.id/2022/03/27/patroli-blue-light-gabungan-polres-lobar-pantau-kamtibmas-jelang-bulan-ramadhan
  { abbreviation: 'Lobar', regencyCode: '52.01', name: 'Lombok Barat', confirmed: true },
  // https://intimnews.com/polres-kobar-gelar-apel-gabungan-jaga-kondusivitas-jelang-pelantikan-kepala-daerah-baru
  { abbreviation: 'Kobar', regencyCode: '62.01', name: 'Kotawaringin Barat', confirmed: true },
  // https://sumut.antaranews.com/berita/559383/polres-humbahas-intensifkan-patroli-humanis-wujudkan-pemilu-2024-kondusif
  { abbreviation: 'Humbahas', regencyCode: '12.16', name: 'Humbang Hasundutan', confirmed: true },
  // https://paluekspres.com/51699/amankan-perayaan-idul-fitri-polres-parimo-terjunkan-ratusan-personel
  { abbreviation: 'Parimo', regencyCode: '72.08', name: 'Parigi Moutong', confirmed: true },
  // https://deadlinews.co/kapolda-janji-akan-turunkan-pol-air-bantu-tangani-kasus-bom-dan-bius-ikan
  { abbreviation: 'Touna', regencyCode: '72.09', name: 'Tojo Una Una', confirmed: true },
  // https://lensamaluku.com/polres-bursel-diresmikan-wakapolda-maluku
  { abbreviation: 'Bursel', regencyCode: '81.09', name: 'Buru Selatan', confirmed: true },
  // https://terasmaluku.com/headline/2022/01/14/kemenpan-rb-restui-polres-malra-dan-buru-selatan/
  { abbreviation: 'Malra', regencyCode: '81.02', name: 'Maluku Tenggara', confirmed: true },
  // https://koranpelita.com/2020/09/03/kasus-sengketa-lahan-paling-tinggi-di-kotim
  { abbreviation: 'Kotim', regencyCode: '62.02', name: 'Kotawaringin Timur', confirmed: true },
  // Tanjung Jabung Barat and Timur (Jambi), each written two ways: "Polres Tanjung Jabung Barat
  // (Tanjabar)", "Mapolres Tanjabbar", "Kapolres Tanjab Barat"; "Polres Tanjung Jabung Timur
  // (Tanjabtim)", "Kapolres Tanjab Timur".
  // https://jambi.antaranews.com/berita/301486/polres-tanjabar-perketat-wilayah-hulu
  { abbreviation: 'Tanjabar', regencyCode: '15.06', name: 'Tanjung Jabung Barat', confirmed: true },
  // https://www.halosumatera.com/polres-tanjabbar-dirikan-tiga-pos-pengamanan
  { abbreviation: 'Tanjabbar', regencyCode: '15.06', name: 'Tanjung Jabung Barat', confirmed: true },
  // https://lintastungkal.com/penanganan-gangguan-kamtibmas-kapolres-tanjab-barat-butuh-kerjasama-semua-pihak/
  { abbreviation: 'Tanjab Barat', regencyCode: '15.06', name: 'Tanjung Jabung Barat', confirmed: true },
  // https://aksipost.com/arsip/48534/polres-tanjabtim-gelar-press-realiase
  { abbreviation: 'Tanjabtim', regencyCode: '15.07', name: 'Tanjung Jabung Timur', confirmed: true },
  // https://realitajambi.com/2026/02/17/polres-tanjab-timur-gelar-patroli-gabungan-kryd-bersama-tni-dan-satpol-pp
  { abbreviation: 'Tanjab Timur', regencyCode: '15.07', name: 'Tanjung Jabung Timur', confirmed: true },
  // Kota Pematangsiantar, as its own news writes it: "Polres Siantar", "Mapolres Siantar"; and in two
  // words, "Kapolres Pematang Siantar AKBP Yogen Heroes Baruno".
  // https://mistar.id/?p=268828
  { abbreviation: 'Siantar', regencyCode: '12.72', name: 'Pematangsiantar', confirmed: true },
  // https://deliksumut.com/amankan-nataru-2023-2024-polres-pematang-siantar-dirikan-4-pospam/?noamp=mobile
  { abbreviation: 'Pematang Siantar', regencyCode: '12.72', name: 'Pematangsiantar', confirmed: true },
  // https://totabuan.co/terkini/kapolda-sulut-lihat-kesiapan-pengamanan-di-polres-bolmong
  { abbreviation: 'Bolmong', regencyCode: '71.01', name: 'Bolaang Mongondow', confirmed: true },
  // https://totabuan.co/?p=11130 ("Polres Bolaang Mongondow Utara (Bolmut)")
  { abbreviation: 'Bolmut', regencyCode: '71.08', name: 'Bolaang Mongondow Utara', confirmed: true },
  // https://totabuan.co/boltim/kapolres-boltim-bantah-isu-permintaan-uang-di-peti-tobongon ("Kapolres Bolaang Mongondow Timur (Boltim)")
  { abbreviation: 'Boltim', regencyCode: '71.10', name: 'Bolaang Mongondow Timur', confirmed: true },
  // https://diahinews.com/2024/08/21/polres-halsel-siap-amankan-pilkada-halsel/ ("Polres Halmahera Selatan" … "Kapolres Halsel")
  { abbreviation: 'Halsel', regencyCode: '82.04', name: 'Halmahera Selatan', confirmed: true },
  // https://sultra.antaranews.com/berita/449790/polres-konawe-selatan-kerahkan-438-personel-gabungan-amankan-pilkades-serentak ("Polres Konawe Selatan (Konsel)")
  { abbreviation: 'Konsel', regencyCode: '74.05', name: 'Konawe Selatan', confirmed: true },
  // https://tribratanews.kalsel.polri.go.id/sat-polairud-polres-tanbu-rutin-patroli-perairan ("Kabupaten Tanah Bumbu (Tanbu)", "Polres Tanbu")
  { abbreviation: 'Tanbu', regencyCode: '63.10', name: 'Tanah Bumbu', confirmed: true },
  // https://www.nyiurpos.com/27/04/2024/kunjungan-kerja-ke-polres-bolsel-kapolda-kita-sarankan-penambahan-4-polsek-lagi
  { abbreviation: 'Bolsel', regencyCode: '71.11', name: 'Bolaang Mongondow Selatan', confirmed: true },
  // http://inimanado.com/arya-perdana-terjunkan-aparat-gabungan-pengamanan-natal-dan-tahun-baru-di-minse-mitra/
  { abbreviation: 'Minsel', regencyCode: '71.05', name: 'Minahasa Selatan', confirmed: true },
  // https://read.id/?p=18839 ("Polres Gorontalo Utara" … "Polres Gorut")
  // https://sulutnews.com/?p=111522 ("Kabupaten Kepulauan Siau Tagulandang Biaro (Sitaro)", "Polres Sitaro")
  { abbreviation: 'Sitaro', regencyCode: '71.09', name: 'Kepulauan Siau Tagulandang Biaro', confirmed: true },
  // https://www.monitorsulut.com/patroli-gabungan-polsek-sibar-dan-koramil-1301-02-ciptakan-kondisi-aman-kondusif-jelang-tahun-baru-2026/ ("Kapolres Kepulauan Sitaro")
  { abbreviation: 'Kepulauan Sitaro', regencyCode: '71.09', name: 'Kepulauan Siau Tagulandang Biaro', confirmed: true },
  { abbreviation: 'Gorut', regencyCode: '75.05', name: 'Gorontalo Utara', confirmed: true },
  // https://edarinfo.com/?p=8932 ("Polres Seram Bagian Barat (SBB)")
  { abbreviation: 'SBB', regencyCode: '81.06', name: 'Seram Bagian Barat', confirmed: true },
  // https://www.detik.com/kalimantan/berita/d-7847514/kutai-timur-lebih-luas-dari-jabar-pengamanan-lebaran-jadi-tantangan ("Kabupaten Kutai Timur (Kutim)", "Polres Kutim")
  { abbreviation: 'Kutim', regencyCode: '64.08', name: 'Kutai Timur', confirmed: true },
  // https://tribratanewsntt.com/bentuk-sinergitas-polri-tni-personel-polres-tts-bersama-personel-kodim-1621-tts-amankan-pelaksanaan-psu ("Polres Timor Tengah Selatan (TTS)")
  { abbreviation: 'TTS', regencyCode: '53.02', name: 'Timor Tengah Selatan', confirmed: true },
  // https://tajukflores.com/hut-bhayangkara-ke-78-kapolres-mabar-momentum-introspeksi-polri ("Kapolres Manggarai Barat (Mabar)")
  { abbreviation: 'Mabar', regencyCode: '53.15', name: 'Manggarai Barat', confirmed: true },
  // https://datapost.id/diinfokan-ada-kerawanan-konflik-tps-di-tabuyung-kapolres-madina-bersama-pju-dan-1-pleton-dalmas-turun-ke-lokasi/ ("Kapolres Mandailing Natal (Madina)")
  { abbreviation: 'Madina', regencyCode: '12.13', name: 'Mandailing Natal', confirmed: true },
  // https://ntb.indonesiasatu.co.id/edukasi-masyarakat-cegah-claster-baru-covid-19-polisi-batasi-kegiatan-jam-malam-warga-klu ("Polres Lombok Utara ( Lotara )")
  { abbreviation: 'Lotara', regencyCode: '52.08', name: 'Lombok Utara', confirmed: true },
] as const satisfies readonly RegionAbbreviation[];

/**
 * The leading word of island province and regency names ("Kepulauan Bangka Belitung", "Kepulauan
 * Meranti") and how news shortens it: dropped ("Polda Bangka Belitung", "Polres Meranti") or
 * abbreviated ("Polda Kep. Babel", "Polres Kep. Selayar"). A shortened name is read only where no
 * other place has that name ("Kepulauan Riau" without its word is Riau).
 *
 * @example
 * ```ts
 * ISLAND_PROVINCE_WORD.abbreviation
 * //=> 'Kep.'
 * ```
 * @category Regions
 */
export const ISLAND_PROVINCE_WORD = { word: 'Kepulauan', abbreviation: 'Kep.' } as const satisfies {
  word: string;
  abbreviation: string;
};
