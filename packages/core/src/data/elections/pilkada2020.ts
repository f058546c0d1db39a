// Pilkada Serentak 2020 key stages (PKPU 2/2020 as revised after the COVID-19 delay), from
// ../shared/domain/elections.md §3b. History only. Dates are inclusive local dates. Data only.
import type { Election } from '../../model/election';

/**
 * The 2020 simultaneous regional elections (270 regions: 9 provinces, 224 kabupaten, 37 kota): key
 * stages as history. Voting was first set for 2020-09-23 and moved to 2020-12-09 by Perppu 2/2020.
 *
 * Sources (elections.md §3b): cianjur.jabarekspres, mediapakuan, legalvoice.
 *
 * - The number of the PKPU that amended PKPU 2/2020 for the delay is UNCONFIRMED.
 * - The quiet period is not in the sources and is not inferred here.
 * - The first batch of inaugurations (about 170 regions, 2021-02-26) is an event, not a stage.
 *
 * @example
 * ```ts
 * PILKADA_2020.votingDay
 * //=> '2020-12-09'
 * ```
 * @category Elections
 */
export const PILKADA_2020 = {
  id: 'pilkada-2020',
  kind: 'pilkada',
  name: { id: 'Pemilihan Serentak 2020', en: '2020 Simultaneous Regional Elections' },
  votingDay: '2020-12-09',
  legalBasis: 'PKPU 2/2020',
  stages: [
    {
      id: 'pilkada-2020/pendaftaran-paslon',
      electionId: 'pilkada-2020',
      name: { id: 'Pendaftaran pasangan calon', en: 'Candidate registration' },
      start: '2020-09-04',
      end: '2020-09-06',
    },
    {
      id: 'pilkada-2020/penetapan-paslon',
      electionId: 'pilkada-2020',
      name: { id: 'Penetapan pasangan calon', en: 'Candidates confirmed' },
      start: '2020-09-23',
      end: '2020-09-23',
    },
    {
      // 71 days.
      id: 'pilkada-2020/kampanye',
      electionId: 'pilkada-2020',
      name: { id: 'Masa kampanye', en: 'Campaign period' },
      start: '2020-09-26',
      end: '2020-12-05',
    },
    {
      // National holiday (Keppres 22/2020).
      id: 'pilkada-2020/pemungutan-suara',
      electionId: 'pilkada-2020',
      name: { id: 'Pemungutan suara', en: 'Voting day' },
      start: '2020-12-09',
      end: '2020-12-09',
    },
  ],
} satisfies Election;
