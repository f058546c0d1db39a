// Public exports of this area; the package index re-exports this file.
// Districts are deliberately not exported here: they live in the `@kamtibmas/core/districts` entry.
export { REGION_ABBREVIATIONS, type RegionAbbreviation } from '../data/regionAbbreviations';
export { findRegencies } from './findRegencies';
export { getProvince, listProvinces, type Province } from './getProvince';
export { getRegency, listRegencies, type Regency } from './getRegency';
export { timeZoneOfProvince } from './timeZoneOfProvince';
