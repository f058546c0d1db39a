import type { ElectionId } from '../data/vocabularyCodes';
import type { LocalDate } from './localDate';

/**
 * A name in Indonesian and English.
 *
 * @example
 * ```ts
 * const name: BilingualText = { id: 'Masa kampanye', en: 'Campaign period' };
 * ```
 * @category Elections
 */
export interface BilingualText {
  /** Indonesian. */
  id: string;
  /** English. */
  en: string;
}

/**
 * One stage (tahapan) or sub-stage of an election, with inclusive local dates from the official
 * KPU schedule.
 *
 * @example
 * ```ts
 * const campaign: ElectionPhase = {
 *   id: 'pemilu-2024/kampanye',
 *   electionId: 'pemilu-2024',
 *   name: { id: 'Masa kampanye', en: 'Campaign period' },
 *   start: '2023-11-28',
 *   end: '2024-02-10',
 * };
 * ```
 * @category Elections
 */
export interface ElectionPhase {
  /** `<electionId>/<slug>`, e.g. `'pemilu-2024/kampanye'`. */
  id: string;
  /** The election this stage belongs to. */
  electionId: ElectionId;
  /** Name in both languages. */
  name: BilingualText;
  /** First day, inclusive. */
  start: LocalDate;
  /** Last day, inclusive. */
  end: LocalDate;
  /** Id of the enclosing stage, for sub-stages. */
  parentId?: string;
}

/**
 * An election cycle with its stages.
 *
 * @example
 * ```ts
 * const e: Pick<Election, 'id' | 'votingDay'> = { id: 'pemilu-2024', votingDay: '2024-02-14' };
 * ```
 * @category Elections
 */
export interface Election {
  /** Id, e.g. `'pemilu-2024'`. */
  id: ElectionId;
  /** `pemilu` (national) or `pilkada` (regional heads). */
  kind: 'pemilu' | 'pilkada';
  /** Name in both languages. */
  name: BilingualText;
  /** Voting day (hari pemungutan suara). */
  votingDay: LocalDate;
  /** Regulation that sets the schedule, e.g. `'PKPU 3/2022'`. */
  legalBasis: string;
  /** Stages with dates, in schedule order. */
  stages: ElectionPhase[];
}
