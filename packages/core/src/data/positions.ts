import type { Position } from '../model/position';
import type { PositionCode } from './positionCodes';

/**
 * Every position of {@link POSITION_CODES} with its Indonesian name, the forms news writes
 * (`Dir Binmas`, `Wadir Binmas`, `Kasat Binmas`, `Bhabinkamtibmas`/`Babinkamtibmas` …), English
 * name, sector, the unit or organisation kind it belongs to and, for police posts, the usual rank
 * range (polri.md §2–§3; source ids `[S#]` refer to that file). Ranges marked `unconfirmed` are
 * plausible defaults inferred by analogy, as each entry's comment says. Acting prefixes (`Pj.`,
 * `Plt.` …) are not part of a position: "Pj. Bupati" is `bupati` held in acting capacity.
 *
 * @example
 * ```ts
 * POSITIONS.kapolres.expectedRank
 * //=> { min: 'AKBP', max: 'AKBP' }
 * POSITIONS.wadirbinmas.aliases.includes('Wadir Binmas')
 * //=> true
 * ```
 * @category Positions
 */
export const POSITIONS = {
  /** Jenderal Pol [S15][S6]. */
  kapolri: {
    code: 'kapolri',
    name: 'Kepala Kepolisian Negara Republik Indonesia',
    abbreviation: 'Kapolri',
    // "Kepala Kepolisian RI (Kapolri) Jenderal Listyo Sigit Prabowo" (merdeka.com, 2024), "Kepala
    // Kepolisian Republik Indonesia (Kapolri), Jenderal Pol Sutarman" (sindonews.com, 2014).
    aliases: ['Kepala Polri', 'Kepala Kepolisian RI', 'Kepala Kepolisian Republik Indonesia'],
    englishName: 'Chief of the Indonesian National Police',
    sector: 'police',
    unitKind: 'mabes',
    expectedRank: { min: 'JENDERAL', max: 'JENDERAL' },
  },
  /** Komjen Pol [S15][S107]. */
  wakapolri: {
    code: 'wakapolri',
    name: 'Wakil Kepala Kepolisian Negara Republik Indonesia',
    abbreviation: 'Wakapolri',
    aliases: ['Wakil Kapolri'],
    englishName: 'Deputy Chief of the Indonesian National Police',
    sector: 'police',
    unitKind: 'mabes',
    expectedRank: { min: 'KOMJEN', max: 'KOMJEN' },
  },
  /** No source gives the rank; no range. */
  kabaharkam: {
    code: 'kabaharkam',
    name: 'Kepala Badan Pemelihara Keamanan Polri',
    abbreviation: 'Kabaharkam',
    aliases: ['Kabaharkam Polri'],
    englishName: 'Head of the Security Maintenance Agency',
    sector: 'police',
    unitKind: 'mabes',
  },
  /** Irjen [S15][S44][S111]. */
  kakorbinmas: {
    code: 'kakorbinmas',
    name: 'Kepala Korbinmas Baharkam Polri',
    abbreviation: 'Kakorbinmas',
    aliases: ['Kakor Binmas', 'Kepala Korbinmas'],
    englishName: 'Head of the Community Guidance Corps',
    sector: 'police',
    unitKind: 'korps',
    expectedRank: { min: 'IRJEN', max: 'IRJEN' },
  },
  /** Irjen [S73]. */
  'kadiv-humas': {
    code: 'kadiv-humas',
    name: 'Kepala Divisi Hubungan Masyarakat Polri',
    abbreviation: 'Kadiv Humas',
    aliases: ['Kadivhumas', 'Kepala Divisi Humas'],
    englishName: 'Head of the Public Relations Division',
    sector: 'police',
    unitKind: 'divisi',
    expectedRank: { min: 'IRJEN', max: 'IRJEN' },
  },
  /** Brigjen [S29]. */
  'karo-penmas': {
    code: 'karo-penmas',
    name: 'Kepala Biro Penerangan Masyarakat Divisi Humas Polri',
    abbreviation: 'Karo Penmas',
    aliases: ['Karopenmas', 'Kepala Biro Penmas'],
    englishName: 'Head of the Public Information Bureau',
    sector: 'police',
    unitKind: 'biro',
    expectedRank: { min: 'BRIGJEN', max: 'BRIGJEN' },
  },
  /** Irjen for type A-K and A, Brigjen for type B [S23][S28]; type-A Kapolda appointed as Brigjen seen [S73][S83]. "Kapoldasu" = Kapolda Sumut [S46]. */
  kapolda: {
    code: 'kapolda',
    name: 'Kepala Kepolisian Daerah',
    abbreviation: 'Kapolda',
    aliases: ['Kepala Polda', 'Kapoldasu'],
    englishName: 'Regional (Provincial) Police Chief',
    sector: 'police',
    unitKind: 'polda',
    expectedRank: { min: 'BRIGJEN', max: 'IRJEN' },
  },
  /** Brigjen (type A), Kombes (type B); Kombes also seen in type A [S33][S44][S46][S72][S73]. */
  wakapolda: {
    code: 'wakapolda',
    name: 'Wakil Kepala Kepolisian Daerah',
    abbreviation: 'Wakapolda',
    aliases: ['Waka Polda', 'Wakil Kapolda'],
    englishName: 'Deputy Regional Police Chief',
    sector: 'police',
    unitKind: 'polda',
    expectedRank: { min: 'KOMBES', max: 'BRIGJEN' },
  },
  /** Kombes [S42][S45][S46]. */
  dirbinmas: {
    code: 'dirbinmas',
    name: 'Direktur Pembinaan Masyarakat',
    abbreviation: 'Dirbinmas',
    aliases: ['Dir Binmas', 'Direktur Binmas'],
    englishName: 'Director of Community Guidance',
    sector: 'police',
    unitKind: 'direktorat',
    expectedRank: { min: 'KOMBES', max: 'KOMBES' },
  },
  /** AKBP [S43]. */
  wadirbinmas: {
    code: 'wadirbinmas',
    name: 'Wakil Direktur Pembinaan Masyarakat',
    abbreviation: 'Wadirbinmas',
    aliases: ['Wadir Binmas', 'Wakil Direktur Binmas'],
    englishName: 'Deputy Director of Community Guidance',
    sector: 'police',
    unitKind: 'direktorat',
    expectedRank: { min: 'AKBP', max: 'AKBP' },
  },
  /** Range **UNCONFIRMED**: by analogy with Dirbinmas (same directorate level). */
  dirintelkam: {
    code: 'dirintelkam',
    name: 'Direktur Intelijen Keamanan',
    abbreviation: 'Dirintelkam',
    aliases: ['Dir Intelkam', 'Direktur Intelkam'],
    englishName: 'Director of Security Intelligence',
    sector: 'police',
    unitKind: 'direktorat',
    expectedRank: { min: 'KOMBES', max: 'KOMBES', unconfirmed: true },
  },
  /** Kombes [S59][S61][S124]; AKBP seen in 2018 at Polda Sulteng (then likely type B) [S83]. */
  'kabid-humas': {
    code: 'kabid-humas',
    name: 'Kepala Bidang Hubungan Masyarakat',
    abbreviation: 'Kabid Humas',
    aliases: ['Kabidhumas', 'Kepala Bidang Humas'],
    englishName: 'Head of Public Relations (Regional Police)',
    sector: 'police',
    unitKind: 'bidang',
    expectedRank: { min: 'AKBP', max: 'KOMBES' },
  },
  /** Kasubdit Tibsos Korbinmas seen as Kombes [S43]; AKBP lower bound **UNCONFIRMED**. */
  kasubdit: {
    code: 'kasubdit',
    name: 'Kepala Subdirektorat',
    abbreviation: 'Kasubdit',
    aliases: ['Kepala Subdirektorat'],
    englishName: 'Head of Sub-directorate',
    sector: 'police',
    unitKind: 'direktorat',
    expectedRank: { min: 'AKBP', max: 'KOMBES', unconfirmed: true },
  },
  /** Kombes [S23][S27][S57][S58]. */
  kapolrestabes: {
    code: 'kapolrestabes',
    name: 'Kepala Kepolisian Resor Kota Besar',
    abbreviation: 'Kapolrestabes',
    aliases: ['Kepala Polrestabes'],
    englishName: 'Metropolitan City Police Chief',
    sector: 'police',
    unitKind: 'polrestabes',
    expectedRank: { min: 'KOMBES', max: 'KOMBES' },
  },
  /** Kombes [S23][S27][S86]. */
  'kapolres-metro': {
    code: 'kapolres-metro',
    name: 'Kepala Kepolisian Resor Metropolitan',
    abbreviation: 'Kapolres Metro',
    aliases: ['Kepala Polres Metro'],
    englishName: 'Metropolitan Police Precinct Chief',
    sector: 'police',
    unitKind: 'polres-metro',
    expectedRank: { min: 'KOMBES', max: 'KOMBES' },
  },
  /** Kombes [S23][S27][S88]. */
  kapolresta: {
    code: 'kapolresta',
    name: 'Kepala Kepolisian Resor Kota',
    abbreviation: 'Kapolresta',
    aliases: ['Kepala Polresta'],
    englishName: 'City Police Chief',
    sector: 'police',
    unitKind: 'polresta',
    expectedRank: { min: 'KOMBES', max: 'KOMBES' },
  },
  /** AKBP [S23][S27][S54][S61][S62]. */
  kapolres: {
    code: 'kapolres',
    name: 'Kepala Kepolisian Resor',
    abbreviation: 'Kapolres',
    // "Kepala Polisi Resor Bangka Tengah, Bangka Belitung, AKBP M Zainul" (babel.antaranews.com).
    aliases: ['Kepala Polres', 'Kepala Polisi Resor'],
    englishName: 'Regency/City Police Chief',
    sector: 'police',
    unitKind: 'polres',
    expectedRank: { min: 'AKBP', max: 'AKBP' },
  },
  /** AKBP **UNCONFIRMED** (polri.md §3). */
  wakapolrestabes: {
    code: 'wakapolrestabes',
    name: 'Wakil Kepala Kepolisian Resor Kota Besar',
    abbreviation: 'Wakapolrestabes',
    aliases: ['Waka Polrestabes', 'Wakil Kapolrestabes'],
    englishName: 'Deputy Metropolitan City Police Chief',
    sector: 'police',
    unitKind: 'polrestabes',
    expectedRank: { min: 'AKBP', max: 'AKBP', unconfirmed: true },
  },
  /** AKBP **UNCONFIRMED** (polri.md §3). */
  wakapolresta: {
    code: 'wakapolresta',
    name: 'Wakil Kepala Kepolisian Resor Kota',
    abbreviation: 'Wakapolresta',
    aliases: ['Waka Polresta', 'Wakil Kapolresta'],
    englishName: 'Deputy City Police Chief',
    sector: 'police',
    unitKind: 'polresta',
    expectedRank: { min: 'AKBP', max: 'AKBP', unconfirmed: true },
  },
  /** Kompol [S49][S54][S64]. */
  wakapolres: {
    code: 'wakapolres',
    name: 'Wakil Kepala Kepolisian Resor',
    abbreviation: 'Wakapolres',
    aliases: ['Waka Polres', 'Wakil Kapolres'],
    englishName: 'Deputy Regency/City Police Chief',
    sector: 'police',
    unitKind: 'polres',
    expectedRank: { min: 'KOMPOL', max: 'KOMPOL' },
  },
  /** AKP [S47][S49]; Iptu seen [S48]. */
  'kasat-binmas': {
    code: 'kasat-binmas',
    name: 'Kepala Satuan Pembinaan Masyarakat',
    abbreviation: 'Kasat Binmas',
    aliases: ['Kasatbinmas', 'Kepala Satuan Binmas'],
    englishName: 'Head of the Community Guidance Unit',
    sector: 'police',
    unitKind: 'satuan',
    expectedRank: { min: 'IPTU', max: 'AKP' },
  },
  /** Range **UNCONFIRMED**: by analogy with Kasat Binmas (same satuan level). */
  'kasat-intelkam': {
    code: 'kasat-intelkam',
    name: 'Kepala Satuan Intelijen Keamanan',
    abbreviation: 'Kasat Intelkam',
    aliases: ['Kasatintelkam', 'Kepala Satuan Intelkam', 'Kasat Intel', 'Kasatintel'],
    englishName: 'Head of the Security Intelligence Unit',
    sector: 'police',
    unitKind: 'satuan',
    expectedRank: { min: 'IPTU', max: 'AKP', unconfirmed: true },
  },
  /** Range **UNCONFIRMED**: by analogy with Kasat Binmas (same satuan level). */
  'kasat-samapta': {
    code: 'kasat-samapta',
    name: 'Kepala Satuan Samapta',
    abbreviation: 'Kasat Samapta',
    aliases: ['Kasatsamapta'],
    englishName: 'Head of the Samapta (Patrol) Unit',
    sector: 'police',
    unitKind: 'satuan',
    expectedRank: { min: 'IPTU', max: 'AKP', unconfirmed: true },
  },
  /** AKP [S63]; Iptu **UNCONFIRMED**. */
  'kasi-humas': {
    code: 'kasi-humas',
    name: 'Kepala Seksi Hubungan Masyarakat',
    abbreviation: 'Kasi Humas',
    aliases: ['Kasie Humas', 'Kasihumas', 'Kepala Seksi Humas'],
    englishName: 'Head of Public Relations (Police Precinct)',
    sector: 'police',
    unitKind: 'seksi',
    expectedRank: { min: 'IPTU', max: 'AKP' },
  },
  /** AKP (2020) [S62]; older name of the Polres Humas post. */
  'kasubbag-humas': {
    code: 'kasubbag-humas',
    name: 'Kepala Subbagian Hubungan Masyarakat',
    abbreviation: 'Kasubbag Humas',
    aliases: ['Kasubbaghumas', 'Kasubag Humas'],
    englishName: 'Head of the Public Relations Sub-section (older name)',
    sector: 'police',
    unitKind: 'polres',
    expectedRank: { min: 'AKP', max: 'AKP' },
  },
  /** No source gives the rank; no range. */
  'kabag-ops': {
    code: 'kabag-ops',
    name: 'Kepala Bagian Operasional',
    abbreviation: 'Kabag Ops',
    // "Kepala Bagian Operasi (Kabag Ops) Polresta Balikpapan, Kompol Jajat Sudrajat" (gerbangkaltim.com,
    // 2026: https://www.gerbangkaltim.com/apel-pagi-polresta-balikpapan-kabag-ops-paparkan-evaluasi-operasi-lilin-mahakam-dan-kesiapan-operasi-ketupat).
    aliases: ['Kabagops', 'Kepala Bagian Operasi'],
    englishName: 'Head of Operations',
    sector: 'police',
    unitKind: 'polres',
  },
  /** AKBP (Polsek Metro, PMJ), Kompol (urban), AKP (rural), Iptu/Ipda in some areas [S25][S23][S26][S51][S52][S53]; Ipda in seed article 004 (Polsek Kedurang). */
  kapolsek: {
    code: 'kapolsek',
    name: 'Kepala Kepolisian Sektor',
    abbreviation: 'Kapolsek',
    aliases: ['Kapolsekta', 'Kepala Polsek'],
    englishName: 'District Police Chief',
    sector: 'police',
    unitKind: 'polsek',
    expectedRank: { min: 'IPDA', max: 'AKBP' },
  },
  /** No source gives the rank; no range. */
  wakapolsek: {
    code: 'wakapolsek',
    name: 'Wakil Kepala Kepolisian Sektor',
    abbreviation: 'Wakapolsek',
    aliases: ['Waka Polsek', 'Wakil Kapolsek'],
    englishName: 'Deputy District Police Chief',
    sector: 'police',
    unitKind: 'polsek',
  },
  /** Post name **UNCONFIRMED** (polri.md §2); no range. */
  kapolsubsektor: {
    code: 'kapolsubsektor',
    name: 'Kepala Kepolisian Subsektor',
    abbreviation: 'Kapolsubsektor',
    aliases: [],
    englishName: 'Sub-district Police Chief',
    sector: 'police',
    unitKind: 'polsubsektor',
  },
  /** **UNCONFIRMED** (Aiptu–Iptu typical; Polres-level Kanit Aipda/Aiptu seen) [S47]. */
  'kanit-binmas': {
    code: 'kanit-binmas',
    name: 'Kepala Unit Pembinaan Masyarakat',
    abbreviation: 'Kanit Binmas',
    aliases: ['Kanitbinmas', 'Kepala Unit Binmas'],
    englishName: 'Head of the Community Guidance Section',
    sector: 'police',
    unitKind: 'unit',
    expectedRank: { min: 'AIPDA', max: 'IPTU', unconfirmed: true },
  },
  /** No source gives the rank; no range. */
  'kanit-intelkam': {
    code: 'kanit-intelkam',
    name: 'Kepala Unit Intelijen Keamanan',
    abbreviation: 'Kanit Intelkam',
    aliases: ['Kanitintelkam', 'Kanit Intel', 'Kanitintel'],
    englishName: 'Head of the Security Intelligence Section',
    sector: 'police',
    unitKind: 'unit',
  },
  /** "Brigadir hingga Inspektur" (Kep/8/II/2009) [S41]; seen Briptu, Brigadir, Bripka, Aipda [S47][S50][S51][S53]. Old name "Babinkamtibmas" [S41][S110]. Sits in the Polsek Unit Binmas. */
  bhabinkamtibmas: {
    code: 'bhabinkamtibmas',
    name: 'Bhayangkara Pembina Keamanan dan Ketertiban Masyarakat',
    abbreviation: 'Bhabinkamtibmas',
    aliases: ['Babinkamtibmas', 'Bhabin', 'Bhabin Kamtibmas'],
    englishName: 'Village Community Police Officer',
    sector: 'police',
    unitKind: 'polsek',
    expectedRank: { min: 'BRIPDA', max: 'IPTU' },
  },
  gubernur: {
    code: 'gubernur',
    name: 'Gubernur',
    abbreviation: 'Gubernur',
    aliases: [],
    englishName: 'Governor',
    sector: 'civilian',
    organizationKind: 'pemerintah-provinsi',
  },
  'wakil-gubernur': {
    code: 'wakil-gubernur',
    name: 'Wakil Gubernur',
    abbreviation: 'Wagub',
    aliases: ['Wakil Gubernur'],
    englishName: 'Vice Governor',
    sector: 'civilian',
    organizationKind: 'pemerintah-provinsi',
  },
  bupati: {
    code: 'bupati',
    name: 'Bupati',
    abbreviation: 'Bupati',
    aliases: [],
    englishName: 'Regent',
    sector: 'civilian',
    organizationKind: 'pemerintah-kabupaten',
  },
  /** "Wabup" in seed article 004. */
  'wakil-bupati': {
    code: 'wakil-bupati',
    name: 'Wakil Bupati',
    abbreviation: 'Wabup',
    aliases: ['Wakil Bupati'],
    englishName: 'Vice Regent',
    sector: 'civilian',
    organizationKind: 'pemerintah-kabupaten',
  },
  'wali-kota': {
    code: 'wali-kota',
    name: 'Wali Kota',
    abbreviation: 'Wali Kota',
    aliases: ['Walikota'],
    englishName: 'Mayor',
    sector: 'civilian',
    organizationKind: 'pemerintah-kota',
  },
  'wakil-wali-kota': {
    code: 'wakil-wali-kota',
    name: 'Wakil Wali Kota',
    abbreviation: 'Wakil Wali Kota',
    aliases: ['Wakil Walikota'],
    englishName: 'Vice Mayor',
    sector: 'civilian',
    organizationKind: 'pemerintah-kota',
  },
  'sekretaris-daerah': {
    code: 'sekretaris-daerah',
    name: 'Sekretaris Daerah',
    abbreviation: 'Sekda',
    aliases: ['Sekretaris Daerah'],
    englishName: 'Regional Secretary',
    sector: 'civilian',
  },
  camat: {
    code: 'camat',
    name: 'Camat',
    abbreviation: 'Camat',
    aliases: ['Kepala Kecamatan'],
    englishName: 'District Head',
    sector: 'civilian',
    organizationKind: 'kecamatan',
  },
  'sekretaris-camat': {
    code: 'sekretaris-camat',
    name: 'Sekretaris Camat',
    abbreviation: 'Sekcam',
    aliases: ['Sekretaris Camat'],
    englishName: 'District Secretary',
    sector: 'civilian',
    organizationKind: 'kecamatan',
  },
  'kepala-desa': {
    code: 'kepala-desa',
    name: 'Kepala Desa',
    abbreviation: 'Kades',
    aliases: ['Kepala Desa'],
    englishName: 'Village Head',
    sector: 'civilian',
    organizationKind: 'desa',
  },
  lurah: {
    code: 'lurah',
    name: 'Lurah',
    abbreviation: 'Lurah',
    aliases: ['Kepala Kelurahan'],
    englishName: 'Urban Village Head',
    sector: 'civilian',
    organizationKind: 'kelurahan',
  },
  'ketua-kpu': {
    code: 'ketua-kpu',
    name: 'Ketua Komisi Pemilihan Umum',
    abbreviation: 'Ketua KPU',
    aliases: ['Ketua Komisi Pemilihan Umum'],
    englishName: 'Chair of the General Elections Commission',
    sector: 'civilian',
    organizationKind: 'kpu',
  },
  'anggota-kpu': {
    code: 'anggota-kpu',
    name: 'Anggota Komisi Pemilihan Umum',
    abbreviation: 'Anggota KPU',
    aliases: ['Komisioner KPU'],
    englishName: 'Member of the General Elections Commission',
    sector: 'civilian',
    organizationKind: 'kpu',
  },
  'ketua-bawaslu': {
    code: 'ketua-bawaslu',
    name: 'Ketua Badan Pengawas Pemilu',
    abbreviation: 'Ketua Bawaslu',
    aliases: ['Ketua Badan Pengawas Pemilihan Umum'],
    englishName: 'Chair of the Elections Supervisory Agency',
    sector: 'civilian',
    organizationKind: 'bawaslu',
  },
  'anggota-bawaslu': {
    code: 'anggota-bawaslu',
    name: 'Anggota Badan Pengawas Pemilu',
    abbreviation: 'Anggota Bawaslu',
    aliases: ['Komisioner Bawaslu'],
    englishName: 'Member of the Elections Supervisory Agency',
    sector: 'civilian',
    organizationKind: 'bawaslu',
  },
  /** "Kepala Badan Kesbangpol" in seed article 003. */
  'kepala-kesbangpol': {
    code: 'kepala-kesbangpol',
    name: 'Kepala Badan Kesatuan Bangsa dan Politik',
    abbreviation: 'Kepala Kesbangpol',
    aliases: ['Kaban Kesbangpol', 'Kepala Badan Kesbangpol'],
    englishName: 'Head of the National Unity and Politics Agency',
    sector: 'civilian',
    organizationKind: 'kesbangpol',
  },
  'ketua-dprd': {
    code: 'ketua-dprd',
    name: 'Ketua Dewan Perwakilan Rakyat Daerah',
    abbreviation: 'Ketua DPRD',
    aliases: [],
    englishName: 'Speaker of the Regional Legislature',
    sector: 'civilian',
    organizationKind: 'dprd',
  },
  danramil: {
    code: 'danramil',
    name: 'Komandan Rayon Militer',
    abbreviation: 'Danramil',
    aliases: ['Komandan Koramil'],
    englishName: 'Sub-district Military Commander',
    sector: 'military',
    organizationKind: 'tni',
  },
  dandim: {
    code: 'dandim',
    name: 'Komandan Distrik Militer',
    abbreviation: 'Dandim',
    aliases: ['Komandan Kodim'],
    englishName: 'District Military Commander',
    sector: 'military',
    organizationKind: 'tni',
  },
  /** TNI counterpart of Bhabinkamtibmas — not a police post (polri.md §8 gotcha 13). */
  babinsa: {
    code: 'babinsa',
    name: 'Bintara Pembina Desa',
    abbreviation: 'Babinsa',
    aliases: [],
    englishName: 'Village Military Non-commissioned Officer',
    sector: 'military',
    organizationKind: 'tni',
  },
} as const satisfies Record<PositionCode, Position>;
