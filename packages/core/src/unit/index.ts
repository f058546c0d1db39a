// Public exports of this area; the package index re-exports this file.
export { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
export { POLDA, type PoldaRecord } from '../data/polda';
export { UNIT_KIND_RULES, type UnitKindRule } from '../data/unitKindRules';
export { canContain } from './canContain';
export { checkUnitGraph, type UnitGraphProblem } from './checkUnitGraph';
export {
  createUnitRegistry,
  type RegistryUnit,
  type UnitRegistry,
  type UnitRegistryIssue,
} from './createUnitRegistry';
export { findUnitMentions } from './findUnitMentions';
export { getPolda } from './getPolda';
export { getUnitKindInfo } from './getUnitKindInfo';
export { isFunctionalKind } from './isFunctionalKind';
export { isTerritorialKind } from './isTerritorialKind';
export { parseUnitMention } from './parseUnitMention';
export type { DistrictFinder, FoundUnitMention, ParseUnitMentionOptions, UnitMention } from './unitMention';
