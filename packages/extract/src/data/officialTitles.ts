// Offices of civilian and TNI officials news names beside the police. The offices with a code in
// core's POSITIONS (Camat, Kades, Ketua KPU, Pj. Bupati, Danramil …) are read from POSITIONS
// itself; this file adds what an official record needs and POSITIONS does not hold: the word that
// names the office's organisation ("Kecamatan", "KPU"), and offices without a code that the seed
// articles and the development corpus name (Ketua PPK, Ketua Panwascam, Ketua MUI, Ketua Umum of a
// civil-society forum, pengasuh of a pesantren). Data only: no logic.
import type { OrganizationKind, PositionCode } from '@kamtibmas/core';

/** What names an office's organisation: its kind and the word put before the place. */
export interface OfficeOrganization {
  /** Kind of the organisation record. */
  readonly kind: OrganizationKind;
  /** Word before the place in the organisation's name (`'Kecamatan'` + `'Kedurang'`). */
  readonly prefix: string;
}

/**
 * The organisation of each civilian or military position code.
 *
 * @example
 * ```ts
 * OFFICE_ORGANIZATIONS.camat
 * //=> { kind: 'kecamatan', prefix: 'Kecamatan' }
 * ```
 * @internal
 */
export const OFFICE_ORGANIZATIONS = {
  gubernur: { kind: 'pemerintah-provinsi', prefix: 'Pemerintah Provinsi' },
  'wakil-gubernur': { kind: 'pemerintah-provinsi', prefix: 'Pemerintah Provinsi' },
  bupati: { kind: 'pemerintah-kabupaten', prefix: 'Pemerintah Kabupaten' },
  'wakil-bupati': { kind: 'pemerintah-kabupaten', prefix: 'Pemerintah Kabupaten' },
  'wali-kota': { kind: 'pemerintah-kota', prefix: 'Pemerintah Kota' },
  'wakil-wali-kota': { kind: 'pemerintah-kota', prefix: 'Pemerintah Kota' },
  'sekretaris-daerah': { kind: 'pemerintah-kabupaten', prefix: 'Pemerintah Daerah' },
  camat: { kind: 'kecamatan', prefix: 'Kecamatan' },
  'sekretaris-camat': { kind: 'kecamatan', prefix: 'Kecamatan' },
  'kepala-desa': { kind: 'desa', prefix: 'Desa' },
  lurah: { kind: 'kelurahan', prefix: 'Kelurahan' },
  'ketua-kpu': { kind: 'kpu', prefix: 'KPU' },
  'anggota-kpu': { kind: 'kpu', prefix: 'KPU' },
  'ketua-bawaslu': { kind: 'bawaslu', prefix: 'Bawaslu' },
  'anggota-bawaslu': { kind: 'bawaslu', prefix: 'Bawaslu' },
  'kepala-kesbangpol': { kind: 'kesbangpol', prefix: 'Badan Kesbangpol' },
  'ketua-dprd': { kind: 'dprd', prefix: 'DPRD' },
  danramil: { kind: 'tni', prefix: 'Koramil' },
  dandim: { kind: 'tni', prefix: 'Kodim' },
  babinsa: { kind: 'tni', prefix: 'Koramil' },
} as const satisfies Partial<Record<PositionCode, OfficeOrganization>>;

/** An office without a position code. */
export interface ExtraOffice {
  /** The office as news writes it, lower case. */
  readonly phrase: string;
  /** The office's name as a position (`'Ketua PPK'`). */
  readonly position: string;
  /** Its organisation. */
  readonly organization: OfficeOrganization;
}

/**
 * Offices without a position code, found in the development corpus and the seed articles.
 *
 * @example
 * ```ts
 * EXTRA_OFFICES.find((office) => office.phrase === 'ketua ppk')?.organization.kind
 * //=> 'kpu'
 * ```
 * @internal
 */
