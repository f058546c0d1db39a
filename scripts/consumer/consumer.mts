// Type-checked by scripts/check-packages.mjs as an ES module consumer.
import { type Dataset, type Event, isLocalDate, type LocalDate, RANK_CODES, type RankCode } from '@kamtibmas/core';
import { makeUnit } from '@kamtibmas/fixtures';
import { LocalDateSchema } from '@kamtibmas/validators';

const rank: RankCode = RANK_CODES[17];
const day: LocalDate = '2024-02-14';
const parsed = LocalDateSchema.safeParse(day);
const dataset: Dataset = { units: [makeUnit()], organizations: [], people: [], events: [] as Event[] };
export const ok: boolean = isLocalDate(day) && parsed.success && rank === 'KOMBES' && dataset.units.length === 1;
