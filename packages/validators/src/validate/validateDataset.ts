import type { Dataset } from '@kamtibmas/core';
import { datasetRules } from '../rules/datasetRules';
import { DatasetSchema } from '../schemas/DatasetSchema';
import { runValidation } from './runValidation';
import type { ValidateOptions, ValidationResult } from './ValidateOptions';

/**
 * Validates a dataset: shape ({@link DatasetSchema}), then the dataset rules — unique ids
 * (`duplicate_id`), references that resolve (`dangling_reference`), functional units with a
 * parent (`missing_parent`), parents of a kind that may contain the unit (`invalid_parent_kind`),
 * no parent cycles (`parent_cycle`), ranks within their positions' usual range (advisory
 * `rank_outside_position_range`) — and every {@link validateEvent} rule on each event. Never
 * throws, whatever the input.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `locale` of the messages, `'id'` (default) or `'en'`.
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
  return runValidation(input, options, DatasetSchema, datasetRules);
}
