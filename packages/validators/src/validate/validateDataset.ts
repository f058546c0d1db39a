import type { Dataset } from '@kamtibmas/core';
import { datasetRules } from '../rules/datasetRules';
import { eventRules } from '../rules/eventRules';
import { DatasetSchema } from '../schemas/DatasetSchema';
import { runValidation } from './runValidation';
import { salvageEvent } from './salvageEvent';
import type { ValidateOptions, ValidationResult } from './ValidateOptions';

/**
 * Validates a dataset: shape ({@link DatasetSchema}), then the dataset rules — unique ids
 * (`duplicate_id`), references that resolve (`dangling_reference`), functional units with a
 * parent (`missing_parent`), parents of a kind that may contain the unit (`invalid_parent_kind`),
 * no parent cycles (`parent_cycle`), ranks within their positions' usual range (advisory
 * `rank_outside_position_range`) — and every {@link validateEvent} rule on each event. When the
 * shape is invalid, the dataset rules wait (a reference may point at the record that failed), but
 * each event's own rules still run on its valid fields. Never throws, whatever the input.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `locale` of the messages, a BCP 47 tag: `'id'`/`'id-ID'` (default) or `'en'`/`'en-US'` …;
 *   another language is answered in English, with `localeFallback` on the result. See {@link negotiateLocale}.
 * @returns `{ ok: true, value, advisories }` or `{ ok: false, issues }`; see {@link ValidationResult}.
 * @example
 * ```ts
 * const result = validateDataset({ units: [{ id: 'satbinmas-x', kind: 'satuan', name: 'Satbinmas X' }], organizations: [], people: [], events: [] });
 * result.ok ? [] : result.issues.map((issue) => issue.code)
 * //=> ['missing_parent']
 * ```
 * @category Validation
 */
export function validateDataset(input: unknown, options?: ValidateOptions): ValidationResult<Dataset> {
  return runValidation(input, options, DatasetSchema, datasetRules, eventRulesOnValidParts);
}

// When the dataset's shape is invalid, references and nesting cannot be judged (a reference may
// point at the very record that failed), but each event's own rules still can.
function eventRulesOnValidParts(raw: unknown) {
  const events = typeof raw === 'object' && raw !== null ? (raw as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return [];
  return events.flatMap((event, i) => {
    const partial = salvageEvent(event);
    return partial ? eventRules(partial, ['events', i]) : [];
  });
}
