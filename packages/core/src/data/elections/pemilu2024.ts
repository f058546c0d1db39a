// Pemilu 2024 schedule (PKPU 3/2022 and, for the presidential-ticket detail, PKPU 19/2023), from
// ../shared/domain/elections.md §1a–§1b. Dates are inclusive local dates. Data only: no logic.
import type { Election } from '../../model/election';

/**
 * The 2024 general election (President/Vice-President, DPR, DPD, DPRD): every stage of PKPU 3/2022
 * with its inclusive dates, plus the stages whose dates are rules.
 *
 * Sources (elections.md §1a): kab-kuburaya.kpu.go.id, voi.id, sindonews, inews Karawang, rbg.id,
 * prfmnews, tribunnews. The PKPU annex itself is not among the sources; dates rest on a KPU regional
 * site and national outlets that agree with each other and with what happened.
 *
 * - Pasal 3 item 1 groups "perencanaan program dan anggaran" and "penyusunan peraturan pelaksanaan"
 *   as one stage; they are kept apart here because their end dates differ.
 * - Whether PKPU 3/2022 was amended: UNCONFIRMED (no source mentions an amendment).
 * - The second-round contingency (never needed) is in `rules`, so date lookups do not report it.
 *
 * @example
 * ```ts
 * PEMILU_2024.votingDay
 * //=> '2024-02-14'
 * ```
 * @category Elections
 */
