import type { ElectionId } from '../data/vocabularyCodes';
import type { LocalDate } from './localDate';

/**
 * The family an election-security operation belongs to:
 *
 * - `mantap-brata` — Operasi Mantap Brata, the centralised (Mabes-run) operation for a Pemilu;
 * - `mantap-praja` — Operasi Mantap Praja, run per Polda for a Pilkada ("Operasi Kepolisian Mandiri
 *   Kewilayahan"), named with the Polda's regional codename;
 * - `nusantara-cooling-system` — Operasi/Satgas Nusantara Cooling System, the "cooling system" effort
 *   alongside them.
 *
 * @example
 * ```ts
 * const family: OperationFamily = 'mantap-praja';
 * ```
 * @category Elections
 */
export type OperationFamily = 'mantap-brata' | 'mantap-praja' | 'nusantara-cooling-system';

/**
 * A named Polri election-security operation. Dates are inclusive local dates and are absent when no
 * source gives them.
 *
 * @example
 * ```ts
 * const op: PoliceOperation = {
 *   id: 'mantap-praja-mahakam-2024',
 *   family: 'mantap-praja',
 *   name: 'Operasi Mantap Praja Mahakam 2024',
 *   codename: 'Mahakam',
 *   years: '2024',
 *   electionIds: ['pilkada-2024'],
 *   polda: 'Polda Kaltim',
 *   start: '2024-08-26',
 *   end: '2024-12-16',
 * };
 * ```
 * @category Elections
 */
export interface PoliceOperation {
  /** Kebab-case id, e.g. `'mantap-brata-2023-2024'`. */
  id: string;
  /** Which family of operation. */
  family: OperationFamily;
  /** Canonical full name, e.g. `'Operasi Mantap Praja Jaya 2024'`. */
  name: string;
  /** Regional codename a Polda gives its operations (`'Jaya'`, `'Semeru'`, `'Mahakam'` …). */
  codename?: string;
  /** The year or years in the name: `'2024'` or `'2023-2024'`. */
  years: string;
  /** Elections it secured. */
  electionIds: ElectionId[];
  /** The Polda that ran it, for regional operations, e.g. `'Polda Metro Jaya'`. */
  polda?: string;
  /** First day, inclusive, when a source gives it. */
  start?: LocalDate;
  /** Last day, inclusive, when a source gives it. */
  end?: LocalDate;
}
