import { expectTypeOf, test } from 'vitest';
import type { ElectionId } from '../data/vocabularyCodes';
import type { Election, ElectionPhase, ElectionStageRule } from '../model/election';
import type { LocalDate } from '../model/localDate';
import { getElection } from './getElection';
import { type OperationMention, parseOperationName } from './parseOperationName';
import { phaseAt } from './phaseAt';
import { phasesAt } from './phasesAt';

test('phase lookups return ElectionPhase', () => {
  expectTypeOf(phaseAt('pemilu-2024', '2024-02-14')).toEqualTypeOf<ElectionPhase | undefined>();
  expectTypeOf(phasesAt('2024-02-14')).toEqualTypeOf<ElectionPhase[]>();
  expectTypeOf<ElectionPhase['electionId']>().toEqualTypeOf<ElectionId>();
  expectTypeOf<ElectionPhase['start']>().toEqualTypeOf<LocalDate>();
  expectTypeOf<ElectionPhase['parentId']>().toEqualTypeOf<string | undefined>();
});

test('elections carry optional rules without dates', () => {
  expectTypeOf(getElection('pemilu-2024')).toEqualTypeOf<Election | undefined>();
  expectTypeOf<Election['rules']>().toEqualTypeOf<ElectionStageRule[] | undefined>();
  expectTypeOf<ElectionStageRule>().not.toHaveProperty('start');
  expectTypeOf<ElectionStageRule['until']>().toEqualTypeOf<LocalDate | undefined>();
});

test('parseOperationName returns an OperationMention', () => {
  expectTypeOf(parseOperationName('Ops Mantap Brata')).toEqualTypeOf<OperationMention | undefined>();
});