export const PEMILU_2024 = {
  id: 'pemilu-2024',
  kind: 'pemilu',
  name: { id: 'Pemilihan Umum 2024', en: '2024 General Election' },
  votingDay: '2024-02-14',
  legalBasis: 'PKPU 3/2022',
  stages: [
    {
      // 1a. Two sources (one a KPU site).
      id: 'pemilu-2024/perencanaan-program-anggaran',
      electionId: 'pemilu-2024',
      name: { id: 'Perencanaan program dan anggaran', en: 'Programme and budget planning' },
      start: '2022-06-14',
      end: '2024-06-14',
    },
    {
      // 1b.
      id: 'pemilu-2024/penyusunan-peraturan',
      electionId: 'pemilu-2024',
      name: { id: 'Penyusunan Peraturan KPU', en: 'Drafting implementing regulations' },
      start: '2022-06-14',
      end: '2023-12-14',
    },
    {
      // 2. DPS set 2023-04-18, DPT set 2023-07-02 (after the stage's printed end).
      id: 'pemilu-2024/pemutakhiran-data-pemilih',
      electionId: 'pemilu-2024',
      name: {
        id: 'Pemutakhiran data pemilih dan penyusunan daftar pemilih',
        en: 'Voter-data updating and voter list',
      },
      start: '2022-10-14',
      end: '2023-06-21',
    },
    {
      // 3. voi.id prints "29 Juni" (a typo; elections.md §7 item 1).
      id: 'pemilu-2024/pendaftaran-verifikasi-peserta',
      electionId: 'pemilu-2024',
      name: { id: 'Pendaftaran dan verifikasi peserta pemilu', en: 'Party registration and verification' },
      start: '2022-07-29',
      end: '2022-12-13',
    },
    {
      // 4. kab-kuburaya prints an impossible range (§7 item 2).
      id: 'pemilu-2024/penetapan-peserta',
      electionId: 'pemilu-2024',
      name: { id: 'Penetapan peserta pemilu', en: 'Parties confirmed' },
      start: '2022-12-14',
      end: '2022-12-14',
    },
    {
      // 5.
      id: 'pemilu-2024/penetapan-kursi-dapil',
      electionId: 'pemilu-2024',
      name: {
        id: 'Penetapan jumlah kursi dan penetapan daerah pemilihan',
        en: 'Seat allocation and constituencies',
      },
      start: '2022-10-14',
      end: '2023-02-09',
    },
    {
      // 6a.
      id: 'pemilu-2024/pencalonan-dpd',
      electionId: 'pemilu-2024',
      name: { id: 'Pencalonan anggota DPD', en: 'DPD nominations' },
      start: '2022-12-06',
      end: '2023-11-25',
    },
    {
      // 6b. DCT set 2023-11-03.
      id: 'pemilu-2024/pencalonan-dpr-dprd',
      electionId: 'pemilu-2024',
      name: {
        id: 'Pencalonan anggota DPR, DPRD provinsi dan DPRD kabupaten/kota',
        en: 'DPR and DPRD nominations',
      },
      start: '2023-04-24',
      end: '2023-11-25',
    },
    {
      // 6c.
      id: 'pemilu-2024/pencalonan-presiden',
      electionId: 'pemilu-2024',
      name: { id: 'Pencalonan Presiden dan Wakil Presiden', en: 'Presidential nominations' },
      start: '2023-10-19',
      end: '2023-11-25',
    },
    {
      // 6c detail from PKPU 19/2023: registration 08.00–16.00 WIB daily, last day until 23.59 WIB.
      id: 'pemilu-2024/pendaftaran-capres-cawapres',
      electionId: 'pemilu-2024',
      name: { id: 'Pendaftaran pasangan calon presiden dan wakil presiden', en: 'Presidential ticket registration' },
      start: '2023-10-19',
      end: '2023-10-25',
      parentId: 'pemilu-2024/pencalonan-presiden',
    },
    {
      // PKPU 19/2023; happened (Keputusan KPU 1632/2023). Not 25 Nov (§7 item 5).
      id: 'pemilu-2024/penetapan-capres-cawapres',
      electionId: 'pemilu-2024',
      name: { id: 'Penetapan pasangan calon presiden dan wakil presiden', en: 'Presidential tickets confirmed' },
      start: '2023-11-13',
      end: '2023-11-13',
      parentId: 'pemilu-2024/pencalonan-presiden',
    },
    {
      // PKPU 19/2023; the draw was held at 18.30 WIB.
      id: 'pemilu-2024/pengundian-nomor-urut-capres',
      electionId: 'pemilu-2024',
      name: { id: 'Pengundian nomor urut pasangan calon presiden', en: 'Presidential ballot-number draw' },
      start: '2023-11-14',
      end: '2023-11-14',
      parentId: 'pemilu-2024/pencalonan-presiden',
    },
    {
      // 7. 75 days; utaratimes' "100 hari" is wrong (§7 item 3).
      id: 'pemilu-2024/kampanye',
      electionId: 'pemilu-2024',
      name: { id: 'Masa kampanye', en: 'Campaign period' },
      start: '2023-11-28',
      end: '2024-02-10',
    },
    {
      // 7a. PKPU 15/2023 on campaigning.
      id: 'pemilu-2024/kampanye-tatap-muka',
      electionId: 'pemilu-2024',
      name: {
        id: 'Pertemuan terbatas, tatap muka, bahan kampanye, alat peraga, debat dan media sosial',
        en: 'Limited and face-to-face meetings, campaign materials, debates and social media',
      },
      start: '2023-11-28',
      end: '2024-02-10',
      parentId: 'pemilu-2024/kampanye',
    },
    {
      // 7b.
      id: 'pemilu-2024/rapat-umum-iklan',
      electionId: 'pemilu-2024',
      name: {
        id: 'Rapat umum dan iklan media massa cetak, elektronik dan daring',
        en: 'Rallies and print, broadcast and online advertising',
      },
      start: '2024-01-21',
      end: '2024-02-10',
      parentId: 'pemilu-2024/kampanye',
    },
    {
      // 8.
      id: 'pemilu-2024/masa-tenang',
      electionId: 'pemilu-2024',
      name: { id: 'Masa tenang', en: 'Quiet period' },
      start: '2024-02-11',
      end: '2024-02-13',
    },
    {
      // 9a. National holiday (Keppres 10/2024).
      id: 'pemilu-2024/pemungutan-suara',
      electionId: 'pemilu-2024',
      name: { id: 'Pemungutan suara', en: 'Voting day' },
      start: '2024-02-14',
      end: '2024-02-14',
    },
    {
      // 9b. kab-kuburaya merges 9a and 9b into one row "14–15 Februari 2024".
      id: 'pemilu-2024/penghitungan-suara',
      electionId: 'pemilu-2024',
      name: { id: 'Penghitungan suara', en: 'Vote counting at polling stations' },
      start: '2024-02-14',
      end: '2024-02-15',
    },
    {
      // 9c. The law's 35-day rule; the national result was read on 2024-03-20 at 22.18 WIB.
      id: 'pemilu-2024/rekapitulasi',
      electionId: 'pemilu-2024',
      name: { id: 'Rekapitulasi hasil penghitungan suara', en: 'Tiered tabulation of results' },
      start: '2024-02-15',
      end: '2024-03-20',
    },
    {
      // 11b. Happened: 580 DPR + 152 DPD members sworn in.
      id: 'pemilu-2024/sumpah-dpr-dpd',
      electionId: 'pemilu-2024',
      name: { id: 'Pengucapan sumpah/janji anggota DPR dan DPD', en: 'DPR and DPD swearing-in' },
      start: '2024-10-01',
      end: '2024-10-01',
    },
    {
      // 11c. Happened.
      id: 'pemilu-2024/sumpah-presiden',
      electionId: 'pemilu-2024',
      name: {
        id: 'Pengucapan sumpah/janji Presiden dan Wakil Presiden',
        en: 'Presidential swearing-in',
      },
      start: '2024-10-20',
      end: '2024-10-20',
    },
  ],
  rules: [
    {
      // 10. What happened: President/VP-elect declared 2024-04-24; DPR seats and members 2024-08-25.
      id: 'pemilu-2024/penetapan-hasil',
      electionId: 'pemilu-2024',
      name: { id: 'Penetapan hasil pemilu', en: 'Declaration of results and winners' },
      relativeTo: {
        id: 'Pemberitahuan atau putusan Mahkamah Konstitusi (MK)',
        en: 'Constitutional Court (MK) notice or ruling',
      },
      rule: {
        id: 'Presiden dan Wakil Presiden: paling lambat 3 hari setelah pemberitahuan MK bahwa tidak ada permohonan, atau 3 hari setelah pembacaan putusan MK. Kursi dan calon terpilih DPR/DPRD: paling lambat 3 hari setelah pemberitahuan MK, atau 3 hari setelah KPU menetapkan ulang hasil nasional sesuai putusan MK.',
        en: 'President/VP: no later than 3 days after the Court notifies that no dispute was filed, or 3 days after it reads its ruling. DPR/DPRD seats and winners: no later than 3 days after the Court’s notice, or 3 days after KPU re-sets the national result following the Court’s rulings.',
      },
    },
    {
      // 11a.
      id: 'pemilu-2024/sumpah-dprd',
      electionId: 'pemilu-2024',
      name: {
        id: 'Pengucapan sumpah/janji anggota DPRD provinsi dan DPRD kabupaten/kota',
        en: 'Provincial and regency/city DPRD swearing-in',
      },
      relativeTo: { id: 'Akhir masa jabatan (AMJ) DPRD sebelumnya', en: 'End of the previous DPRD’s term' },
      rule: {
        id: 'Disesuaikan dengan akhir masa jabatan masing-masing; tanggalnya berbeda per daerah.',
        en: 'Set by each DPRD’s end of term, so the date differs by region.',
      },
    },
    {
      // Contingency in PKPU 3/2022 Pasal 4; not needed (Prabowo–Gibran won 58.6% in round one).
      // voi.id gives the campaign as "2–23 Juni" (§7 item 4).
      id: 'pemilu-2024/putaran-kedua',
      electionId: 'pemilu-2024',
      name: { id: 'Pemilu Presiden putaran kedua', en: 'Presidential run-off' },
      relativeTo: {
        id: 'Tidak ada pasangan calon yang memenuhi syarat kemenangan pada putaran pertama',
        en: 'No ticket meeting the first-round winning threshold',
      },
      rule: {
        id: 'Hanya bila diperlukan: pemutakhiran data pemilih 22 Maret–25 April 2024, kampanye 2–22 Juni 2024, masa tenang 23–25 Juni 2024, pemungutan suara Rabu 26 Juni 2024. Tidak terlaksana karena tidak diperlukan.',
        en: 'Only if needed: voter-list updating 22 March–25 April 2024, campaign 2–22 June 2024, quiet period 23–25 June 2024, voting Wednesday 26 June 2024. Never held: not needed.',
      },
    },
  ],
} satisfies Election;
