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
  /** A news article that writes the abbreviation for the regency, when the domain notes do not. */
  readonly source?: string;
}

const entry = (abbreviation: string, regencyCode: string, name: string, source: string): RegionAbbreviation => ({
  abbreviation,
  regencyCode,
  name,
  confirmed: true,
  source,
});

/**
 * Regional abbreviations seen in news, mapped to Kemendagri regency codes (domain notes `polri.md`
 * §5, sources S49–S70, S120). Entries with `confirmed: false` are common forms that no source in
 * the notes shows (**UNCONFIRMED**): `Mura` (Musi Rawas) and, from the project brief, `OI`
 * (Ogan Ilir) and `Inhil` (Indragiri Hilir). Entries with a `source` were found in news articles
 * that write the unit of the regency with the abbreviation ("Polres Kuantan Singingi (Kuansing)",
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
  // Seen in news writing the regency's Polres ("Polres Kuantan Singingi (Kuansing)" …), one article each.
  entry(
    'Kuansing',
    '14.09',
    'Kuantan Singingi',
    'https://riauaktual.com/amp/detail/93871/cooling-system-pemilu-damai-2024-polsek-kuantan-hilir-laksanakan-pengamanan-kampanye',
  ),
  entry(
    'Rohul',
    '14.06',
    'Rokan Hulu',
    'https://nadariau.com/2024/09/15/sampaikan-pesan-pilkada-damai-wakapolres-rohul-kumpulkan-kepala-desa-dan-tokoh-masyarakat-ujung-batu/',
  ),
  entry('Rohil', '14.07', 'Rokan Hilir', 'https://matahukum.id/?p=21808'),
  entry(
    'Inhu',
    '14.02',
    'Indragiri Hulu',
    'https://riau.info/polres-inhu-menyiapkan-tempat-tidur-di-posko-mudik-lebaran-2025',
  ),
  entry(
    'Mitra',
    '71.07',
    'Minahasa Tenggara',
    'https://beritamanado.com/disambut-bupati-james-sumendap-ini-agenda-kapolda-irjen-pol-mulyatno-di-mitra/',
  ),
  entry(
    'Lampura',
    '18.03',
    'Lampung Utara',
    'https://daerah.sindonews.com/newsread/353934/174/dua-pekan-polres-lampung-utara-ungkap-50-kasus-dan-ciduk-52-tersangka-1614834239',
  ),
  entry(
    'Lamteng',
    '18.02',
    'Lampung Tengah',
    'https://gantanews.co/bemotoran-kapolres-lamteng-dan-jajaran-pantau-kamtibmas',
  ),
  entry(
    'Lamtim',
    '18.07',
    'Lampung Timur',
    'https://sinarlampung.co/2019/02/28/polres-lamtim-simulasi-pam-pemilu-2019',
  ),
  entry(
    'Lambar',
    '18.04',
    'Lampung Barat',
    'https://www.wartalambar.com/2012/11/polres-galakkan-patroli-dan-razia.html',
  ),
  entry(
    'Tuba',
    '18.05',
    'Tulang Bawang',
    'https://sinarlampung.co/2018/01/29/umar-ahmad-siap-dukung-pembangunan-polres-tulangbawang-barat',
  ),
  entry(
    'Tubaba',
    '18.12',
    'Tulang Bawang Barat',
    'https://lampung.antaranews.com/amp/berita/582169/resmikan-mapolres-tubaba-kapolda-lampung-polri-harus-berinovasi-dalam-menyikapi-dinamika-masyarakat',
  ),
  entry(
    'Tanah Karo',
    '12.06',
    'Karo',
    'https://suarapecari.com/berita/SP-2025011618831/polres-tanah-karo-intensifkan-patroli-dialogis-jaga-kamtibmas-jelang-pelantikan-kepala-daerah',
  ),
  entry(
    'Taput',
    '12.02',
    'Tapanuli Utara',
    'https://www.realitasonline.id/sumut/amp/10248074927/pengamanan-nataru-polres-taput-siapkan-9-pos-pantau',
  ),
  entry('Tapsel', '12.03', 'Tapanuli Selatan', 'https://sumut.indeksnews.com/?p=35189'),
  entry(
    'Jaksel',
    '31.74',
    'Jakarta Selatan',
    'https://test.mondaytv.net/polres-jaksel-perluas-pos-pengamanan-dari-8-jadi-15-titik',
  ),
  entry(
    'Tangsel',
    '36.74',
    'Tangerang Selatan',
    'https://nasional.sindonews.com/berita/1025814/149/tangsel-segera-miliki-polres-sendiri',
  ),
  entry('Sidrap', '73.14', 'Sidenreng Rappang', 'https://beritasulsel.com/?p=127032'),
  entry(
    'Pangkep',
    '73.10',
    'Pangkajene dan Kepulauan',
    'https://upeks.co.id/2026/03/operasi-ketupat-2026-polres-pangkep-siapkan-pospam-dan-tempat-istirahat-pemudik/',
  ),
  entry('Loteng', '52.02', 'Lombok Tengah', 'https://insidelombok.id/?p=91222'),
  entry('Lotim', '52.03', 'Lombok Timur', 'http://lombokpost.net/2015/08/11/ingin-menjadi-polres-kota-polresta/'),
  entry(
    'Lobar',
    '52.01',
    'Lombok Barat',
    'https://tribratanews.polreslobar.id/2022/03/27/patroli-blue-light-gabungan-polres-lobar-pantau-kamtibmas-jelang-bulan-ramadhan',
  ),
  entry(
    'Kobar',
    '62.01',
    'Kotawaringin Barat',
    'https://intimnews.com/polres-kobar-gelar-apel-gabungan-jaga-kondusivitas-jelang-pelantikan-kepala-daerah-baru',
  ),
  entry(
    'Kotim',
    '62.02',
    'Kotawaringin Timur',
    'https://koranpelita.com/2020/09/03/kasus-sengketa-lahan-paling-tinggi-di-kotim',
  ),
] as const satisfies readonly RegionAbbreviation[];

/**
 * The leading word of island province names ("Kepulauan Bangka Belitung") and how news shortens
 * it: dropped ("Polda Bangka Belitung") or abbreviated ("Polda Kep. Babel"). A shortened name is
 * read only where no other Polda has that name ("Kepulauan Riau" without its word is Riau).
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