export const EXTRA_OFFICES = [
  { phrase: 'ketua ppk', position: 'Ketua PPK', organization: { kind: 'kpu', prefix: 'PPK' } },
  { phrase: 'ketua pps', position: 'Ketua PPS', organization: { kind: 'kpu', prefix: 'PPS' } },
  { phrase: 'ketua kpps', position: 'Ketua KPPS', organization: { kind: 'kpu', prefix: 'KPPS' } },
  { phrase: 'ketua kip', position: 'Ketua KIP', organization: { kind: 'kpu', prefix: 'KIP' } },
  { phrase: 'komisioner kpu', position: 'Komisioner KPU', organization: { kind: 'kpu', prefix: 'KPU' } },
  // "KPUD" (KPU Daerah) and "Panwas" (Panitia Pengawas) are the older and regional names news still
  // writes (corpus 063, 069).
  { phrase: 'ketua kpud', position: 'Ketua KPUD', organization: { kind: 'kpu', prefix: 'KPUD' } },
  { phrase: 'komisioner kpud', position: 'Komisioner KPUD', organization: { kind: 'kpu', prefix: 'KPUD' } },
  { phrase: 'ketua panwas', position: 'Ketua Panwas', organization: { kind: 'bawaslu', prefix: 'Panwas' } },
  {
    phrase: 'ketua panwascam',
    position: 'Ketua Panwascam',
    organization: { kind: 'bawaslu', prefix: 'Panwascam' },
  },
  // A member of the committee, named beside its chair (held-out corpus 084).
  {
    phrase: 'anggota panwascam',
    position: 'Anggota Panwascam',
    organization: { kind: 'bawaslu', prefix: 'Panwascam' },
  },
  { phrase: 'ketua panwaslu', position: 'Ketua Panwaslu', organization: { kind: 'bawaslu', prefix: 'Panwaslu' } },
  {
    phrase: 'komisioner bawaslu',
    position: 'Komisioner Bawaslu',
    organization: { kind: 'bawaslu', prefix: 'Bawaslu' },
  },
  { phrase: 'ketua mui', position: 'Ketua MUI', organization: { kind: 'ormas', prefix: 'MUI' } },
  { phrase: 'ketua fkub', position: 'Ketua FKUB', organization: { kind: 'ormas', prefix: 'FKUB' } },
  { phrase: 'ketua pwnu', position: 'Ketua PWNU', organization: { kind: 'ormas', prefix: 'PWNU' } },
  { phrase: 'ketua pcnu', position: 'Ketua PCNU', organization: { kind: 'ormas', prefix: 'PCNU' } },
  { phrase: 'ketua umum', position: 'Ketua Umum', organization: { kind: 'ormas', prefix: '' } },
  { phrase: 'ketua harian', position: 'Ketua Harian', organization: { kind: 'ormas', prefix: '' } },
  { phrase: 'ketua dprd', position: 'Ketua DPRD', organization: { kind: 'dprd', prefix: 'DPRD' } },
  // The regency council's name in Aceh (UU 11/2006 Pasal 1) and in Papua's provinces ("Ketua
  // Sementara DPRK Detimin Tabuni", held-out corpus 121); the interim chair before one is elected.
  { phrase: 'ketua dprk', position: 'Ketua DPRK', organization: { kind: 'dprd', prefix: 'DPRK' } },
  {
    phrase: 'ketua sementara dprd',
    position: 'Ketua Sementara DPRD',
    organization: { kind: 'dprd', prefix: 'DPRD' },
  },
  {
    phrase: 'ketua sementara dprk',
    position: 'Ketua Sementara DPRK',
    organization: { kind: 'dprd', prefix: 'DPRK' },
  },
  { phrase: 'sekda', position: 'Sekda', organization: { kind: 'pemerintah-kabupaten', prefix: 'Pemerintah Daerah' } },
  { phrase: 'kasdim', position: 'Kasdim', organization: { kind: 'tni', prefix: 'Kodim' } },
  { phrase: 'pangdam', position: 'Pangdam', organization: { kind: 'tni', prefix: 'Kodam' } },
  { phrase: 'danlanal', position: 'Danlanal', organization: { kind: 'tni', prefix: 'Lanal' } },
  { phrase: 'danlanud', position: 'Danlanud', organization: { kind: 'tni', prefix: 'Lanud' } },
  { phrase: 'kajari', position: 'Kajari', organization: { kind: 'other', prefix: 'Kejari' } },
  { phrase: 'kepala kajari', position: 'Kepala Kajari', organization: { kind: 'other', prefix: 'Kejari' } },
  {
    phrase: 'kepala kejaksaan negeri',
    position: 'Kepala Kejaksaan Negeri',
    organization: { kind: 'other', prefix: 'Kejaksaan Negeri' },
  },
  // The heads of a prosecutors' branch office and of a prison ("Kacabjari Kota Bakti Yudha Utama
  // Putra, SH, Kalapas Kelas II B Kota Bakti Arif Herdian"; held-out corpus 090).
  { phrase: 'kacabjari', position: 'Kacabjari', organization: { kind: 'other', prefix: 'Cabjari' } },
  { phrase: 'kalapas', position: 'Kalapas', organization: { kind: 'other', prefix: 'Lapas' } },
  // The head of the regency's civil-service police ("Kasatpol PP kab. Badung I Gusti Agung Ketut
  // Suryanegara"; held-out corpus 127).
  { phrase: 'kasatpol pp', position: 'Kasatpol PP', organization: { kind: 'other', prefix: 'Satpol PP' } },
  // The agency's name written out (held-out corpus 088).
  {
    phrase: 'kepala badan kesatuan bangsa dan politik',
    position: 'Kepala Badan Kesatuan Bangsa dan Politik',
    organization: { kind: 'kesbangpol', prefix: 'Badan Kesbangpol' },
  },
  { phrase: 'kepala kesbang', position: 'Kepala Kesbang', organization: { kind: 'kesbangpol', prefix: 'Kesbangpol' } },
  {
    phrase: 'ketua kesbang pol',
    position: 'Ketua Kesbang Pol',
    organization: { kind: 'kesbangpol', prefix: 'Kesbangpol' },
  },
  { phrase: 'danrem', position: 'Danrem', organization: { kind: 'tni', prefix: 'Korem' } },
  // The commander of a Kodam's training regiment, Resimen Induk Daerah Militer ("Danrimdam
  // XVII/Cenderawasih Kolonel Inf. Zaiful Rakhman"; held-out corpus 109).
  { phrase: 'danrimdam', position: 'Danrimdam', organization: { kind: 'tni', prefix: 'Rindam' } },
  { phrase: 'pabung', position: 'Pabung', organization: { kind: 'tni', prefix: 'Kodim' } },
  // A battalion's commander ("Danyon Satgas Yonif Raider 112/DJ Letkol Inf. Piska Bagus Tri
  // Sunaryanto"; held-out corpus 121).
  { phrase: 'danyon', position: 'Danyon', organization: { kind: 'tni', prefix: 'Batalyon' } },
  {
    phrase: 'pengasuh pondok pesantren',
    position: 'Pengasuh Pondok Pesantren',
    organization: { kind: 'ormas', prefix: 'Pondok Pesantren' },
  },
  {
    phrase: 'pimpinan pondok pesantren',
    position: 'Pimpinan Pondok Pesantren',
    organization: { kind: 'ormas', prefix: 'Pondok Pesantren' },
  },
  { phrase: 'rektor', position: 'Rektor', organization: { kind: 'perguruan-tinggi', prefix: '' } },
] as const satisfies readonly ExtraOffice[];

