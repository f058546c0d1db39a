/**
 * `@kamtibmas/core` — the typed model of Polri community-engagement work around elections:
 * types, reference data (rank ladder, Polda list, election calendars, vocabularies), hierarchy
 * helpers and parsers for how Indonesian news writes ranks, units and dates. No run-time
 * dependencies.
 *
 * @packageDocumentation
 */

export { POSITION_CODES, type PositionCode } from './data/positionCodes';
export { RANK_CODES, type RankCode } from './data/rankCodes';
export {
  FUNCTIONAL_UNIT_KINDS,
  type FunctionalUnitKind,
  TERRITORIAL_UNIT_KINDS,
  type TerritorialUnitKind,
  UNIT_KINDS,
  type UnitKind,
} from './data/unitKinds';
export {
  ACTING_KINDS,
  type ActingKind,
  AREA_LEVELS,
  type AreaLevel,
  DATE_PRECISIONS,
  type DatePrecision,
  ELECTION_IDS,
  type ElectionId,
  EVENT_KIND_CODES,
  type EventKind,
  INDONESIAN_TIME_ZONES,
  type IndonesianTimeZone,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  PARTICIPANT_GROUP_CODES,
  PARTICIPATION_ROLES,
  type ParticipantGroupCode,
  type ParticipationRole,
  TOPIC_CODES,
  type TopicCode,
  UNIT_FUNCTIONS,
  type UnitFunction,
} from './data/vocabularyCodes';
export * from './date/index';
export * from './election/index';
export type { Dataset } from './model/dataset';
export type { BilingualText, Election, ElectionPhase } from './model/election';
export type {
  Event,
  EventElectionRef,
  ParticipantGroupRef,
  Participation,
  Quote,
  Venue,
  VenueAddress,
} from './model/event';
export type { LocalDate } from './model/localDate';
export type { Organization } from './model/organization';
export type { Appointment, Officer, Official, Person, PersonRecord } from './model/person';
export type { Evidence, Source } from './model/source';
export type { Area, Unit, UnitType } from './model/unit';
export * from './person/index';
export * from './rank/index';
export * from './region/index';
export { codeUnitsOf } from './text/codeUnits';
export type { TextSpan } from './text/textSpan';
export * from './unit/index';
export * from './vocabulary/index';
