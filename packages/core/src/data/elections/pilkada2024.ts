// Pilkada Serentak 2024 schedule (PKPU 2/2024; campaign detail PKPU 13/2024), from
// ../shared/domain/elections.md §2b–§2c. Dates are inclusive local dates. Data only: no logic.
import type { Election } from '../../model/election';

/**
 * The 2024 simultaneous regional-head elections (545 regions: 37 provinces, 415 kabupaten, 93 kota):
 * the stages of PKPU 2/2024 with inclusive dates, and the stages whose dates are rules.
 *
 * Sources (elections.md §2b): sabangmeraukenews, okezone, inews, radarseluma, pikiran-rakyat Depok,
 * rumahpemilu, palpos, rakyatbenteng, radarpena, onews. Registration deadlines are 23.59 local time.
 *
 * - P1–P3 (planning and regulations): the sources give only their last day; their start dates are
 *   UNCONFIRMED, so they are rules with `until`, not dated stages.
 * - P4 (ad hoc committees) rests on a single source.
 * - The extension of candidate registration in single-candidate regions (2–4 Sep) lies outside the
 *   registration stage's dates, so it is a top-level stage rather than a sub-stage.
 * - "Deklarasi kampanye damai" on 2024-09-24 is a single regional source (KPU Jawa Barat) and not a
 *   PKPU 2/2024 stage: left out.
 * - Re-votes (PSU, Mar–May 2025) and the Pilkada ulang of 2025-08-27 in Kab. Bangka and Kota
 *   Pangkalpinang are per-region events outside PKPU 2/2024: left out.
 *
 * @example
 * ```ts
 * PILKADA_2024.votingDay
 * //=> '2024-11-27'
 * ```
 * @category Elections
 */
