// Public exports of this area; the package index re-exports this file.
export { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
export { POLDA, type PoldaRecord } from '../data/polda';
export { getPolda } from './getPolda';
export {
  type DistrictFinder,
  type ParseUnitMentionOptions,
  parseUnitMention,
  type UnitMention,
} from './parseUnitMention';
