// Realistic unit mentions with the expected reading, written from the domain notes (polri.md §2,
// §4, §5, §8) and Kemendagri province codes — not from the parser's output. Every Polda's
// province appears at least once.

export interface UnitMentionCase {
  text: string;
  kind: string;
  /** Expected province code; `null` when the text cannot settle it. */
  province: string | null;
  displayName?: string;
  name?: string;
  headquarters?: boolean;
  parentKind?: string;
}

export const UNIT_MENTION_CASES: readonly UnitMentionCase[] = [
  // Aceh 11
  { text: 'Polres Aceh Utara', kind: 'polres', province: '11', displayName: 'Polres Aceh Utara' },
  { text: 'Polresta Banda Aceh', kind: 'polresta', province: '11', displayName: 'Polresta Banda Aceh' },
  { text: 'Polda Aceh', kind: 'polda', province: '11', displayName: 'Polda Aceh' },
  // Sumatera Utara 12
  { text: 'Polrestabes Medan', kind: 'polrestabes', province: '12', displayName: 'Polrestabes Medan' },
  { text: 'Polres Sergai', kind: 'polres', province: '12', displayName: 'Polres Serdang Bedagai' },
  { text: 'Polres Labusel', kind: 'polres', province: '12', displayName: 'Polres Labuhanbatu Selatan' },
  { text: 'Polres Binjai', kind: 'polres', province: '12', displayName: 'Polres Binjai' },
  { text: 'Si Humas Polres Langkat', kind: 'seksi', province: '12', parentKind: 'polres' },
  { text: 'Polsek Binjai Selatan Polres Binjai', kind: 'polsek', province: '12', parentKind: 'polres' },
  // "Dir Binmas" is a position (Dirbinmas), so the unit named is the Polda.
  { text: 'Dir Binmas Poldasu', kind: 'polda', province: '12', displayName: 'Polda Sumut' },
  // Sumatera Barat 13
  { text: 'Polresta Padang', kind: 'polresta', province: '13' },
  { text: 'Polres Pasaman Barat', kind: 'polres', province: '13' },
  { text: 'Bidhumas Polda Sumbar', kind: 'bidang', province: '13', displayName: 'Bidhumas Polda Sumbar' },
  // Riau 14
  { text: 'Polresta Pekanbaru', kind: 'polresta', province: '14' },
  { text: 'Polres Inhil', kind: 'polres', province: '14', displayName: 'Polres Indragiri Hilir' },
  { text: 'Polres Kampar', kind: 'polres', province: '14' },
  // Jambi 15
  { text: 'Polresta Jambi', kind: 'polresta', province: '15' },
  { text: 'Polres Muaro Jambi', kind: 'polres', province: '15' },
  { text: 'Polres Kerinci', kind: 'polres', province: '15' },
  // Sumatera Selatan 16
  { text: 'Polrestabes Palembang', kind: 'polrestabes', province: '16', displayName: 'Polrestabes Palembang' },
  { text: 'Polres Muba', kind: 'polres', province: '16', displayName: 'Polres Musi Banyuasin' },
  { text: 'Polres OKI', kind: 'polres', province: '16', displayName: 'Polres Ogan Komering Ilir' },
  { text: 'Polres OKU Timur', kind: 'polres', province: '16', displayName: 'Polres Ogan Komering Ulu Timur' },
  { text: 'Polres OKU Selatan', kind: 'polres', province: '16', displayName: 'Polres Ogan Komering Ulu Selatan' },
  { text: 'Polres PALI', kind: 'polres', province: '16', displayName: 'Polres Penukal Abab Lematang Ilir' },
  { text: 'Polres Muratara', kind: 'polres', province: '16', displayName: 'Polres Musi Rawas Utara' },
  { text: 'Polres Banyuasin', kind: 'polres', province: '16', displayName: 'Polres Banyuasin' },
  { text: 'Mapolres Banyuasin', kind: 'polres', province: '16', headquarters: true },
  { text: 'Polsek Tanjung Batu Polres OI', kind: 'polsek', province: '16', parentKind: 'polres' },
  { text: 'Polsek Ilir Barat I Polrestabes Palembang', kind: 'polsek', province: '16', parentKind: 'polrestabes' },
  { text: 'Ditbinmas Polda Sumsel', kind: 'direktorat', province: '16', displayName: 'Ditbinmas Polda Sumsel' },
  { text: 'Kepolisian Daerah Sumatera Selatan', kind: 'polda', province: '16', displayName: 'Polda Sumsel' },
  { text: 'Polda Sumatra Selatan', kind: 'polda', province: '16', displayName: 'Polda Sumsel' },
  // Bengkulu 17
  { text: 'Polres BS', kind: 'polres', province: '17', displayName: 'Polres Bengkulu Selatan' },
  { text: 'Polres BU', kind: 'polres', province: '17', displayName: 'Polres Bengkulu Utara' },
  { text: 'Polres RL', kind: 'polres', province: '17', displayName: 'Polres Rejang Lebong' },
  { text: 'Polsek Kedurang Polres BS', kind: 'polsek', province: '17', name: 'Kedurang', parentKind: 'polres' },
  { text: 'Sat Binmas Polres Bengkulu Selatan', kind: 'satuan', province: '17', name: 'Sat Binmas' },
  { text: 'Polda Bengkulu', kind: 'polda', province: '17' },
  // Lampung 18
  { text: 'Polres Lampung Selatan', kind: 'polres', province: '18', name: 'Lampung Selatan' },
  { text: 'Polres Lamsel', kind: 'polres', province: '18', displayName: 'Polres Lampung Selatan' },
  { text: 'Polresta Bandar Lampung', kind: 'polresta', province: '18' },
  { text: 'Polres Metro', kind: 'polres', province: '18', name: 'Metro' },
  { text: 'Kabid Humas Polda Lampung', kind: 'polda', province: '18', displayName: 'Polda Lampung' },
  // Kepulauan Bangka Belitung 19
  { text: 'Polda Babel', kind: 'polda', province: '19' },
  { text: 'Polres Bangka Barat', kind: 'polres', province: '19' },
  { text: 'Polres Belitung Timur', kind: 'polres', province: '19' },
  // Kepulauan Riau 21
  { text: 'Polda Kepri', kind: 'polda', province: '21' },
  { text: 'Polresta Barelang', kind: 'polresta', province: null },
  { text: 'Polres Karimun', kind: 'polres', province: '21' },
  { text: 'Polres Bintan', kind: 'polres', province: '21' },
  // DKI Jakarta 31
  { text: 'Polda Metro Jaya', kind: 'polda', province: '31', displayName: 'Polda Metro Jaya' },
  { text: 'PMJ', kind: 'polda', province: '31', displayName: 'Polda Metro Jaya' },
  { text: 'Polres Metro Jakarta Selatan', kind: 'polres-metro', province: '31', name: 'Jakarta Selatan' },
  { text: 'Polres Metro Jakarta Pusat', kind: 'polres-metro', province: '31' },
  { text: 'Ditbinmas PMJ', kind: 'direktorat', province: '31', parentKind: 'polda' },
  // Jawa Barat 32
  { text: 'Polda Jabar', kind: 'polda', province: '32' },
  { text: 'Polrestabes Bandung', kind: 'polrestabes', province: '32' },
  { text: 'Polres Metro Bekasi', kind: 'polres-metro', province: '32' },
  { text: 'Polres Metro Depok', kind: 'polres-metro', province: '32' },
  { text: 'Polres Cianjur', kind: 'polres', province: '32' },
  // Jawa Tengah 33
  { text: 'Kepolisian Resor (Polres) Kudus', kind: 'polres', province: '33', name: 'Kudus' },
  { text: 'Polrestabes Semarang', kind: 'polrestabes', province: '33' },
  { text: 'Polres Banyumas', kind: 'polres', province: '33' },
  { text: 'Polda Jateng', kind: 'polda', province: '33' },
  // DI Yogyakarta 34
  { text: 'Polda DIY', kind: 'polda', province: '34' },
  { text: 'Polres Sleman', kind: 'polres', province: '34' },
  { text: 'Polres Gunungkidul', kind: 'polres', province: '34' },
  // Jawa Timur 35
  { text: 'Polda jatim', kind: 'polda', province: '35', displayName: 'Polda Jatim' },
  { text: 'Polsek Senori Polres Tuban', kind: 'polsek', province: '35', parentKind: 'polres' },
  { text: 'Polrestabes Surabaya', kind: 'polrestabes', province: '35' },
  { text: 'Polres Tuban', kind: 'polres', province: '35' },
  // Banten 36
  { text: 'Polda Banten', kind: 'polda', province: '36' },
  { text: 'Polres Serang', kind: 'polres', province: '36' },
  { text: 'Polres Lebak', kind: 'polres', province: '36' },
  // Bali 51
  { text: 'Polda Bali', kind: 'polda', province: '51' },
  { text: 'Polresta Denpasar', kind: 'polresta', province: '51' },
  { text: 'Polres Gianyar', kind: 'polres', province: '51' },
  // Nusa Tenggara Barat 52
  { text: 'Polda NTB', kind: 'polda', province: '52' },
  { text: 'Polresta Mataram', kind: 'polresta', province: '52' },
  { text: 'Polres Lombok Timur', kind: 'polres', province: '52' },
  // Nusa Tenggara Timur 53
  { text: 'Polda NTT', kind: 'polda', province: '53' },
  { text: 'Polres TTU', kind: 'polres', province: '53', displayName: 'Polres Timor Tengah Utara' },
  { text: 'Polresta Kupang Kota', kind: 'polresta', province: '53' },
  // Kalimantan Barat 61
  { text: 'Polda Kalbar', kind: 'polda', province: '61' },
  { text: 'Polresta Pontianak', kind: 'polresta', province: '61' },
  { text: 'Polres Sanggau', kind: 'polres', province: '61' },
  // Kalimantan Tengah 62
  { text: 'Polda Kalteng', kind: 'polda', province: '62' },
  { text: 'Polresta Palangka Raya', kind: 'polresta', province: '62' },
  { text: 'Polres Kotawaringin Barat', kind: 'polres', province: '62' },
  // Kalimantan Selatan 63
  { text: 'Polda Kalsel', kind: 'polda', province: '63' },
  { text: 'Polres HSU', kind: 'polres', province: '63', displayName: 'Polres Hulu Sungai Utara' },
  { text: 'Polresta Banjarmasin', kind: 'polresta', province: '63' },
  // Kalimantan Timur 64
  { text: 'Direktorat Pembinaan Masyarakat (Ditbinmas) Polda Kaltim', kind: 'direktorat', province: '64' },
  { text: 'Polresta Balikpapan', kind: 'polresta', province: '64', displayName: 'Polresta Balikpapan' },
  { text: 'Polres Kukar', kind: 'polres', province: '64', displayName: 'Polres Kutai Kartanegara' },
  { text: 'Polres PPU', kind: 'polres', province: '64', displayName: 'Polres Penajam Paser Utara' },
  // Kalimantan Utara 65
  { text: 'Polda Kaltara', kind: 'polda', province: '65' },
  { text: 'Polres Bulungan', kind: 'polres', province: '65' },
  { text: 'Polres Tarakan', kind: 'polres', province: '65' },
  // Sulawesi Utara 71
  { text: 'Polda Sulut', kind: 'polda', province: '71' },
  { text: 'Polres Bitung', kind: 'polres', province: '71' },
  { text: 'Polresta Manado', kind: 'polresta', province: '71' },
  // Sulawesi Tengah 72
  { text: 'Polda Sulteng', kind: 'polda', province: '72' },
  { text: 'Polresta Palu', kind: 'polresta', province: '72' },
  { text: 'Polres Poso', kind: 'polres', province: '72' },
  // Sulawesi Selatan 73
  { text: 'Polda Sulsel', kind: 'polda', province: '73' },
  { text: 'Polrestabes Makassar', kind: 'polrestabes', province: '73' },
  { text: 'Polres Gowa', kind: 'polres', province: '73' },
  // Sulawesi Tenggara 74
  { text: 'Polda Sultra', kind: 'polda', province: '74' },
  { text: 'Polresta Kendari', kind: 'polresta', province: '74' },
  { text: 'Polres Kolaka', kind: 'polres', province: '74' },
  // Gorontalo 75
  { text: 'Polda Gorontalo', kind: 'polda', province: '75' },
  { text: 'Polres Boalemo', kind: 'polres', province: '75' },
  // Sulawesi Barat 76
  { text: 'Polda Sulbar', kind: 'polda', province: '76' },
  { text: 'Polres Mamuju', kind: 'polres', province: '76' },
  { text: 'Polres Majene', kind: 'polres', province: '76' },
  // Maluku 81
  { text: 'Polda Maluku', kind: 'polda', province: '81' },
  { text: 'Polresta Ambon', kind: 'polresta', province: '81' },
  { text: 'Polres Maluku Tengah', kind: 'polres', province: '81' },
  // Maluku Utara 82
  { text: 'Polda Malut', kind: 'polda', province: '82' },
  { text: 'Polres Halut', kind: 'polres', province: '82', displayName: 'Polres Halmahera Utara' },
  { text: 'Polres Ternate', kind: 'polres', province: '82' },
  // Papua 91
  { text: 'Polda Papua', kind: 'polda', province: '91' },
  { text: 'Polresta Jayapura Kota', kind: 'polresta', province: '91' },
  { text: 'Polres Keerom', kind: 'polres', province: '91' },
  // Papua Barat 92
  { text: 'Polda Papua Barat', kind: 'polda', province: '92' },
  { text: 'Polda PB', kind: 'polda', province: '92', displayName: 'Polda Papua Barat' },
  { text: 'Polres Manokwari', kind: 'polres', province: '92' },
  // Papua Tengah 94
  { text: 'Polda Papua Tengah', kind: 'polda', province: '94' },
  { text: 'Polres Nabire', kind: 'polres', province: '94' },
  { text: 'Polres Mimika', kind: 'polres', province: '94' },
  // Papua Barat Daya 96
  { text: 'Polda PBD', kind: 'polda', province: '96', displayName: 'Polda Papua Barat Daya' },
  { text: 'Polresta Sorong Kota', kind: 'polresta', province: '96' },
  { text: 'Polres Raja Ampat', kind: 'polres', province: '96' },
  // National and functional
  { text: 'Mabes Polri', kind: 'mabes', province: null, displayName: 'Mabes Polri' },
  { text: 'Korbinmas Baharkam Polri', kind: 'korps', province: null },
  { text: 'Divisi Humas Polri', kind: 'divisi', province: null },
  { text: 'Unit Binmas Polsek Kedurang Polres BS', kind: 'unit', province: '17', parentKind: 'polsek' },
];
