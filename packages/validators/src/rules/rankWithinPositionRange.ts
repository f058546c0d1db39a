// Rule `rank_outside_position_range` (advisory): an officer's rank outside the usual rank range
// of a position they hold (core POSITIONS, `isRankInPositionRange`). Advisory only: a Brigjen as
// type-A Kapolda, or an acting Kapolsek a rank below, happen. Former appointments are skipped
// (the rank is the one at the time of the source, not of the old post); positions written as free
// text have no range.
import { type Dataset, getPosition, isRankInPositionRange, POSITION_CODES, type PositionCode } from '@kamtibmas/core';
import type { RawIssue } from '../validate/RawIssue';

const CODES: ReadonlySet<string> = new Set(POSITION_CODES);

export function rankWithinPositionRange(dataset: Dataset): RawIssue[] {
  const issues: RawIssue[] = [];
  dataset.people.forEach((person, i) => {
    if (person.kind !== 'officer') return;
    person.appointments.forEach((appointment) => {
      if (appointment.status === 'former' || !CODES.has(appointment.position)) return;
      const code = appointment.position as PositionCode;
      if (isRankInPositionRange(person.rank, code)) return;
      const range = getPosition(code).expectedRank;
      issues.push({
        path: ['people', i, 'rank'],
        code: 'rank_outside_position_range',
        params: {
          value: person.rank,
          related: code,
          expected: range === undefined ? undefined : range.min === range.max ? range.min : `${range.min}–${range.max}`,
        },
      });
    });
  });
  return issues;
}
