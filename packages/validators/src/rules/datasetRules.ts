// Private: every rule that needs the whole dataset, then the event rules on each event. The unit
// rules read one check of the unit graph (core's checkUnitGraph), made once here.
import { checkUnitGraph, type Dataset, type UnitGraphProblem } from '@kamtibmas/core';
import type { RawIssue } from '../validate/RawIssue';
import { eventRules } from './eventRules';
import { functionalUnitHasParent } from './functionalUnitHasParent';
import { parentKindAllowed } from './parentKindAllowed';
import { rankWithinPositionRange } from './rankWithinPositionRange';
import { referencesResolve } from './referencesResolve';
import { uniqueIds } from './uniqueIds';
import { unitParentsAcyclic } from './unitParentsAcyclic';

const DATASET_RULES: ((dataset: Dataset, unitGraph: readonly UnitGraphProblem[]) => RawIssue[])[] = [
  uniqueIds,
  referencesResolve,
  functionalUnitHasParent,
  parentKindAllowed,
  unitParentsAcyclic,
  rankWithinPositionRange,
];

export function datasetRules(dataset: Dataset): RawIssue[] {
  const unitGraph = checkUnitGraph(dataset.units);
  return [
    ...DATASET_RULES.flatMap((rule) => rule(dataset, unitGraph)),
    ...dataset.events.flatMap((event, i) => eventRules(event, ['events', i])),
  ];
}
