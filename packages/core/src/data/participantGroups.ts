// Labels, descriptions and news aliases of the participant groups (seed articles, prior-art.md §5,
// elections.md §4a for election bodies). Data only: no logic.
import type { VocabularyEntry } from '../model/vocabulary';
import type { ParticipantGroupCode } from './vocabularyCodes';

/**
 * The participant-group vocabulary: labels, descriptions and the words news uses (Toga, Tomas, Toda,
 * Kades …) for every {@link ParticipantGroupCode}. No source gives a short form for "tokoh pemuda"
 * ("Todak" is UNCONFIRMED), so none is listed.
 *
 * @example
 * ```ts
 * PARTICIPANT_GROUPS['tokoh-agama'].aliases.includes('toga')
 * //=> true
 * ```
 * @category Vocabularies
 */
export const PARTICIPANT_GROUPS = {
  'tokoh-agama': {
    label: { id: 'Tokoh agama (Toga)', en: 'Religious leaders' },
    description: {
      id: 'Ulama, pendeta dan pemuka agama lain, termasuk forum kerukunan umat beragama.',
      en: 'Clerics, pastors and other religious figures, including interfaith harmony forums.',
    },
    aliases: [
      'tokoh agama',
      'toga',
      'tokoh tokoh agama',
      'pemuka agama',
      'alim ulama',
      'ulama',
      'fkub',
      'forum kerukunan umat beragama',
    ],
  },
  'tokoh-masyarakat': {
    label: { id: 'Tokoh masyarakat (Tomas)', en: 'Community leaders' },
    description: {
      id: 'Warga yang dihormati dan didengar di lingkungannya.',
      en: 'Respected residents whose word carries weight locally.',
    },
    aliases: ['tokoh masyarakat', 'tomas', 'tokoh tokoh masyarakat'],
  },
  'tokoh-adat': {
    label: { id: 'Tokoh adat (Toda)', en: 'Customary (adat) leaders' },
    description: {
      id: 'Pemangku dan pemimpin adat.',
      en: 'Holders and leaders of customary law and tradition.',
    },
    aliases: ['tokoh adat', 'toda', 'tokoh tokoh adat', 'pemangku adat', 'ketua adat', 'lembaga adat'],
  },
  'tokoh-pemuda': {
    label: { id: 'Tokoh pemuda', en: 'Youth leaders' },
    description: {
      id: 'Pemimpin dan organisasi pemuda, misalnya karang taruna.',
      en: 'Youth leaders and youth organisations such as Karang Taruna.',
    },
    aliases: ['tokoh pemuda', 'tokoh tokoh pemuda', 'pemuda', 'karang taruna', 'organisasi kepemudaan', 'okp'],
  },
  'tokoh-perempuan': {
    label: { id: 'Tokoh perempuan', en: 'Women leaders' },
    description: { id: 'Tokoh dan organisasi perempuan.', en: 'Women leaders and women’s organisations.' },
    aliases: ['tokoh perempuan', 'tokoh wanita', 'organisasi perempuan'],
  },
  ormas: {
    label: { id: 'Organisasi kemasyarakatan (ormas)', en: 'Civil-society organisations' },
    description: {
      id: 'Organisasi kemasyarakatan yang terdaftar atau dikenal.',
      en: 'Registered or recognised mass and civil-society organisations.',
    },
    aliases: ['ormas', 'organisasi kemasyarakatan', 'organisasi masyarakat'],
  },
  komunitas: {
    label: { id: 'Komunitas', en: 'Community groups' },
    description: {
      id: 'Komunitas warga, hobi atau profesi yang tidak berbentuk ormas.',
      en: 'Resident, hobby or professional communities that are not formal organisations.',
    },
    aliases: ['komunitas', 'komunitas masyarakat'],
  },
  'pengusaha-transportasi': {
    label: { id: 'Pengusaha transportasi umum', en: 'Public-transport operators' },
    description: {
      id: 'Pengusaha jasa transportasi dan angkutan umum.',
      en: 'Owners and operators of public-transport businesses.',
    },
    aliases: [
      'pengusaha transportasi',
      'pengusaha jasa transportasi',
      'pengusaha jasa transportasi umum',
      'pengusaha transportasi umum',
      'pengusaha angkutan',
      'pengusaha angkutan umum',
      'organda',
    ],
  },
  'pengemudi-transportasi': {
    label: { id: 'Pengemudi transportasi umum', en: 'Public-transport drivers' },
    description: {
      id: 'Sopir angkutan umum, pengemudi ojek dan ojek daring.',
      en: 'Drivers of buses, minibuses (angkot), motorcycle taxis (ojek) and ride-hailing services.',
    },
    aliases: [
      'pengemudi transportasi',
      'pengemudi jasa transportasi',
      'pengemudi jasa transportasi umum',
      'pengemudi transportasi umum',
      'pengemudi angkutan umum',
      'sopir angkot',
      'sopir angkutan umum',
      'supir angkot',
      'ojol',
      'ojek online',
      'ojek daring',
      'tukang ojek',
      'pengemudi ojek',
    ],
  },
  'kepala-desa': {
    label: { id: 'Kepala desa (Kades) dan lurah', en: 'Village heads' },
    description: {
      id: 'Kepala desa, lurah dan sebutan setempatnya.',
      en: 'Heads of villages (desa) and urban wards (kelurahan), under their local titles too.',
    },
    aliases: [
      'kepala desa',
      'kades',
      'lurah',
      'kepala kelurahan',
      'kepala kampung',
      'wali nagari',
      'keuchik',
      'peratin',
    ],
  },
  'perangkat-desa': {
    label: { id: 'Perangkat desa', en: 'Village officials' },
    description: {
      id: 'Aparatur desa/kelurahan, BPD, ketua RT dan RW.',
      en: 'Village and ward staff, village councils (BPD) and neighbourhood heads (RT/RW).',
    },
    aliases: [
      'perangkat desa',
      'aparatur desa',
      'aparat desa',
      'sekretaris desa',
      'sekdes',
      'bpd',
      'badan permusyawaratan desa',
      'ketua rt',
      'ketua rw',
    ],
  },
  camat: {
    label: { id: 'Camat', en: 'District (kecamatan) heads' },
    description: { id: 'Camat dan sekretaris camat.', en: 'Heads of districts (kecamatan) and their secretaries.' },
    aliases: ['camat', 'sekretaris camat', 'sekcam'],
  },
  'penyelenggara-pemilu': {
    label: { id: 'Penyelenggara pemilu', en: 'Election organisers' },
    description: {
      id: 'KPU/KIP dan badan ad hoc-nya: PPK, PPS, KPPS, Pantarlih.',
      en: 'The election commission (KPU/KIP) and its ad hoc committees: PPK, PPS, KPPS, Pantarlih.',
    },
    aliases: [
      'penyelenggara pemilu',
      'penyelenggara pemilihan',
      'kpu',
      'kip',
      'komisi pemilihan umum',
      'ppk',
      'pps',
      'kpps',
      'pantarlih',
      'ppdp',
    ],
  },
  'pengawas-pemilu': {
    label: { id: 'Pengawas pemilu', en: 'Election supervisors' },
    description: {
      id: 'Bawaslu dan pengawas ad hoc: Panwascam, PKD, pengawas TPS; Sentra Gakkumdu.',
      en: 'Bawaslu and its ad hoc supervisors (Panwascam, PKD, polling-station supervisors); Gakkumdu.',
    },
    aliases: [
      'pengawas pemilu',
      'pengawas pemilihan',
      'bawaslu',
      'panwaslu',
      'panwascam',
      'panwas',
      'pengawas tps',
      'ptps',
      'pkd',
      'gakkumdu',
    ],
  },
  'partai-politik': {
    label: { id: 'Partai politik dan peserta pemilu', en: 'Political parties and candidates' },
    description: {
      id: 'Partai politik, calon, pasangan calon dan tim pemenangannya.',
      en: 'Parties, candidates, candidate pairs and their campaign teams.',
    },
    aliases: [
      'partai politik',
      'parpol',
      'peserta pemilu',
      'caleg',
      'calon legislatif',
      'paslon',
      'pasangan calon',
      'tim sukses',
      'timses',
      'tim pemenangan',
    ],
  },
  mahasiswa: {
    label: { id: 'Mahasiswa', en: 'University students' },
    description: {
      id: 'Mahasiswa dan organisasinya (BEM).',
      en: 'University students and their organisations (student executive boards, BEM).',
    },
    aliases: ['mahasiswa', 'bem', 'badan eksekutif mahasiswa'],
  },
  pelajar: {
    label: { id: 'Pelajar', en: 'School students' },
    description: {
      id: 'Siswa sekolah, termasuk pemilih pemula.',
      en: 'School pupils, including first-time voters.',
    },
    aliases: ['pelajar', 'siswa', 'siswi', 'osis', 'pemilih pemula'],
  },
  relawan: {
    label: { id: 'Relawan', en: 'Volunteers' },
    description: {
      id: 'Relawan, termasuk relawan demokrasi dan relawan pemilu.',
      en: 'Volunteers, including democracy and election volunteers.',
    },
    aliases: ['relawan', 'sukarelawan', 'relawan demokrasi'],
  },
  media: {
    label: { id: 'Media dan wartawan', en: 'Press' },
    description: { id: 'Wartawan, jurnalis dan insan pers.', en: 'Journalists and media workers.' },
    aliases: ['media', 'wartawan', 'jurnalis', 'insan pers', 'awak media', 'pers'],
  },
  tni: {
    label: { id: 'TNI', en: 'Armed forces (TNI)' },
    description: {
      id: 'Prajurit dan satuan TNI, misalnya Babinsa dan Koramil.',
      en: 'Military personnel and units, e.g. village NCOs (Babinsa) and sub-district commands (Koramil).',
    },
    aliases: ['tni', 'babinsa', 'koramil', 'kodim', 'danramil', 'dandim'],
  },
  polri: {
    label: { id: 'Polri', en: 'Police' },
    description: {
      id: 'Personel Polri sebagai peserta, misalnya Bhabinkamtibmas.',
      en: 'Police personnel as participants, e.g. village police officers (Bhabinkamtibmas).',
    },
    aliases: ['polri', 'personel polri', 'anggota polri', 'bhabinkamtibmas', 'polisi'],
  },
  'pemerintah-daerah': {
    label: { id: 'Pemerintah daerah', en: 'Local government' },
    description: {
      id: 'Pemerintah provinsi/kabupaten/kota dan perangkatnya, misalnya Kesbangpol.',
      en: 'Provincial, regency and city governments and their offices, e.g. Kesbangpol.',
    },
    aliases: [
      'pemerintah daerah',
      'pemda',
      'pemkab',
      'pemkot',
      'pemprov',
      'kesbangpol',
      'forkopimda',
      'tokoh pemerintahan',
    ],
  },
  'masyarakat-umum': {
    label: { id: 'Masyarakat umum', en: 'General public' },
    description: {
      id: 'Warga pada umumnya, tanpa kelompok tertentu.',
      en: 'Residents in general, not a particular group.',
    },
    aliases: ['masyarakat umum', 'masyarakat', 'warga', 'warga masyarakat', 'elemen masyarakat', 'unsur masyarakat'],
  },
} as const satisfies Record<ParticipantGroupCode, VocabularyEntry>;
