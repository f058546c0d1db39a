// Polri election-security operations, from ../shared/domain/elections.md §5a–§5c. Data only.
import type { PoliceOperation } from '../model/operation';

/**
 * Polri election-security operations named in the sources: Operasi Mantap Brata 2023-2024 (Pemilu
 * 2024), its Polda Jateng variant, the per-Polda Operasi Mantap Praja 2024 (Pilkada 2024) and
 * Operasi Nusantara Cooling System 2023-2024.
 *
 * Facts marked in elections.md:
 *
 * - Mantap Brata: start 2023-10-19 (Kapolri) vs 17 Oct (earlier statements); the end "20 Oktober 2024"
 *   is the Kapolri's own words, but the "222 days" he also gave would end 2024-05-27 if continuous.
 *   The exact end and which days are active are UNCONFIRMED (§5a, §7 item 9).
 * - Mantap Praja has no single national start/end (UNCONFIRMED; apparently none). Mahakam was stated as
 *   "126 hari" for 26 Aug–16 Dec, which is 113 days inclusive (§7 item 10).
 * - Polda Kepri's codename is not given (UNCONFIRMED); the Riau (Lancang Kuning) end date is
 *   UNCONFIRMED and its start is unknown (the apel was on 2024-08-27, misdated "Senin").
 * - Nusantara Cooling System rests on a single source and has no dates.
 *
 * @example
 * ```ts
 * OPERATIONS.find((op) => op.codename === 'Semeru')?.name
 * //=> 'Operasi Mantap Praja Semeru 2024'
 * ```
 * @category Elections
 */
export const OPERATIONS = [
  {
    id: 'mantap-brata-2023-2024',
    family: 'mantap-brata',
    name: 'Operasi Mantap Brata 2023-2024',
    years: '2023-2024',
    electionIds: ['pemilu-2024'],
    start: '2023-10-19',
    end: '2024-10-20',
  },
  {
    // bloraweb; dates as the national operation (held at the same time in every Polda).
    id: 'mantap-brata-candi-2023-2024',
    family: 'mantap-brata',
    name: 'Operasi Mantap Brata Candi 2023-2024',
    codename: 'Candi',
    years: '2023-2024',
    electionIds: ['pemilu-2024'],
    polda: 'Polda Jawa Tengah',
  },
  {
    id: 'mantap-praja-jaya-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja Jaya 2024',
    codename: 'Jaya',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Metro Jaya',
    start: '2024-08-14',
    end: '2024-12-31',
  },
  {
    id: 'mantap-praja-semeru-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja Semeru 2024',
    codename: 'Semeru',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Jawa Timur',
    start: '2024-08-19',
    end: '2024-12-31',
  },
  {
    id: 'mantap-praja-mahakam-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja Mahakam 2024',
    codename: 'Mahakam',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Kalimantan Timur',
    start: '2024-08-26',
    end: '2024-12-16',
  },
  {
    id: 'mantap-praja-seulawah-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja Seulawah 2024',
    codename: 'Seulawah',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Aceh',
    start: '2024-08-27',
    end: '2024-12-25',
  },
  {
    // Codename UNCONFIRMED.
    id: 'mantap-praja-kepri-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja 2024 (Polda Kepulauan Riau)',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Kepulauan Riau',
    start: '2024-08-27',
    end: '2024-12-16',
  },
  {
    // Start and end UNCONFIRMED.
    id: 'mantap-praja-lancang-kuning-2024',
    family: 'mantap-praja',
    name: 'Operasi Mantap Praja Lancang Kuning 2024',
    codename: 'Lancang Kuning',
    years: '2024',
    electionIds: ['pilkada-2024'],
    polda: 'Polda Riau',
  },
  {
    // Single source (radarlampung); no dates.
    id: 'nusantara-cooling-system-2023-2024',
    family: 'nusantara-cooling-system',
    name: 'Operasi Nusantara Cooling System 2023-2024',
    years: '2023-2024',
    electionIds: ['pemilu-2024'],
  },
] as const satisfies readonly PoliceOperation[];
