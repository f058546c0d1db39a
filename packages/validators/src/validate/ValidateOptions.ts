import type { Issue } from '../issues/Issue';

/**
 * Options of {@link validateEvent} and {@link validateDataset}.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { locale: 'en' };
 * ```
 * @category Validation
 */
export interface ValidateOptions {
  /** Language of the messages: `'id'` (Indonesian, the default) or `'en'` (English). */
  locale?: 'id' | 'en';
}

/**
 * What {@link validateEvent} and {@link validateDataset} return. When `ok`, `value` is the
 * validated payload (a fresh plain copy, never the input object) and `advisories` lists the
 * `advisory` issues (possibly empty). When not `ok`, `issues` lists every `error` found; advisories
 * are only reported for valid payloads.
 *
 * @example
 * ```ts
 * const report = (r: ValidationResult<unknown>) => (r.ok ? `${r.advisories.length} advisories` : `${r.issues.length} errors`);
 * ```
 * @category Validation
 */
export type ValidationResult<T> = { ok: true; value: T; advisories: Issue[] } | { ok: false; issues: Issue[] };
