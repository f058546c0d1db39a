// Public exports of this area; the package index re-exports this file.
export { ELECTIONS } from '../data/elections/index';
export { OPERATIONS } from '../data/operations';
export type { ElectionStageRule } from '../model/election';
export type { OperationFamily, PoliceOperation } from '../model/operation';
export { daysToVoting } from './daysToVoting';
export { formatHMinus } from './formatHMinus';
export { getElection } from './getElection';
export { type OperationMention, parseOperationName } from './parseOperationName';
export { phaseAt } from './phaseAt';
export { phasesAt } from './phasesAt';