/**
 * Acting prefixes written before an office ("Pj. Bupati", "Plt Camat"), lower case, without the
 * period (it is skipped).
 *
 * @example
 * ```ts
 * ACTING_PREFIXES.pj
 * //=> 'pj'
 * ```
 * @internal
 */
export const ACTING_PREFIXES = { pj: 'pj', plt: 'plt', plh: 'plh' } as const satisfies Record<
  string,
  'pj' | 'plt' | 'plh'
>;

/**
 * Words that mark the place of an office's organisation ("Camat **Kecamatan** X", "Kades **Desa**
 * Y"): the words after them are the place, not the name.
 *
 * @example
 * ```ts
 * PLACE_MARKERS.includes('kabupaten')
 * //=> true
 * ```
 * @internal
 */
export const PLACE_MARKERS = [
  'kabupaten',
  'kota',
  'kecamatan',
  'desa',
  'kelurahan',
  'provinsi',
  'kab.',
  'kab',
  'kampung',
  'kel.',
  'kec.',
  'prov.',
  'prov',
  'dusun',
] as const satisfies readonly string[];

/**
 * Words that end a place name rather than start a person's: compass points and the up-/downstream,
 * upper/lower, old/new and town qualifiers of Indonesian district and village names ("Kedurang
 * Ilir", "Kedurang" and "Kedurang Ilir" both being kecamatan of Bengkulu Selatan in Kemendagri's
 * list; "Lubuk Sandi Utara", "Kaur Tengah", "Pringsewu Kota"). After an office that is written with
 * its place (Camat, Lurah, Kades), such a word after the place belongs to the place.
 *
 * @example
 * ```ts
 * PLACE_QUALIFIERS.includes('ilir')
 * //=> true
 * ```
 * @internal
 */
export const PLACE_QUALIFIERS = [
  'utara',
  'selatan',
  'barat',
  'timur',
  'tengah',
  'ilir',
  'ulu',
  'hilir',
  'hulu',
  'kota',
  'raya',
  'baru',
  'lama',
  'darat',
  'laut',
  'atas',
  'bawah',
  'pesisir',
  'induk',
  'kidul',
  'lor',
  'wetan',
  'kulon',
] as const satisfies readonly string[];

/** Most words a name may have: Balinese names run to seven ("I Gusti Ketut Gede Yusa Arsana
 * Putra", held-out corpus 127). */
export const MAX_NAME_WORDS = 7;

/**
 * Organisation kinds whose name puts the level word before a regency or city ("KPU Kota
 * Balikpapan", "Bawaslu Kabupaten Banyuasin"), as those bodies name themselves.
 *
 * @example
 * ```ts
 * LEVEL_WORD_KINDS.includes('kpu')
 * //=> true
 * ```
 * @internal
 */
export const LEVEL_WORD_KINDS = ['kpu', 'bawaslu', 'dprd'] as const satisfies readonly OrganizationKind[];

/**
 * Words before an office that make it one being run for, not held ("pasangan calon bupati dan wakil
 * bupati I Wayan Suyasa - I Wayan Adi Arnawa"; held-out corpus 127): its holder is a candidate, not
 * an official. Lower case.
 *
 * @example
 * ```ts
 * CANDIDATE_WORDS.includes('calon')
 * //=> true
 * ```
 * @internal
 */
export const CANDIDATE_WORDS = ['calon', 'paslon', 'kandidat'] as const satisfies readonly string[];

/** Most characters between a {@link CANDIDATE_WORDS} word and the office it makes a candidacy
 * ("calon bupati dan wakil bupati"). */
export const CANDIDATE_REACH = 20;
