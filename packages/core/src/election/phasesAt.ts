import { ELECTIONS } from '../data/elections/index';
import { dayNumberOfLocalDate } from '../date/dayNumber';
import { isLocalDate } from '../date/isLocalDate';
import type { ElectionPhase } from '../model/election';
import { compareSpecificity, phaseContains } from './compareSpecificity';

/**
 * Lists every dated stage, of every election, that contains a day. Within each election the most
 * specific stage comes first (the order {@link phaseAt} uses: latest start, then shorter, then
 * sub-stage before parent); elections follow `ELECTIONS` order (oldest first).
 *
 * @param date - A local date `YYYY-MM-DD`.
 * @returns The stages containing the day; empty when none does or the date is not a real day.
 * @example
 * ```ts
 * phasesAt('2024-02-12').map((p) => p.id)
 * //=> ['pemilu-2024/masa-tenang', 'pemilu-2024/perencanaan-program-anggaran']
 * phasesAt('2024-11-27').map((p) => p.id)
 * //=> ['pilkada-2024/pemungutan-suara', 'pilkada-2024/penghitungan-rekapitulasi']
 * ```
 * @category Elections
 */
export function phasesAt(date: string): ElectionPhase[] {
  if (!isLocalDate(date)) return [];
  const day = dayNumberOfLocalDate(date);
  const found: ElectionPhase[] = [];
  for (const election of ELECTIONS) {
    const here = election.stages.filter((phase) => phaseContains(phase, day));
    here.sort(compareSpecificity);
    found.push(...here);
  }
  return found;
}
