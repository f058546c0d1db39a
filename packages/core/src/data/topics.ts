// Labels, descriptions, news aliases and Bawaslu IKP dimensions of the topics (elections.md §4a–§4b,
// seed articles, prior-art.md §8). Data only: no logic.
import type { IkpDimension, TopicEntry } from '../model/vocabulary';
import type { TopicCode } from './vocabularyCodes';

/**
 * The four dimensions of Bawaslu's Indeks Kerawanan Pemilu 2024 with their sub-dimensions, as
 * Bawaslu named them at the launch on 2022-12-16 (4 dimensions, 12 sub-dimensions, 61 indicators;
 * elections.md §4b). The 2024 Pilkada mapping used the same dimensions; its sub-dimensions are
 * UNCONFIRMED.
 *
 * @example
 * ```ts
 * IKP_DIMENSIONS.partisipasi.subDimensions
 * //=> ['partisipasi pemilih', 'partisipasi kelompok masyarakat']
 * ```
 * @category Vocabularies
 */
export const IKP_DIMENSIONS = {
  'konteks-sosial-politik': {
    label: { id: 'Konteks sosial dan politik', en: 'Social and political context' },
    subDimensions: ['keamanan', 'otoritas penyelenggara pemilu', 'otoritas penyelenggara negara'],
  },
  'penyelenggaraan-pemilu': {
    label: { id: 'Penyelenggaraan pemilu', en: 'Election administration' },
    subDimensions: [
      'hak memilih',
      'pelaksanaan kampanye',
      'pelaksanaan pemungutan suara',
      'ajudikasi dan keberatan',
      'pengawasan pemilu',
    ],
  },
  kontestasi: {
    label: { id: 'Kontestasi', en: 'Contestation' },
    subDimensions: ['hak dipilih', 'kampanye calon'],
  },
  partisipasi: {
    label: { id: 'Partisipasi', en: 'Participation' },
    subDimensions: ['partisipasi pemilih', 'partisipasi kelompok masyarakat'],
  },
} as const satisfies Record<IkpDimension, { label: { id: string; en: string }; subDimensions: readonly string[] }>;

/**
 * The topic vocabulary: labels, descriptions, the words news uses, and for election topics the IKP
 * dimension and sub-dimension they relate to. That mapping is this library's reading of the IKP
 * dimension names; Bawaslu's 61 indicators are not in the sources. Police topics (narkoba,
 * persatuan) have no IKP dimension.
 *
 * @example
 * ```ts
 * TOPICS['politik-uang'].aliases.includes('money politic')
 * //=> true
 * TOPICS['data-pemilih'].ikp
 * //=> { dimension: 'penyelenggaraan-pemilu', subDimension: 'hak memilih' }
 * ```
 * @category Vocabularies
 */
