import { DATE_PRECISIONS, EVENT_KIND_CODES, TOPIC_CODES } from '@kamtibmas/core';
import * as z from 'zod';
import { EventElectionRefSchema } from './EventElectionRefSchema';
import { IdSchema } from './IdSchema';
import { LocalDateSchema } from './LocalDateSchema';
import { ParticipantGroupRefSchema } from './ParticipantGroupRefSchema';
import { ParticipationSchema } from './ParticipationSchema';
import { QuoteSchema } from './QuoteSchema';
import { SourceSchema } from './SourceSchema';
import { text } from './text';
import { VenueSchema } from './VenueSchema';

/**
 * Zod schema of an {@link @kamtibmas/core!Event | Event}: the shape only (strict, at least one kind and
 * one source). The cross-field rules (self-delegation, stage of the election, stated weekday,
 * advisories) run in {@link validateEvent}.
 *
 * @example
 * ```ts
 * const event = {
 *   id: 'dialog-polsek-kedurang-2024-09-05', kinds: ['dialog'], title: 'Dialog Kamtibmas',
 *   date: '2024-09-05', datePrecision: 'day', organizerIds: ['polsek-kedurang'],
 *   participants: [], participantGroups: [], topics: ['kamtibmas'],
 *   sources: [{ publisher: 'Radar Kaur' }],
 * };
 * EventSchema.safeParse(event).success
 * //=> true
 * EventSchema.safeParse({ ...event, sources: [] }).success
 * //=> false
 * ```
 * @category Schemas
 */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    kinds: z.array(z.enum(EVENT_KIND_CODES)).min(1).describe('What kind of activity; at least one.'),
    title: text('Short title.'),
    theme: text('The theme as announced.').optional(),
    date: LocalDateSchema.optional(),
    dateText: text("The date as written, e.g. 'Jumat (24/11/2023)'.").optional(),
    datePrecision: z.enum(DATE_PRECISIONS).describe('How precisely date is known.'),
    venue: VenueSchema.optional(),
    organizerIds: z.array(IdSchema).describe('Ids of the units or organisations that held it.'),
    participants: z.array(ParticipationSchema),
    participantGroups: z.array(ParticipantGroupRefSchema),
    topics: z.array(z.enum(TOPIC_CODES)).describe('Topics addressed.'),
    election: EventElectionRefSchema.optional(),
    operation: text("Police operation it ran under, e.g. 'Operasi Mantap Brata 2023-2024'.").optional(),
    objectives: z.array(text('A stated objective.')).optional(),
    quotes: z.array(QuoteSchema).optional(),
    sources: z.array(SourceSchema).min(1).describe('Where the facts come from; at least one.'),
  })
  .meta({
    id: 'Event',
    title: 'Event',
    description: 'One community-engagement activity: an FGD, a dialog, a doa bersama …',
  });
