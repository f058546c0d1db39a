// Type-checked by scripts/check-packages.mjs as an ES module consumer, with
// exactOptionalPropertyTypes on (as many app teams have it).
import { type Dataset, type Event, isLocalDate, type LocalDate, RANK_CODES, type RankCode } from '@kamtibmas/core';
import { type ArticleExtraction, extractArticle, type MergedExtractions, mergeExtractions } from '@kamtibmas/extract';
import { makeEvent, makeUnit } from '@kamtibmas/fixtures';
import {
  createStandardSchema,
  EventSchema,
  LocalDateSchema,
  type MessageLocale,
  negotiateLocale,
  validateEvent,
} from '@kamtibmas/validators';
import type * as z from 'zod';

const rank: RankCode = RANK_CODES[17];
const day: LocalDate = '2024-02-14';
const parsed = LocalDateSchema.safeParse(day);
const dataset: Dataset = { units: [makeUnit()], organizations: [], people: [], events: [] as Event[] };
const extraction: ArticleExtraction = extractArticle('Polres Lebong menggelar sosialisasi.', { publishedOn: day });
const merged: MergedExtractions = mergeExtractions([extraction], { known: dataset });
export const ok: boolean =
  merged.dataset.events.length <= 1 &&
  isLocalDate(day) &&
  parsed.success &&
  rank === 'KOMBES' &&
  dataset.units.length === 1;

// The inferred output of a schema is the model type, also under exactOptionalPropertyTypes.
export const inferred: Event = EventSchema.parse(makeEvent()) satisfies z.infer<typeof EventSchema>;

// Standard Schema with our rules, in the language of the request.
const locale: MessageLocale = negotiateLocale('en-US,en;q=0.9,id;q=0.8');
const EventInput = createStandardSchema('event', { locale });
const result = EventInput['~standard'].validate(makeEvent());
export const event: Event | undefined = result.issues ? undefined : result.value;
export const codes: string[] = result.issues ? result.issues.map((issue) => issue.code) : [];
export const checked: Event | undefined = (() => {
  const outcome = validateEvent({}, { locale: 'id-ID' });
  return outcome.ok ? outcome.value : undefined;
})();
