// Pemilu 2019 key stages (PKPU 7/2017), from ../shared/domain/elections.md §3a. History only.
// Dates are inclusive local dates. Data only: no logic.
import type { Election } from '../../model/election';

/**
 * The 2019 general election: its key stages as history (PKPU 7/2017, signed 2017-09-04).
 *
 * Sources (elections.md §3a): kl.antaranews, kabartangsel, dialeksis.
 *
 * - Party registration and party confirmation rest on a single source (kl.antaranews).
 * - DPD registration: 2–8 Jul 2018 (kabartangsel, dialeksis) vs 9–11 Jul 2018 (kl.antaranews); the
 *   two-source reading is used.
 * - The actual result announcement (early on 2019-05-21) and the MK ruling (2019-06-27) are
 *   UNCONFIRMED (background knowledge only) and left out.
 *
 * @example
 * ```ts
 * PEMILU_2019.votingDay
 * //=> '2019-04-17'
 * ```
 * @category Elections
 */
export const PEMILU_2019 = {
  id: 'pemilu-2019',
  kind: 'pemilu',
  name: { id: 'Pemilihan Umum 2019', en: '2019 General Election' },
  votingDay: '2019-04-17',
  legalBasis: 'PKPU 7/2017',
  stages: [
    {
      // Single source.
      id: 'pemilu-2019/pendaftaran-partai',
      electionId: 'pemilu-2019',
      name: { id: 'Pendaftaran partai politik peserta pemilu', en: 'Party registration' },
      start: '2017-10-03',
      end: '2017-10-16',
    },
    {
      // Single source.
      id: 'pemilu-2019/penetapan-peserta',
      electionId: 'pemilu-2019',
      name: { id: 'Penetapan partai politik peserta pemilu', en: 'Parties confirmed' },
      start: '2018-02-17',
      end: '2018-02-17',
    },
    {
      // Single source.
      id: 'pemilu-2019/pengundian-nomor-urut-partai',
      electionId: 'pemilu-2019',
      name: { id: 'Pengundian nomor urut partai politik', en: 'Party ballot-number draw' },
      start: '2018-02-18',
      end: '2018-02-18',
    },
    {
      // Disputed: kl.antaranews says 9–11 Jul (§7 item 23).
      id: 'pemilu-2019/pendaftaran-dpd',
      electionId: 'pemilu-2019',
      name: { id: 'Pendaftaran calon anggota DPD', en: 'DPD candidate registration' },
      start: '2018-07-02',
      end: '2018-07-08',
    },
    {
      id: 'pemilu-2019/pengajuan-calon-dpr-dprd',
      electionId: 'pemilu-2019',
      name: { id: 'Pengajuan bakal calon anggota DPR dan DPRD', en: 'DPR and DPRD candidate submission' },
      start: '2018-07-04',
      end: '2018-07-17',
    },
    {
      id: 'pemilu-2019/pendaftaran-capres-cawapres',
      electionId: 'pemilu-2019',
      name: { id: 'Pendaftaran pasangan calon presiden dan wakil presiden', en: 'Presidential ticket registration' },
      start: '2018-08-04',
      end: '2018-08-10',
    },
    {
      id: 'pemilu-2019/penetapan-capres-cawapres',
      electionId: 'pemilu-2019',
      name: { id: 'Penetapan pasangan calon presiden dan wakil presiden', en: 'Presidential tickets confirmed' },
      start: '2018-09-20',
      end: '2018-09-20',
    },
    {
      id: 'pemilu-2019/pengundian-nomor-urut-capres',
      electionId: 'pemilu-2019',
      name: { id: 'Pengundian nomor urut pasangan calon presiden', en: 'Presidential ballot-number draw' },
      start: '2018-09-21',
      end: '2018-09-21',
    },
    {
      // 203 days.
      id: 'pemilu-2019/kampanye',
      electionId: 'pemilu-2019',
      name: { id: 'Masa kampanye', en: 'Campaign period' },
      start: '2018-09-23',
      end: '2019-04-13',
    },
    {
      id: 'pemilu-2019/masa-tenang',
      electionId: 'pemilu-2019',
      name: { id: 'Masa tenang', en: 'Quiet period' },
      start: '2019-04-14',
      end: '2019-04-16',
    },
    {
      id: 'pemilu-2019/pemungutan-penghitungan-suara',
      electionId: 'pemilu-2019',
      name: { id: 'Pemungutan dan penghitungan suara', en: 'Voting and counting' },
      start: '2019-04-17',
      end: '2019-04-17',
    },
    {
      id: 'pemilu-2019/rekapitulasi-nasional',
      electionId: 'pemilu-2019',
      name: { id: 'Rekapitulasi nasional dan penetapan hasil', en: 'National tabulation and result' },
      start: '2019-04-25',
      end: '2019-05-22',
    },
    {
      id: 'pemilu-2019/sumpah-dpr-dpd',
      electionId: 'pemilu-2019',
      name: { id: 'Pengucapan sumpah/janji anggota DPR dan DPD', en: 'DPR and DPD swearing-in' },
      start: '2019-10-01',
      end: '2019-10-01',
    },
    {
      id: 'pemilu-2019/sumpah-presiden',
      electionId: 'pemilu-2019',
      name: { id: 'Pengucapan sumpah/janji Presiden dan Wakil Presiden', en: 'Presidential swearing-in' },
      start: '2019-10-20',
      end: '2019-10-20',
    },
  ],
} satisfies Election;
