// Rule `phase_election_mismatch` (error): `election.phaseId` must be a stage (dated or by rule)
// of `election.electionId`, per core's election calendars.
import { type Event, getElection } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';
import { suggest } from '../validate/suggest';

export function phaseBelongsToElection(event: Event, path: Path): RawIssue[] {
  const ref = event.election;
  if (ref?.phaseId === undefined) return [];
  const election = getElection(ref.electionId);
  if (election === undefined) return [];
  const ids = [...election.stages.map((stage) => stage.id), ...(election.rules ?? []).map((rule) => rule.id)];
  if (ids.includes(ref.phaseId)) return [];
  // 'pemilu-2024/kampanye' named under 'pilkada-2024': the same stage slug in the named election
  // is the obvious fix; otherwise the nearest stage id.
  const slug = ref.phaseId.slice(ref.phaseId.indexOf('/') + 1);
  const sameSlug = `${election.id}/${slug}`;
  const suggestion = ids.includes(sameSlug) ? sameSlug : suggest(ref.phaseId, ids);
  return [
    {
      path: [...path, 'election', 'phaseId'],
      code: 'phase_election_mismatch',
      params: { value: displayValue(ref.phaseId), related: ref.electionId, suggestion },
    },
  ];
}
