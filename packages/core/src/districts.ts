/**
 * `@kamtibmas/core/districts` — the district (kecamatan) table, kept out of the main entry so
 * that it costs nothing to users who do not import it. Data: `idn-area-data` (ODbL 1.0).
 *
 * @packageDocumentation
 */

export { findDistricts } from './region/districts/findDistricts';
export { type District, getDistrict, listDistricts } from './region/districts/getDistrict';
