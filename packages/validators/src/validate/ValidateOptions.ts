import type { Issue } from '../issues/Issue';
import type { LocaleFallback, LocaleTag } from '../locale/MessageLocale';

/**
 * Options of {@link validateEvent} and {@link validateDataset}.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { locale: 'en-US' };
 * ```
 * @category Validation
 */
export interface ValidateOptions {
  /**
   * Language of the messages, a BCP 47 tag: `'id'`/`'id-ID'` (Indonesian, the default) or
   * `'en'`/`'en-US'`/`'en-GB'` … (English). A tag of another language gets English messages and a
   * `localeFallback` note on the result. From an HTTP header, use {@link negotiateLocale}.
   */
  locale?: LocaleTag | undefined;
}

/**
 * What {@link validateEvent} and {@link validateDataset} return. When `ok`, `value` is the
 * validated payload (a fresh plain copy, never the input object) and `advisories` lists the
 * `advisory` issues (possibly empty). When not `ok`, `issues` lists every `error` found; advisories
 * are only reported for valid payloads. `localeFallback` is present only when the requested
 * `locale` has no messages of its own and English was used instead.
 *
 * @example
 * ```ts
 * const report = (r: ValidationResult<unknown>) => (r.ok ? `${r.advisories.length} advisories` : `${r.issues.length} errors`);
 * ```
 * @category Validation
 */
export type ValidationResult<T> =
  | { ok: true; value: T; advisories: Issue[]; localeFallback?: LocaleFallback }
  | { ok: false; issues: Issue[]; localeFallback?: LocaleFallback };
