// A consumer of the built packages, as an app team would write it: every exported schema used
// the usual ways (infer input and output, compare with the core model type, compose, Standard
// Schema), the validators' results narrowed, and (in allTypes.generated.ts, written by
// check-types.mjs from the built declarations) every exported type named. Type-checked by the gate
// "type-check cost" in scripts/check.mjs; `pnpm bench types` records tsc's instantiation count.
import type * as Core from '@kamtibmas/core';
import {
  type AppointmentSchema,
  type AreaSchema,
  type BilingualTextSchema,
  createStandardSchema,
  type DatasetSchema,
  type ElectionPhaseSchema,
  type ElectionSchema,
  type ElectionStageRuleSchema,
  type EventElectionRefSchema,
  EventSchema,
  type EvidenceSchema,
  type IdSchema,
  type LocalDateSchema,
  negotiateLocale,
  type OfficerSchema,
  type OfficialSchema,
  type OrganizationSchema,
  type ParticipantGroupRefSchema,
  type ParticipationSchema,
  type PersonRecordSchema,
  type PersonSchema,
  type PhaseIdSchema,
  type QuoteSchema,
  type RankCodeSchema,
  type SourceSchema,
  type UnitKindSchema,
  type UnitSchema,
  type ValidationResult,
  type VenueAddressSchema,
  type VenueSchema,
  validateDataset,
  validateEvent,
} from '@kamtibmas/validators';
import * as z from 'zod';

/** true only when A and B are the same type (the usual mutual-conditional trick). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectTrue<T extends true>(_proof?: T): void {}

// Every schema's output is the core model type it models.
expectTrue<Equals<z.output<typeof AppointmentSchema>, Core.Appointment>>();
expectTrue<Equals<z.output<typeof AreaSchema>, Core.Area>>();
expectTrue<Equals<z.output<typeof BilingualTextSchema>, Core.BilingualText>>();
expectTrue<Equals<z.output<typeof DatasetSchema>, Core.Dataset>>();
expectTrue<Equals<z.output<typeof ElectionPhaseSchema>, Core.ElectionPhase>>();
expectTrue<Equals<z.output<typeof ElectionSchema>, Core.Election>>();
expectTrue<Equals<z.output<typeof ElectionStageRuleSchema>, Core.ElectionStageRule>>();
expectTrue<Equals<z.output<typeof EventElectionRefSchema>, Core.EventElectionRef>>();
expectTrue<Equals<z.output<typeof EventSchema>, Core.Event>>();
expectTrue<Equals<z.output<typeof EvidenceSchema>, Core.Evidence>>();
expectTrue<Equals<z.output<typeof IdSchema>, string>>();
expectTrue<Equals<z.output<typeof LocalDateSchema>, Core.LocalDate>>();
expectTrue<Equals<z.output<typeof OfficerSchema>, Core.Officer>>();
expectTrue<Equals<z.output<typeof OfficialSchema>, Core.Official>>();
expectTrue<Equals<z.output<typeof OrganizationSchema>, Core.Organization>>();
expectTrue<Equals<z.output<typeof ParticipantGroupRefSchema>, Core.ParticipantGroupRef>>();
expectTrue<Equals<z.output<typeof ParticipationSchema>, Core.Participation>>();
expectTrue<Equals<z.output<typeof PersonRecordSchema>, Core.PersonRecord>>();
expectTrue<Equals<z.output<typeof PersonSchema>, Core.Person>>();
expectTrue<Equals<z.output<typeof PhaseIdSchema>, string>>();
expectTrue<Equals<z.output<typeof QuoteSchema>, Core.Quote>>();
expectTrue<Equals<z.output<typeof RankCodeSchema>, Core.RankCode>>();
expectTrue<Equals<z.output<typeof SourceSchema>, Core.Source>>();
expectTrue<Equals<z.output<typeof UnitKindSchema>, Core.UnitKind>>();
expectTrue<Equals<z.output<typeof UnitSchema>, Core.Unit>>();
expectTrue<Equals<z.output<typeof VenueAddressSchema>, Core.VenueAddress>>();
expectTrue<Equals<z.output<typeof VenueSchema>, Core.Venue>>();

// Inputs: what a form or an API client may send (LocalDate is a branded string on output only).
export type DatasetInput = z.input<typeof DatasetSchema>;
export type EventInput = z.input<typeof EventSchema>;
export const sample: EventInput = {
  id: 'dialog-polsek-kedurang-2024-09-05',
  kinds: ['dialog'],
  title: 'Dialog Kamtibmas',
  date: '2024-09-05',
  datePrecision: 'day',
  organizerIds: ['polsek-kedurang'],
  participants: [],
  participantGroups: [],
  topics: ['kamtibmas'],
  sources: [{ publisher: 'Radar Kaur' }],
};

// Composition an app does with its own fields, and the Standard Schema view other libraries use.
export const ApiEventSchema = EventSchema.extend({ receivedAt: z.iso.datetime() });
export const EventSummarySchema = EventSchema.pick({ id: true, title: true, date: true, election: true });
export const EventPatchSchema = EventSchema.partial().strict();
export const EventPageSchema = z.object({ items: z.array(ApiEventSchema), next: z.string().optional() });
export type EventPage = z.output<typeof EventPageSchema>;
export type DatasetStandardOutput = NonNullable<(typeof DatasetSchema)['~standard']['types']>['output'];
expectTrue<Equals<DatasetStandardOutput, Core.Dataset>>();
expectTrue<Equals<z.output<typeof EventSummarySchema>['election'], Core.EventElectionRef | undefined>>();

// The validators' results narrow to the model types.
export function titles(body: unknown): string[] {
  const result: ValidationResult<Core.Dataset> = validateDataset(body, { locale: 'en' });
  if (!result.ok) return result.issues.map((issue) => `${issue.path.join('.')}: ${issue.code} ${issue.message}`);
  return result.value.events.map((event) => event.title);
}
export function eventDate(body: unknown): Core.LocalDate | undefined {
  const result = validateEvent(body);
  return result.ok ? result.value.date : undefined;
}

// Our Standard Schema: its output is the model type, as libraries infer it from `~standard.types`.
const StandardEvent = createStandardSchema('event', { locale: negotiateLocale('en-US,en;q=0.9') });
type StandardEventOutput = NonNullable<(typeof StandardEvent)['~standard']['types']>['output'];
expectTrue<Equals<StandardEventOutput, Core.Event>>();
export function standardTitle(body: unknown): string | undefined {
  const result = StandardEvent['~standard'].validate(body);
  return result.issues ? result.issues[0]?.code : result.value.title;
}
