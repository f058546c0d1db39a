import { dayNumberOfLocalDate } from '../date/dayNumber';
import { isLocalDate } from '../date/isLocalDate';
import { getElection } from './getElection';

/**
 * Counts the days from a date to an election's voting day: positive before it, `0` on the day,
 * negative after it. This is the `n` of the "H-n" countdown news uses.
 *
 * @param electionId - Election id, e.g. `'pemilu-2024'`.
 * @param date - A local date `YYYY-MM-DD`.
 * @returns Days until voting day, or `undefined` for an unknown election or an invalid date.
 * @example
 * ```ts
 * daysToVoting('pemilu-2024', '2024-02-07')
 * //=> 7
 * daysToVoting('pilkada-2024', '2024-11-28')
 * //=> -1
 * ```
 * @category Elections
 */
export function daysToVoting(electionId: string, date: string): number | undefined {
  const election = getElection(electionId);
  if (election === undefined || !isLocalDate(date)) return undefined;
  return dayNumberOfLocalDate(election.votingDay) - dayNumberOfLocalDate(date);
}
