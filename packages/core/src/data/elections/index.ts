// All election schedules the library knows, oldest first. Pemilu 2029 is absent on purpose: no
// official schedule exists (elections.md §3c). Data only: no logic.
import type { Election } from '../../model/election';
import { PEMILU_2019 } from './pemilu2019';
import { PEMILU_2024 } from './pemilu2024';
import { PILKADA_2020 } from './pilkada2020';
import { PILKADA_2024 } from './pilkada2024';

/**
 * Every election with a schedule, oldest first: Pemilu 2019, Pilkada 2020, Pemilu 2024,
 * Pilkada 2024. Pemilu 2029 is absent: KPU has published no schedule for it.
 *
 * @example
 * ```ts
 * ELECTIONS.map((e) => e.id)
 * //=> ['pemilu-2019', 'pilkada-2020', 'pemilu-2024', 'pilkada-2024']
 * ```
 * @category Elections
 */
export const ELECTIONS: readonly Election[] = [PEMILU_2019, PILKADA_2020, PEMILU_2024, PILKADA_2024];

export { PEMILU_2019, PEMILU_2024, PILKADA_2020, PILKADA_2024 };