export const PILKADA_2024 = {
  id: 'pilkada-2024',
  kind: 'pilkada',
  name: { id: 'Pemilihan Serentak 2024', en: '2024 Simultaneous Regional Elections' },
  votingDay: '2024-11-27',
  legalBasis: 'PKPU 2/2024',
  stages: [
    {
      // P6.
      id: 'pilkada-2024/pendaftaran-pemantau',
      electionId: 'pilkada-2024',
      name: { id: 'Pemberitahuan dan pendaftaran pemantau pemilihan', en: 'Registration of election observers' },
      start: '2024-02-27',
      end: '2024-11-16',
    },
    {
      // P4. Single source (sabangmeraukenews).
      id: 'pilkada-2024/pembentukan-badan-adhoc',
      electionId: 'pilkada-2024',
      name: { id: 'Pembentukan PPK, PPS dan KPPS', en: 'Forming the ad hoc election committees' },
      start: '2024-04-17',
      end: '2024-11-05',
    },
    {
      // P7.
      id: 'pilkada-2024/penyerahan-dp4',
      electionId: 'pilkada-2024',
      name: { id: 'Penyerahan DP4', en: 'Handover of potential-voter data (DP4)' },
      start: '2024-04-24',
      end: '2024-05-31',
    },
    {
      // P8.
      id: 'pilkada-2024/pemutakhiran-data-pemilih',
      electionId: 'pilkada-2024',
      name: { id: 'Pemutakhiran dan penyusunan daftar pemilih', en: 'Voter-list updating' },
      start: '2024-05-31',
      end: '2024-09-23',
    },
    {
      // P8a. Both sources announced it in the future tense ("akan").
      id: 'pilkada-2024/coklit',
      electionId: 'pilkada-2024',
      name: { id: 'Pencocokan dan penelitian (coklit)', en: 'Door-to-door voter-list checking (coklit)' },
      start: '2024-06-24',
      end: '2024-07-24',
      parentId: 'pilkada-2024/pemutakhiran-data-pemilih',
    },
    {
      // S1. A Wikipedia mirror gives "8–12 May: independent candidate verification" (§7 item 15).
      id: 'pilkada-2024/dukungan-perseorangan',
      electionId: 'pilkada-2024',
      name: {
        id: 'Pemenuhan persyaratan dukungan pasangan calon perseorangan',
        en: 'Support requirements for independent candidates',
      },
      start: '2024-05-05',
      end: '2024-08-19',
    },
    {
      // S2.
      id: 'pilkada-2024/pengumuman-pendaftaran',
      electionId: 'pilkada-2024',
      name: { id: 'Pengumuman pendaftaran pasangan calon', en: 'Candidate registration announced' },
      start: '2024-08-24',
      end: '2024-08-26',
    },
    {
      // S3. Last day until 23.59 local time.
      id: 'pilkada-2024/pendaftaran-paslon',
      electionId: 'pilkada-2024',
      name: { id: 'Pendaftaran pasangan calon', en: 'Candidate registration' },
      start: '2024-08-27',
      end: '2024-08-29',
    },
    {
      // S3x. Only in single-candidate regions (PKPU 10/2024 Pasal 135), after socialisation 30 Aug–1 Sep.
      id: 'pilkada-2024/perpanjangan-pendaftaran',
      electionId: 'pilkada-2024',
      name: {
        id: 'Perpanjangan pendaftaran pasangan calon (daerah calon tunggal)',
        en: 'Registration extension in single-candidate regions',
      },
      start: '2024-09-02',
      end: '2024-09-04',
    },
    {
      // S4.
      id: 'pilkada-2024/penelitian-persyaratan',
      electionId: 'pilkada-2024',
      name: { id: 'Penelitian persyaratan calon', en: 'Checking candidate requirements' },
      start: '2024-08-27',
      end: '2024-09-21',
    },
    {
      // S5.
      id: 'pilkada-2024/penetapan-paslon',
      electionId: 'pilkada-2024',
      name: { id: 'Penetapan pasangan calon', en: 'Candidates confirmed' },
      start: '2024-09-22',
      end: '2024-09-22',
    },
    {
      // S6.
      id: 'pilkada-2024/pengundian-nomor-urut',
      electionId: 'pilkada-2024',
      name: { id: 'Pengundian dan pengumuman nomor urut', en: 'Ballot-number draw' },
      start: '2024-09-23',
      end: '2024-09-23',
    },
    {
      // S7. 60 days.
      id: 'pilkada-2024/kampanye',
      electionId: 'pilkada-2024',
      name: { id: 'Pelaksanaan kampanye', en: 'Campaign period' },
      start: '2024-09-25',
      end: '2024-11-23',
    },
    {
      // S7a. palpos says "13 hari"; the inclusive count is 14.
      id: 'pilkada-2024/iklan-media-massa',
      electionId: 'pilkada-2024',
      name: { id: 'Iklan kampanye di media massa cetak dan elektronik', en: 'Print and broadcast campaign ads' },
      start: '2024-11-10',
      end: '2024-11-23',
      parentId: 'pilkada-2024/kampanye',
    },
    {
      // S8. IDN Times' "23 sampai 26 November" is wrong (§7 item 13).
      id: 'pilkada-2024/masa-tenang',
      electionId: 'pilkada-2024',
      name: { id: 'Masa tenang', en: 'Quiet period' },
      start: '2024-11-24',
      end: '2024-11-26',
    },
    {
      // S9. National holiday (Keppres 33/2024). Polls 07.00–13.00 local time.
      id: 'pilkada-2024/pemungutan-suara',
      electionId: 'pilkada-2024',
      name: { id: 'Pemungutan suara', en: 'Voting day' },
      start: '2024-11-27',
      end: '2024-11-27',
    },
    {
      // S10. A January 2024 draft said 27 Nov – 10 Dec (§7 item 12).
      id: 'pilkada-2024/penghitungan-rekapitulasi',
      electionId: 'pilkada-2024',
      name: { id: 'Penghitungan suara dan rekapitulasi', en: 'Counting and tabulation' },
      start: '2024-11-27',
      end: '2024-12-16',
    },
  ],
  rules: [
    {
      // P1. Start UNCONFIRMED.
      id: 'pilkada-2024/perencanaan-program-anggaran',
      electionId: 'pilkada-2024',
      name: { id: 'Perencanaan program dan anggaran', en: 'Programme and budget planning' },
      relativeTo: { id: 'Tahapan persiapan PKPU 2/2024', en: 'Preparation stages of PKPU 2/2024' },
      rule: {
        id: 'Sumber hanya menyebut batas akhir ("hingga 26 Januari 2024"); tanggal mulai tidak terkonfirmasi.',
        en: 'Sources give only the last day ("until 26 January 2024"); the start date is unconfirmed.',
      },
      until: '2024-01-26',
    },
    {
      // P2. Start UNCONFIRMED.
      id: 'pilkada-2024/penyusunan-peraturan',
      electionId: 'pilkada-2024',
      name: { id: 'Penyusunan peraturan penyelenggaraan pemilihan', en: 'Drafting election regulations' },
      relativeTo: { id: 'Tahapan persiapan PKPU 2/2024', en: 'Preparation stages of PKPU 2/2024' },
      rule: {
        id: 'Sumber hanya menyebut batas akhir ("hingga 18 November 2024"); tanggal mulai tidak terkonfirmasi.',
        en: 'Sources give only the last day ("until 18 November 2024"); the start date is unconfirmed.',
      },
      until: '2024-11-18',
    },
    {
      // P3. Start UNCONFIRMED.
      id: 'pilkada-2024/perencanaan-penyelenggaraan',
      electionId: 'pilkada-2024',
      name: {
        id: 'Perencanaan penyelenggaraan (tata cara dan jadwal)',
        en: 'Planning the conduct (procedures and schedule)',
      },
      relativeTo: { id: 'Tahapan persiapan PKPU 2/2024', en: 'Preparation stages of PKPU 2/2024' },
      rule: {
        id: 'Sumber hanya menyebut batas akhir ("hingga 18 November 2024"); tanggal mulai tidak terkonfirmasi.',
        en: 'Sources give only the last day ("until 18 November 2024"); the start date is unconfirmed.',
      },
      until: '2024-11-18',
    },
    {
      // P5.
      id: 'pilkada-2024/pembentukan-pengawas-adhoc',
      electionId: 'pilkada-2024',
      name: {
        id: 'Pembentukan Panwascam, Panwas Kelurahan/Desa dan Pengawas TPS',
        en: 'Forming the ad hoc election supervisors',
      },
      relativeTo: { id: 'Jadwal Bawaslu', en: 'Bawaslu’s schedule' },
      rule: {
        id: 'Tanggal ditetapkan oleh Bawaslu, bukan KPU.',
        en: 'Dates are set by Bawaslu, not KPU.',
      },
    },
    {
      // S11. The sources disagree (§7 item 19).
      id: 'pilkada-2024/penetapan-paslon-terpilih',
      electionId: 'pilkada-2024',
      name: { id: 'Penetapan pasangan calon terpilih', en: 'Winners declared' },
      relativeTo: {
        id: 'Pemberitahuan Mahkamah Konstitusi (BRPK)',
        en: 'Constitutional Court notice (case register, BRPK)',
      },
      rule: {
        id: 'Tanpa sengketa: paling lambat 5 hari setelah MK memberitahukan BRPK kepada KPU (PKPU 2/2024, menurut rakyatbenteng); KPU DKJ mengutip PKPU 18/2024 Pasal 57: paling lambat 3 hari setelah KPU RI menerima surat MK. Sumber berbeda.',
        en: 'With no dispute: no later than 5 days after the Court notifies KPU of its case register (PKPU 2/2024, per rakyatbenteng); KPU Jakarta cites PKPU 18/2024 Art. 57: no later than 3 days after KPU RI receives the Court’s letter. The sources disagree.',
      },
    },
    {
      // S12. Not a PKPU 2/2024 stage. 961 heads and deputies of 481 regions were sworn in on 2025-02-20.
      id: 'pilkada-2024/pelantikan',
      electionId: 'pilkada-2024',
      name: { id: 'Pelantikan kepala daerah', en: 'Inauguration of regional heads' },
      relativeTo: { id: 'Keputusan pemerintah', en: 'Government decision' },
      rule: {
        id: 'Ditetapkan pemerintah, bukan PKPU 2/2024: 481 daerah dilantik Kamis 20 Februari 2025; daerah dengan sengketa di MK dilantik kemudian.',
        en: 'Set by the government, not PKPU 2/2024: 481 regions sworn in on Thursday 20 February 2025; regions with Court disputes later.',
      },
    },
  ],
} satisfies Election;