export const TOPICS = {
  hoaks: {
    label: { id: 'Hoaks', en: 'Hoaxes and disinformation' },
    description: {
      id: 'Berita bohong dan disinformasi, termasuk yang beredar di media sosial.',
      en: 'False news and disinformation, including on social media.',
    },
    aliases: ['hoaks', 'hoax', 'hoaxs', 'berita bohong', 'kabar bohong', 'disinformasi', 'misinformasi'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  'politik-uang': {
    label: { id: 'Politik uang', en: 'Vote buying' },
    description: {
      id: 'Pemberian uang atau barang untuk memengaruhi pilihan; tindak pidana pemilu.',
      en: 'Giving money or goods to sway votes; an election crime.',
    },
    aliases: ['politik uang', 'money politic', 'money politics', 'serangan fajar', 'vote buying'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  sara: {
    label: { id: 'Isu SARA', en: 'Ethnic, religious and racial issues (SARA)' },
    description: {
      id: 'Politisasi suku, agama, ras dan antargolongan.',
      en: 'Politicising ethnicity, religion, race and inter-group identity.',
    },
    aliases: ['sara', 'politisasi sara', 'isu sara'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  provokasi: {
    label: { id: 'Provokasi', en: 'Incitement' },
    description: {
      id: 'Hasutan yang memancing emosi atau kericuhan.',
      en: 'Incitement that stirs anger or unrest.',
    },
    aliases: ['provokasi', 'terprovokasi', 'provokatif', 'provokator', 'hasutan'],
    ikp: { dimension: 'konteks-sosial-politik', subDimension: 'keamanan' },
  },
  'fitnah-adu-domba': {
    label: { id: 'Fitnah dan adu domba', en: 'Slander and divisive agitation' },
    description: {
      id: 'Fitnah, kampanye hitam dan upaya mengadu domba warga.',
      en: 'Slander, black campaigns and attempts to set groups against each other.',
    },
    aliases: ['fitnah', 'adu domba', 'pengadu domba', 'mengadu domba', 'kampanye hitam', 'black campaign'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  'politik-identitas': {
    label: { id: 'Politik identitas', en: 'Identity politics' },
    description: {
      id: 'Memobilisasi dukungan berdasarkan identitas kelompok.',
      en: 'Mobilising support along group-identity lines.',
    },
    aliases: ['politik identitas'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  'ujaran-kebencian': {
    label: { id: 'Ujaran kebencian', en: 'Hate speech' },
    description: {
      id: 'Ujaran yang menyerang kelompok atau orang karena identitasnya.',
      en: 'Speech attacking people or groups for who they are.',
    },
    aliases: ['ujaran kebencian', 'hate speech'],
    ikp: { dimension: 'kontestasi', subDimension: 'kampanye calon' },
  },
  netralitas: {
    label: { id: 'Netralitas', en: 'Neutrality of the state apparatus' },
    description: {
      id: 'Netralitas ASN, TNI, Polri dan penyelenggara dalam pemilu.',
      en: 'Neutrality of civil servants, the military, the police and organisers in elections.',
    },
    aliases: ['netralitas', 'netralitas asn', 'netralitas polri', 'netralitas tni', 'netral'],
    ikp: { dimension: 'konteks-sosial-politik', subDimension: 'otoritas penyelenggara negara' },
  },
  narkoba: {
    label: { id: 'Narkoba', en: 'Illegal drugs' },
    description: {
      id: 'Penyalahgunaan dan peredaran narkotika dan obat terlarang.',
      en: 'Drug abuse and trafficking.',
    },
    aliases: ['narkoba', 'narkotika', 'napza', 'obat terlarang'],
  },
  'partisipasi-pemilih': {
    label: { id: 'Partisipasi pemilih', en: 'Voter turnout' },
    description: {
      id: 'Mengajak warga menggunakan hak pilih; golput.',
      en: 'Encouraging people to vote; abstention (golput).',
    },
    aliases: ['partisipasi pemilih', 'partisipasi masyarakat', 'partisipasi aktif masyarakat', 'golput'],
    ikp: { dimension: 'partisipasi', subDimension: 'partisipasi pemilih' },
  },
  'edukasi-politik': {
    label: { id: 'Edukasi politik', en: 'Civic and political education' },
    description: {
      id: 'Pendidikan politik dan pemahaman tentang tahapan dan aturan pemilu.',
      en: 'Political education and understanding of election stages and rules.',
    },
    aliases: ['edukasi politik', 'pendidikan politik', 'pendidikan pemilih'],
    ikp: { dimension: 'partisipasi', subDimension: 'partisipasi kelompok masyarakat' },
  },
  'kerawanan-wilayah': {
    label: { id: 'Kerawanan wilayah', en: 'Local risk factors' },
    description: {
      id: 'Titik dan faktor rawan di suatu wilayah, termasuk kondisi geografis dan Indeks Kerawanan Pemilu.',
      en: 'Places and factors of risk in an area, including geography and the election vulnerability index.',
    },
    aliases: [
      'kerawanan wilayah',
      'titik kerawanan',
      'titik rawan',
      'daerah rawan',
      'tps rawan',
      'kerawanan',
      'indeks kerawanan pemilu',
      'ikp',
    ],
    ikp: { dimension: 'konteks-sosial-politik', subDimension: 'keamanan' },
  },
  'logistik-pemilu': {
    label: { id: 'Logistik pemilu', en: 'Election logistics' },
    description: {
      id: 'Pengadaan, distribusi dan pengamanan surat suara dan kotak suara.',
      en: 'Procuring, distributing and securing ballots and ballot boxes.',
    },
    aliases: ['logistik pemilu', 'logistik pilkada', 'logistik', 'distribusi logistik', 'surat suara', 'kotak suara'],
    ikp: { dimension: 'penyelenggaraan-pemilu', subDimension: 'pelaksanaan pemungutan suara' },
  },
  'kelelahan-petugas': {
    label: { id: 'Kelelahan petugas', en: 'Poll-worker fatigue' },
    description: {
      id: 'Beban kerja dan kelelahan petugas KPPS dan TPS.',
      en: 'Workload and exhaustion of polling-station workers.',
    },
    aliases: ['kelelahan petugas', 'petugas kelelahan', 'kelelahan'],
    ikp: { dimension: 'penyelenggaraan-pemilu', subDimension: 'pelaksanaan pemungutan suara' },
  },
  'data-pemilih': {
    label: { id: 'Data pemilih', en: 'Voter registration' },
    description: {
      id: 'Daftar pemilih (DPT), pemilih yang tidak terdaftar, coklit.',
      en: 'The voter list (DPT), unregistered voters, door-to-door checks.',
    },
    aliases: ['data pemilih', 'daftar pemilih', 'daftar pemilih tetap', 'dpt', 'pemutakhiran data pemilih', 'coklit'],
    ikp: { dimension: 'penyelenggaraan-pemilu', subDimension: 'hak memilih' },
  },
  kampanye: {
    label: { id: 'Kampanye', en: 'Campaigning' },
    description: {
      id: 'Pelaksanaan dan pelanggaran kampanye, termasuk pemberitahuan kegiatan kampanye ke polisi.',
      en: 'Campaign conduct and violations, including notifying the police of campaign events.',
    },
    aliases: ['kampanye', 'masa kampanye', 'rapat terbatas', 'rapat umum', 'alat peraga kampanye', 'apk'],
    ikp: { dimension: 'penyelenggaraan-pemilu', subDimension: 'pelaksanaan kampanye' },
  },
  'konflik-sosial': {
    label: { id: 'Konflik sosial', en: 'Social conflict' },
    description: {
      id: 'Gesekan, bentrokan dan kerusuhan antarwarga atau antarpendukung.',
      en: 'Friction, clashes and riots between residents or supporters.',
    },
    aliases: ['konflik sosial', 'konflik', 'bentrokan', 'bentrok', 'kerusuhan', 'gesekan'],
    ikp: { dimension: 'konteks-sosial-politik', subDimension: 'keamanan' },
  },
  kamtibmas: {
    label: { id: 'Kamtibmas', en: 'Public security and order' },
    description: {
      id: 'Keamanan dan ketertiban masyarakat, situasi yang kondusif.',
      en: 'Public security and order; keeping the situation calm.',
    },
    aliases: ['kamtibmas', 'keamanan dan ketertiban masyarakat', 'kondusif', 'kondusifitas', 'kondusivitas'],
    ikp: { dimension: 'konteks-sosial-politik', subDimension: 'keamanan' },
  },
  persatuan: {
    label: { id: 'Persatuan dan kerukunan', en: 'Unity and harmony' },
    description: {
      id: 'Menjaga persatuan, kesatuan dan kerukunan di tengah perbedaan pilihan.',
      en: 'Keeping unity and harmony despite different political choices.',
    },
    aliases: ['persatuan', 'persatuan dan kesatuan', 'kerukunan', 'perpecahan'],
  },
  'media-sosial': {
    label: { id: 'Media sosial', en: 'Social media' },
    description: {
      id: 'Bijak bermedia sosial; kampanye dan informasi di media sosial.',
      en: 'Responsible social-media use; campaigning and information on social media.',
    },
    aliases: ['media sosial', 'medsos', 'sosmed', 'social media'],
  },
} as const satisfies Record<TopicCode, TopicEntry>;
