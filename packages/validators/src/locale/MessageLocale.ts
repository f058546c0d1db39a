/**
 * The languages the issue messages are written in: `'id'` (Indonesian) and `'en'` (English).
 *
 * @example
 * ```ts
 * const locale: MessageLocale = 'en';
 * ```
 * @category Validation
 */
export type MessageLocale = 'id' | 'en';

/**
 * A language tag for the `locale` option: `'id'`, `'en'`, or any BCP 47 tag as apps and browsers
 * write it (`'en-US'`, `'id-ID'`, `'en_GB'`). Tags of other languages are accepted too and answered
 * in English, with a {@link LocaleFallback} on the result.
 *
 * @example
 * ```ts
 * const tags: LocaleTag[] = ['id', 'en-US', 'id-ID', 'fr-FR'];
 * ```
 * @category Validation
 */
export type LocaleTag = MessageLocale | (string & {});

/**
 * Set on a validation result when the requested `locale` has no message table: the messages are
 * then in English, and this says so.
 *
 * @example
 * ```ts
 * const note: LocaleFallback = { requested: 'fr-FR', used: 'en' };
 * ```
 * @category Validation
 */
export interface LocaleFallback {
  /** The `locale` option as given (cut to 35 characters). */
  requested: string;
  /** The language used instead. */
  used: 'en';
}
