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
  parentId?: string | undefined;
}

/**
 * A stage (tahapan) whose dates are set by a rule rather than printed in the schedule: "no later
 * than 3 days after the Constitutional Court's notice", "according to each DPRD's end of term", or
 * a stage whose regulation gives only its last day ("hingga 18 November 2024"). It never carries
 * invented dates, so date lookups ({@link ElectionPhase}) do not see it.
 *
 * @example
 * ```ts
 * const results: ElectionStageRule = {
 *   id: 'pemilu-2024/penetapan-hasil',
 *   electionId: 'pemilu-2024',
 *   name: { id: 'Penetapan hasil pemilu', en: 'Declaration of results' },
 *   relativeTo: { id: 'Pemberitahuan atau putusan MK', en: 'Constitutional Court notice or ruling' },
 *   rule: {
 *     id: 'Paling lambat 3 hari setelah pemberitahuan MK atau pembacaan putusan MK.',
 *     en: 'No later than 3 days after the Court notifies that no dispute was filed, or reads its ruling.',
 *   },
 * };
 * ```
 * @category Elections
 */
export interface ElectionStageRule {
  /** `<electionId>/<slug>`, in the same id space as the dated stages. */
  id: string;
  /** The election this stage belongs to. */
  electionId: ElectionId;
  /** Name in both languages. */
  name: BilingualText;
  /** The outside event or authority the dates depend on (MK ruling, end of term, Bawaslu …). */
  relativeTo: BilingualText;
  /** The rule itself, as the sources state it. */
  rule: BilingualText;
  /** Last day the stage may run, when the schedule gives only an end ("hingga …"), inclusive. */
  until?: LocalDate | undefined;
  /** Id of the enclosing stage, for sub-stages. */
  parentId?: string | undefined;
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
  /**
   * Stages whose dates are rules, not calendar ranges (penetapan hasil, sumpah/janji "sesuai AMJ",
   * stages with only an end date). Absent when the schedule has none.
   */
  rules?: ElectionStageRule[] | undefined;
}
