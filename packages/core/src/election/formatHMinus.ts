import { daysToVoting } from './daysToVoting';

/**
 * Writes the countdown label Indonesian news and police use around voting day ("hari-H"): `H-7`
 * seven days before, `Hari H` on the day, `H+1` the day after. Plain hyphen-minus and plus, no
 * spaces, as in "H-3 Pilkada".
 *
 * @param electionId - Election id, e.g. `'pilkada-2024'`.
 * @param date - A local date `YYYY-MM-DD`.
 * @returns The label, or `undefined` for an unknown election or an invalid date.
 * @example
 * ```ts
 * formatHMinus('pemilu-2024', '2024-02-07')
 * //=> 'H-7'
 * formatHMinus('pemilu-2024', '2024-02-14')
 * //=> 'Hari H'
 * formatHMinus('pilkada-2024', '2024-11-28')
 * //=> 'H+1'
 * ```
 * @category Elections
 */
export function formatHMinus(electionId: string, date: string): string | undefined {
  const days = daysToVoting(electionId, date);
  if (days === undefined) return undefined;
  if (days === 0) return 'Hari H';
  return days > 0 ? `H-${days}` : `H+${-days}`;
}
