// Private: the JSON Schema (2020-12) documents of the exported schemas, built from the zod schemas
// with z.toJSONSchema. The generator script writes them to json-schema/<file>; tests build them in
// memory the same way, so the shipped files and the tested ones cannot differ.
import * as z from 'zod';
import { AppointmentSchema } from '../schemas/AppointmentSchema';
import { AreaSchema } from '../schemas/AreaSchema';
import { BilingualTextSchema } from '../schemas/BilingualTextSchema';
import { DatasetSchema } from '../schemas/DatasetSchema';
import { ElectionPhaseSchema } from '../schemas/ElectionPhaseSchema';
import { ElectionSchema } from '../schemas/ElectionSchema';
import { ElectionStageRuleSchema } from '../schemas/ElectionStageRuleSchema';
import { EventElectionRefSchema } from '../schemas/EventElectionRefSchema';
import { EventSchema } from '../schemas/EventSchema';
import { EvidenceSchema } from '../schemas/EvidenceSchema';
import { IdSchema } from '../schemas/IdSchema';
import { LocalDateSchema } from '../schemas/LocalDateSchema';
import { OfficerSchema } from '../schemas/OfficerSchema';
import { OfficialSchema } from '../schemas/OfficialSchema';
import { OrganizationSchema } from '../schemas/OrganizationSchema';
import { ParticipantGroupRefSchema } from '../schemas/ParticipantGroupRefSchema';
import { ParticipationSchema } from '../schemas/ParticipationSchema';
import { PersonRecordSchema } from '../schemas/PersonRecordSchema';
import { PersonSchema } from '../schemas/PersonSchema';
import { PhaseIdSchema } from '../schemas/PhaseIdSchema';
import { QuoteSchema } from '../schemas/QuoteSchema';
import { RankCodeSchema } from '../schemas/RankCodeSchema';
import { SourceSchema } from '../schemas/SourceSchema';
import { UnitKindSchema } from '../schemas/UnitKindSchema';
import { UnitSchema } from '../schemas/UnitSchema';
import { VenueAddressSchema } from '../schemas/VenueAddressSchema';
import { VenueSchema } from '../schemas/VenueSchema';

/** Every exported schema by its public name; the file is the kebab-case name without "Schema". */
export const EXPORTED_SCHEMAS: Record<string, z.ZodType> = {
  AppointmentSchema,
  AreaSchema,
  BilingualTextSchema,
  DatasetSchema,
  ElectionPhaseSchema,
  ElectionSchema,
  ElectionStageRuleSchema,
  EventElectionRefSchema,
  EventSchema,
  EvidenceSchema,
  IdSchema,
  LocalDateSchema,
  OfficerSchema,
  OfficialSchema,
  OrganizationSchema,
  ParticipantGroupRefSchema,
  ParticipationSchema,
  PersonRecordSchema,
  PersonSchema,
  PhaseIdSchema,
  QuoteSchema,
  RankCodeSchema,
  SourceSchema,
  UnitKindSchema,
  UnitSchema,
  VenueAddressSchema,
  VenueSchema,
};

/** `EventElectionRefSchema` → `event-election-ref.json`. */
export function fileNameOf(schemaName: string): string {
  const base = schemaName.replace(/Schema$/, '');
  let out = '';
  for (const ch of base) out += ch >= 'A' && ch <= 'Z' ? `${out === '' ? '' : '-'}${ch.toLowerCase()}` : ch;
  return `${out}.json`;
}

/** The JSON Schema document of one schema: 2020-12, describing what a payload may look like. */
export function toJsonSchemaDocument(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
}

/** Every document, keyed by file name. */
export function jsonSchemaDocuments(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(EXPORTED_SCHEMAS).map(([name, schema]) => [fileNameOf(name), toJsonSchemaDocument(schema)]),
  );
}
