// Labels, descriptions and news aliases of the event kinds. Activities from elections.md §5c
// ("cooling system" activities), the seed articles and prior-art.md §6. Data only: no logic.
import type { VocabularyEntry } from '../model/vocabulary';
import type { EventKind } from './vocabularyCodes';

/**
 * The event-kind vocabulary: Indonesian and English labels, a description and the words news uses,
 * for every {@link EventKind}. Polri's use of FGDs as a "cooling system" activity is UNCONFIRMED
 * (elections.md §9); the FGD entry records the form, not that claim.
 *
 * @example
 * ```ts
 * EVENT_KINDS['jumat-curhat'].label.en
 * //=> 'Friday open-complaints session (Jumat Curhat)'
 * ```
 * @category Vocabularies
 */
export const EVENT_KINDS = {
  fgd: {
    label: { id: 'Focus group discussion (FGD)', en: 'Focus group discussion' },
    description: {
      id: 'Diskusi terarah dengan narasumber dan peserta terpilih untuk menghimpun masukan.',
      en: 'A moderated discussion with invited speakers and participants to gather input.',
    },
    aliases: ['fgd', 'focus group discussion', 'focus group', 'diskusi kelompok terarah', 'diskusi terfokus'],
  },
  dialog: {
    label: { id: 'Dialog kamtibmas', en: 'Community-security dialogue' },
    description: {
      id: 'Dialog polisi dengan warga atau tokoh tentang keamanan dan ketertiban masyarakat.',
      en: 'Police talking with residents or leaders about public security and order.',
    },
    aliases: ['dialog kamtibmas', 'dialog', 'dialog kebangsaan', 'dialog interaktif', 'sarasehan', 'rembuk', 'rembug'],
  },
  'doa-bersama': {
    label: { id: 'Doa bersama', en: 'Joint prayer' },
    description: {
      id: 'Doa bersama, sering lintas agama, untuk pemilu yang aman dan damai.',
      en: 'A joint, often interfaith, prayer for a safe and peaceful election.',
    },
    aliases: ['doa bersama', 'doa lintas agama', 'istighosah', 'istigasah', 'zikir bersama', 'dzikir bersama'],
  },
  penyuluhan: {
    label: { id: 'Penyuluhan', en: 'Public information session' },
    description: {
      id: 'Penyampaian informasi dan imbauan kepada masyarakat, misalnya penyuluhan kamtibmas.',
      en: 'Informing and advising the public, e.g. on community security.',
    },
    aliases: ['penyuluhan', 'penyuluhan kamtibmas', 'penyuluhan hukum', 'luhkum'],
  },
  'bimbingan-penyuluhan': {
    label: { id: 'Bimbingan dan penyuluhan (binluh)', en: 'Guidance and information session' },
    description: {
      id: 'Bimbingan dan penyuluhan kamtibmas oleh fungsi Binmas kepada tokoh dan kelompok masyarakat.',
      en: 'Guidance and information on community security given by Binmas units to leaders and groups.',
    },
    aliases: ['bimbingan dan penyuluhan', 'bimbingan penyuluhan', 'binluh', 'bimluh'],
  },
  sosialisasi: {
    label: { id: 'Sosialisasi', en: 'Outreach briefing' },
    description: {
      id: 'Pengenalan aturan, tahapan atau program kepada masyarakat.',
      en: 'Introducing rules, election stages or programmes to the public.',
    },
    aliases: ['sosialisasi'],
  },
  silaturahmi: {
    label: { id: 'Silaturahmi', en: 'Courtesy visit' },
    description: {
      id: 'Kunjungan untuk menjalin hubungan baik dengan tokoh, lembaga atau warga.',
      en: 'A visit to build good relations with leaders, institutions or residents.',
    },
    aliases: [
      'silaturahmi',
      'silaturahim',
      'silaturrahmi',
      'silahturahmi',
      'silaturahmi kamtibmas',
      'anjangsana',
      'kunjungan',
    ],
  },
  sambang: {
    label: { id: 'Sambang', en: 'Neighbourhood visit (sambang)' },
    description: {
      id: 'Kunjungan Bhabinkamtibmas ke desa, pos kamling atau rumah warga.',
      en: 'A village police officer (Bhabinkamtibmas) visiting villages, security posts or homes.',
    },
    aliases: ['sambang', 'sambangi', 'menyambangi', 'sambang desa', 'sambang warga', 'door to door system'],
  },
  'patroli-dialogis': {
    label: { id: 'Patroli dialogis', en: 'Dialogue patrol' },
    description: {
      id: 'Patroli yang berhenti untuk berdialog dengan warga dan menyampaikan pesan kamtibmas.',
      en: 'A patrol that stops to talk with residents and pass on security messages.',
    },
    aliases: ['patroli dialogis', 'patroli cooling system'],
  },
  'deklarasi-damai': {
    label: { id: 'Deklarasi pemilu damai', en: 'Peaceful-election declaration' },
    description: {
      id: 'Pernyataan bersama peserta, penyelenggara dan tokoh untuk pemilu atau pilkada damai.',
      en: 'A joint pledge by candidates, organisers and leaders for a peaceful election.',
    },
    aliases: [
      'deklarasi pemilu damai',
      'deklarasi damai',
      'deklarasi pilkada damai',
      'deklarasi kampanye damai',
      'ikrar pemilu damai',
      'deklarasi',
    ],
  },
  'coffee-morning': {
    label: { id: 'Coffee morning', en: 'Coffee morning' },
    description: {
      id: 'Pertemuan santai sambil minum kopi dengan tokoh, media atau pemangku kepentingan.',
      en: 'An informal meeting over coffee with leaders, the press or stakeholders.',
    },
    aliases: ['coffee morning', 'coffe morning', 'ngopi bareng', 'ngopi bersama'],
  },
  'jumat-curhat': {
    label: { id: 'Jumat Curhat', en: 'Friday open-complaints session (Jumat Curhat)' },
    description: {
      id: 'Program Polri tiap Jumat untuk mendengar keluhan dan masukan warga.',
      en: 'A Polri programme held on Fridays to hear residents’ complaints and suggestions.',
    },
    aliases: ['jumat curhat'],
  },
  'bakti-sosial': {
    label: { id: 'Bakti sosial', en: 'Charity and aid' },
    description: {
      id: 'Bakti sosial atau penyaluran bantuan sosial (bansos), misalnya sembako.',
      en: 'Charity work or handing out social aid, e.g. staple food.',
    },
    aliases: [
      'bakti sosial',
      'baksos',
      'bansos',
      'bantuan sosial',
      'bansos cooling system',
      'pembagian sembako',
      'bagi sembako',
    ],
  },
  'rapat-koordinasi': {
    label: { id: 'Rapat koordinasi (rakor)', en: 'Coordination meeting' },
    description: {
      id: 'Rapat koordinasi antarinstansi, misalnya dengan KPU, Bawaslu, TNI dan pemerintah daerah.',
      en: 'An inter-agency coordination meeting, e.g. with KPU, Bawaslu, the military and local government.',
    },
    aliases: ['rapat koordinasi', 'rakor', 'rakortek', 'koordinasi lintas sektoral'],
  },
  apel: {
    label: { id: 'Apel', en: 'Parade or troop review' },
    description: {
      id: 'Apel atau gelar pasukan, misalnya sebelum operasi pengamanan.',
      en: 'A parade or troop review, e.g. before a security operation.',
    },
    aliases: ['apel', 'apel gelar pasukan', 'gelar pasukan', 'apel kesiapan', 'apel siaga'],
  },
  pengamanan: {
    label: { id: 'Pengamanan', en: 'Security deployment' },
    description: {
      id: 'Pengamanan tahapan, kampanye, logistik atau TPS.',
      en: 'Securing an election stage, campaign event, logistics or polling stations.',
    },
    aliases: ['pengamanan', 'pengawalan', 'pam tps'],
  },
  talkshow: {
    label: { id: 'Talkshow', en: 'Talk show' },
    description: {
      id: 'Gelar wicara di radio, televisi atau daring.',
      en: 'A radio, television or online talk show.',
    },
    aliases: ['talkshow', 'talk show', 'gelar wicara'],
  },
  seminar: {
    label: { id: 'Seminar', en: 'Seminar' },
    description: {
      id: 'Seminar, lokakarya atau diskusi publik dengan narasumber.',
      en: 'A seminar, workshop or public discussion with speakers.',
    },
    aliases: ['seminar', 'webinar', 'lokakarya', 'workshop', 'diskusi publik', 'kuliah umum'],
  },
  other: {
    label: { id: 'Lainnya', en: 'Other' },
    description: { id: 'Kegiatan lain yang tidak tercakup di atas.', en: 'Any other kind of activity.' },
    aliases: [],
  },
} as const satisfies Record<EventKind, VocabularyEntry>;
