// Type-checked twice: by vitest's type tests with the repository's options, and by
// exactOptionalPropertyTypes.test.ts with `exactOptionalPropertyTypes: true`, the option app teams
// turn on. Under it `{ date?: LocalDate }` rejects an explicit `undefined`, so a schema whose
// output says `date?: LocalDate | undefined` is only assignable when core's type says so too.
import type * as Core from '@kamtibmas/core';
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

/** Compiles only when a value of type `Output` may be stored where `Model` is expected. */
function assignable<Model>(_output: Model): void {}
const output = <Schema extends z.ZodType>(): z.output<Schema> => undefined as never;

describe('every schema’s output is assignable to its core type', () => {
  it('under the compiler options in force', () => {
    assignable<Core.Appointment>(output<typeof AppointmentSchema>());
    assignable<Core.Area>(output<typeof AreaSchema>());
    assignable<Core.BilingualText>(output<typeof BilingualTextSchema>());
    assignable<Core.Dataset>(output<typeof DatasetSchema>());
    assignable<Core.ElectionPhase>(output<typeof ElectionPhaseSchema>());
    assignable<Core.Election>(output<typeof ElectionSchema>());
    assignable<NonNullable<Core.Election['rules']>[number]>(output<typeof ElectionStageRuleSchema>());
    assignable<Core.EventElectionRef>(output<typeof EventElectionRefSchema>());
    assignable<Core.Event>(output<typeof EventSchema>());
    assignable<Core.Evidence>(output<typeof EvidenceSchema>());
    assignable<Core.LocalDate>(output<typeof LocalDateSchema>());
    assignable<Core.Officer>(output<typeof OfficerSchema>());
    assignable<Core.Official>(output<typeof OfficialSchema>());
    assignable<Core.Organization>(output<typeof OrganizationSchema>());
    assignable<Core.ParticipantGroupRef>(output<typeof ParticipantGroupRefSchema>());
    assignable<Core.Participation>(output<typeof ParticipationSchema>());
    assignable<Core.PersonRecord>(output<typeof PersonRecordSchema>());
    assignable<Core.Person>(output<typeof PersonSchema>());
    assignable<Core.Quote>(output<typeof QuoteSchema>());
    assignable<Core.RankCode>(output<typeof RankCodeSchema>());
    assignable<Core.Source>(output<typeof SourceSchema>());
    assignable<Core.UnitKind>(output<typeof UnitKindSchema>());
    assignable<Core.Unit>(output<typeof UnitSchema>());
    assignable<Core.VenueAddress>(output<typeof VenueAddressSchema>());
    assignable<Core.Venue>(output<typeof VenueSchema>());
    expectTypeOf<z.output<typeof EventSchema>>().toExtend<Core.Event>();
    expectTypeOf<z.output<typeof DatasetSchema>>().toExtend<Core.Dataset>();
  });
});
