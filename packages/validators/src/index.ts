/**
 * `@kamtibmas/validators` — zod 4 schemas for every kamtibmas model type, the cross-field rules,
 * bilingual (Indonesian/English) issues and JSON Schema files. zod is a peer dependency.
 *
 * @packageDocumentation
 */

export { ISSUE_CODES, type IssueCode, type IssueCodeInfo, type IssueSeverity } from './issues/ISSUE_CODES';
export type { Issue, IssueParams } from './issues/Issue';
export { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_ID_LENGTH, MAX_NODES, MAX_STRING_LENGTH } from './limits';
export type {
  LocaleFallback,
  LocaleTag,
  MessageLocale,
} from './locale/MessageLocale';
export { negotiateLocale } from './locale/negotiateLocale';
export { MESSAGES_EN } from './messages/en';
export { MESSAGES_ID } from './messages/id';
export type { MessageTable } from './messages/MessageTable';
export { AppointmentSchema } from './schemas/AppointmentSchema';
export { AreaSchema } from './schemas/AreaSchema';
export { BilingualTextSchema } from './schemas/BilingualTextSchema';
export { DatasetSchema } from './schemas/DatasetSchema';
export { ElectionPhaseSchema } from './schemas/ElectionPhaseSchema';
export { ElectionSchema } from './schemas/ElectionSchema';
export { ElectionStageRuleSchema } from './schemas/ElectionStageRuleSchema';
export { EventElectionRefSchema } from './schemas/EventElectionRefSchema';
export { EventSchema } from './schemas/EventSchema';
export { EvidenceSchema } from './schemas/EvidenceSchema';
export { IdSchema } from './schemas/IdSchema';
export { LocalDateSchema } from './schemas/LocalDateSchema';
export { OfficerSchema } from './schemas/OfficerSchema';
export { OfficialSchema } from './schemas/OfficialSchema';
export { OrganizationSchema } from './schemas/OrganizationSchema';
export { ParticipantGroupRefSchema } from './schemas/ParticipantGroupRefSchema';
export { ParticipationSchema } from './schemas/ParticipationSchema';
export { PersonRecordSchema } from './schemas/PersonRecordSchema';
export { PersonSchema } from './schemas/PersonSchema';
export { PhaseIdSchema } from './schemas/PhaseIdSchema';
export { QuoteSchema } from './schemas/QuoteSchema';
export { RankCodeSchema } from './schemas/RankCodeSchema';
export { SourceSchema } from './schemas/SourceSchema';
export { UnitKindSchema } from './schemas/UnitKindSchema';
export { UnitSchema } from './schemas/UnitSchema';
export { VenueAddressSchema } from './schemas/VenueAddressSchema';
export { VenueSchema } from './schemas/VenueSchema';
export {
  createStandardSchema,
  type StandardSchemaKinds,
  type StandardSchemaOptions,
} from './standardSchema/createStandardSchema';
export type {
  KamtibmasStandardSchema,
  StandardValidateOptions,
  StandardValidationResult,
} from './standardSchema/KamtibmasStandardSchema';
export type { ValidateOptions, ValidationResult } from './validate/ValidateOptions';
export { validateDataset } from './validate/validateDataset';
export { validateEvent } from './validate/validateEvent';
