// Rule `dangling_reference` (error): every id a record points at exists in the dataset —
// event organizerIds (units or organisations), participants' personId and onBehalfOf, quotes'
// personId (people), unit parentId (units; core's unit-graph check decides, `dangling-parent`),
// appointment organizationId (units or organisations).
import { checkUnitGraph, type Dataset, type UnitGraphProblem } from '@kamtibmas/core';
import { displayValue } from '../validate/display';
import type { Path, RawIssue } from '../validate/RawIssue';
import { suggest } from '../validate/suggest';

// Suggestions compare against every id; above this many, skip them to stay fast on big datasets.
const MAX_SUGGESTION_CANDIDATES = 2_000;

export function referencesResolve(
  dataset: Dataset,
  unitGraph: readonly UnitGraphProblem[] = checkUnitGraph(dataset.units),
): RawIssue[] {
  const unitIds = new Set(dataset.units.map((u) => u.id));
  const bodyIds = new Set([...unitIds, ...dataset.organizations.map((o) => o.id)]);
  const personIds = new Set(dataset.people.map((p) => p.id));
  const issues: RawIssue[] = [];
  const dangling = (id: string, ids: Set<string>, path: Path, expected: string) => {
    const suggestion = ids.size <= MAX_SUGGESTION_CANDIDATES ? suggest(id, [...ids]) : undefined;
    issues.push({ path, code: 'dangling_reference', params: { value: displayValue(id), expected, suggestion } });
  };
  const check = (id: string, ids: Set<string>, path: Path, expected: string) => {
    if (!ids.has(id)) dangling(id, ids, path, expected);
  };
  for (const { code, index, parentId } of unitGraph) {
    if (code === 'dangling-parent' && parentId !== undefined)
      dangling(parentId, unitIds, ['units', index, 'parentId'], 'unit');
  }
  dataset.people.forEach((person, i) => {
    person.appointments.forEach((appointment, j) => {
      check(
        appointment.organizationId,
        bodyIds,
        ['people', i, 'appointments', j, 'organizationId'],
        'unit/organization',
      );
    });
  });
  dataset.events.forEach((event, i) => {
    event.organizerIds.forEach((id, j) => {
      check(id, bodyIds, ['events', i, 'organizerIds', j], 'unit/organization');
    });
    event.participants.forEach((participation, j) => {
      check(participation.personId, personIds, ['events', i, 'participants', j, 'personId'], 'person');
      if (participation.onBehalfOf !== undefined) {
        check(participation.onBehalfOf, personIds, ['events', i, 'participants', j, 'onBehalfOf'], 'person');
      }
    });
    event.quotes?.forEach((quote, j) => {
      check(quote.personId, personIds, ['events', i, 'quotes', j, 'personId'], 'person');
    });
  });
  return issues;
}
