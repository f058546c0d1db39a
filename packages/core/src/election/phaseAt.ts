import { dayNumberOfLocalDate } from '../date/dayNumber';
import { isLocalDate } from '../date/isLocalDate';
import type { ElectionPhase } from '../model/election';
import { compareSpecificity, phaseContains } from './compareSpecificity';
import { getElection } from './getElection';

/**
 * Finds the most specific dated stage of one election that contains a day. Stages overlap (Pemilu
 * 2024's voter-list, party and seat stages run side by side), so the rule is: the stage with the
 * latest start wins; on equal starts the shorter one; on equal ranges the sub-stage over its parent.
 * Stages that are rules (see `Election.rules`) have no dates and are never returned.
 *
 * @param electionId - Election id, e.g. `'pemilu-2024'`.
 * @param date - A local date `YYYY-MM-DD`; both ends of a stage are inclusive.
 * @returns The stage, or `undefined` when no stage contains the day, the election is unknown or the
 *   date is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * phaseAt('pemilu-2024', '2024-02-12')?.id
 * //=> 'pemilu-2024/masa-tenang'
 * phaseAt('pemilu-2024', '2024-02-14')?.id // voting and counting both start that day; voting is shorter
 * //=> 'pemilu-2024/pemungutan-suara'
 * phaseAt('pilkada-2024', '2024-11-15')?.id // advertising sub-stage of the campaign
 * //=> 'pilkada-2024/iklan-media-massa'
 * phaseAt('pemilu-2024', '2025-01-01')
 * //=> undefined
 * ```
 * @category Elections
 */
export function phaseAt(electionId: string, date: string): ElectionPhase | undefined {
  const election = getElection(electionId);
  if (election === undefined || !isLocalDate(date)) return undefined;
  const day = dayNumberOfLocalDate(date);
  let best: ElectionPhase | undefined;
  for (const phase of election.stages) {
    if (!phaseContains(phase, day)) continue;
    if (best === undefined || compareSpecificity(phase, best) < 0) best = phase;
  }
  return best;
}
