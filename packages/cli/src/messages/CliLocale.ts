/**
 * Languages of the CLI's own messages and of the validators' issues: Indonesian or English.
 *
 * @example
 * ```ts
 * const locale: CliLocale = 'id';
 * ```
 * @category Output
 */
export type CliLocale = 'id' | 'en';

/**
 * All {@link CliLocale} values, for option checking and help text.
 *
 * @example
 * ```ts
 * CLI_LOCALES.includes('en')
 * //=> true
 * ```
 * @category Output
 */
export const CLI_LOCALES: readonly CliLocale[] = ['id', 'en'];
