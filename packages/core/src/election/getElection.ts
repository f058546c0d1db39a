import { ELECTIONS } from '../data/elections/index';
import type { Election } from '../model/election';

/**
 * Looks up an election schedule by id.
 *
 * @param id - An election id such as `'pemilu-2024'`; any other string gives `undefined`.
 * @returns The election with its dated stages and rules, or `undefined` for an unknown id (including
 *   `'pemilu-2029'`, which has no official schedule).
 * @example
 * ```ts
 * getElection('pilkada-2024')?.votingDay
 * //=> '2024-11-27'
 * getElection('pemilu-2029')
 * //=> undefined
 * ```
 * @category Elections
 */
export function getElection(id: string): Election | undefined {
  return ELECTIONS.find((election) => election.id === id);
}
