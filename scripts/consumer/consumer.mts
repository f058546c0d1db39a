// Type-checked by scripts/check-packages.mjs as an ES module consumer.
import { type Dataset, type Event, isLocalDate, type LocalDate, RANK_CODES, type RankCode } from '@kamtibmas/core';
import { type ArticleExtraction, extractArticle, type MergedExtractions, mergeExtractions } from '@kamtibmas/extract';
import { makeUnit } from '@kamtibmas/fixtures';
import { LocalDateSchema } from '@kamtibmas/validators';

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
