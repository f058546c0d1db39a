import type {
  Appointment,
  Area,
  BilingualText,
  Dataset,
  Election,
  ElectionPhase,
  Event,
  EventElectionRef,
  Evidence,
  LocalDate,
  Officer,
  Official,
  Organization,
  ParticipantGroupRef,
  Participation,
  Person,
  PersonRecord,
  Quote,
  RankCode,
  Source,
  Unit,
  UnitKind,
  Venue,
  VenueAddress,
} from '@kamtibmas/core';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { AppointmentSchema } from './AppointmentSchema';
import type { AreaSchema } from './AreaSchema';
import type { BilingualTextSchema } from './BilingualTextSchema';
import type { DatasetSchema } from './DatasetSchema';
import type { ElectionPhaseSchema } from './ElectionPhaseSchema';
import type { ElectionSchema } from './ElectionSchema';
import type { ElectionStageRuleSchema } from './ElectionStageRuleSchema';
import type { EventElectionRefSchema } from './EventElectionRefSchema';
import type { EventSchema } from './EventSchema';
import type { EvidenceSchema } from './EvidenceSchema';
import type { LocalDateSchema } from './LocalDateSchema';
import type { OfficerSchema } from './OfficerSchema';
import type { OfficialSchema } from './OfficialSchema';
import type { OrganizationSchema } from './OrganizationSchema';
import type { ParticipantGroupRefSchema } from './ParticipantGroupRefSchema';
import type { ParticipationSchema } from './ParticipationSchema';
import type { PersonRecordSchema } from './PersonRecordSchema';
import type { PersonSchema } from './PersonSchema';
import type { QuoteSchema } from './QuoteSchema';
import type { RankCodeSchema } from './RankCodeSchema';
import type { SourceSchema } from './SourceSchema';
import type { UnitKindSchema } from './UnitKindSchema';
import type { UnitSchema } from './UnitSchema';
import type { VenueAddressSchema } from './VenueAddressSchema';
import type { VenueSchema } from './VenueSchema';

describe('schema output types equal the core model types', () => {
  it('codes and dates', () => {
    expectTypeOf<z.output<typeof LocalDateSchema>>().toEqualTypeOf<LocalDate>();
    expectTypeOf<z.output<typeof RankCodeSchema>>().toEqualTypeOf<RankCode>();
    expectTypeOf<z.output<typeof UnitKindSchema>>().toEqualTypeOf<UnitKind>();
  });
  it('units and organisations', () => {
    expectTypeOf<z.output<typeof AreaSchema>>().toEqualTypeOf<Area>();
    expectTypeOf<z.output<typeof UnitSchema>>().toEqualTypeOf<Unit>();
    expectTypeOf<z.output<typeof OrganizationSchema>>().toEqualTypeOf<Organization>();
  });
  it('people', () => {
    expectTypeOf<z.output<typeof AppointmentSchema>>().toEqualTypeOf<Appointment>();
    expectTypeOf<z.output<typeof PersonSchema>>().toEqualTypeOf<Person>();
    expectTypeOf<z.output<typeof OfficerSchema>>().toEqualTypeOf<Officer>();
    expectTypeOf<z.output<typeof OfficialSchema>>().toEqualTypeOf<Official>();
    expectTypeOf<z.output<typeof PersonRecordSchema>>().toEqualTypeOf<PersonRecord>();
  });
  it('events', () => {
    expectTypeOf<z.output<typeof ParticipationSchema>>().toEqualTypeOf<Participation>();
    expectTypeOf<z.output<typeof ParticipantGroupRefSchema>>().toEqualTypeOf<ParticipantGroupRef>();
    expectTypeOf<z.output<typeof VenueAddressSchema>>().toEqualTypeOf<VenueAddress>();
    expectTypeOf<z.output<typeof VenueSchema>>().toEqualTypeOf<Venue>();
    expectTypeOf<z.output<typeof EventElectionRefSchema>>().toEqualTypeOf<EventElectionRef>();
    expectTypeOf<z.output<typeof QuoteSchema>>().toEqualTypeOf<Quote>();
    expectTypeOf<z.output<typeof EvidenceSchema>>().toEqualTypeOf<Evidence>();
    expectTypeOf<z.output<typeof SourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.output<typeof EventSchema>>().toEqualTypeOf<Event>();
  });
  it('elections and datasets', () => {
    expectTypeOf<z.output<typeof BilingualTextSchema>>().toEqualTypeOf<BilingualText>();
    expectTypeOf<z.output<typeof ElectionPhaseSchema>>().toEqualTypeOf<ElectionPhase>();
    expectTypeOf<z.output<typeof ElectionStageRuleSchema>>().toEqualTypeOf<NonNullable<Election['rules']>[number]>();
    expectTypeOf<z.output<typeof ElectionSchema>>().toEqualTypeOf<Election>();
    expectTypeOf<z.output<typeof DatasetSchema>>().toEqualTypeOf<Dataset>();
  });
  it('a schema that drifted from its type fails the comparison', () => {
    expectTypeOf<z.output<typeof UnitSchema>>().not.toEqualTypeOf<Omit<Unit, 'area'>>();
    expectTypeOf<z.output<typeof EventSchema>>().not.toEqualTypeOf<Event & { extra: string }>();
  });
});
