import type { Issue } from '../issues/Issue';
import type { LocaleFallback, LocaleTag } from '../locale/MessageLocale';

/**
 * What the `validate` of a {@link KamtibmasStandardSchema} returns: Standard Schema v1's success
 * (`{ value }`, here with the `advisories` found) or failure (`{ issues }`, each issue with its
 * `path`, and also our `code`, `severity` and `params`). `localeFallback` is present when the
 * requested locale had no messages of its own and English was used.
 *
 * @example
 * ```ts
 * const count = (r: StandardValidationResult<unknown>) => (r.issues ? r.issues.length : 0);
 * ```
 * @category Standard Schema
 */
export type StandardValidationResult<Output = unknown> =
  | {
      readonly value: Output;
      readonly issues?: undefined;
      readonly advisories: readonly Issue[];
      readonly localeFallback?: LocaleFallback;
    }
  | { readonly issues: readonly Issue[]; readonly localeFallback?: LocaleFallback };

/**
 * Options the `validate` of a {@link KamtibmasStandardSchema} takes per call (Standard Schema's
 * `libraryOptions`): a `locale` for this call only.
 *
 * @example
 * ```ts
 * const options: StandardValidateOptions = { libraryOptions: { locale: 'en-US' } };
 * ```
 * @category Standard Schema
 */
export interface StandardValidateOptions {
  /** Vendor options; `locale` overrides the schema's locale for this call. */
  readonly libraryOptions?: { readonly locale?: LocaleTag | undefined } | Record<string, unknown> | undefined;
}

/**
 * A [Standard Schema v1](https://standardschema.dev) object that runs {@link validateEvent} or
 * {@link validateDataset}: shape, cross-field rules, salvage of the valid parts, bilingual messages.
 * Accepted wherever a `StandardSchemaV1<Input, Output>` is (tRPC, react-hook-form's
 * `standardSchemaResolver`, Hono's `sValidator`, …); made by {@link createStandardSchema}.
 *
 * @example
 * ```ts
 * const schema: KamtibmasStandardSchema<unknown, unknown> = createStandardSchema('event');
 * schema['~standard'].vendor
 * //=> 'kamtibmas'
 * ```
 * @category Standard Schema
 */
export interface KamtibmasStandardSchema<Input = unknown, Output = Input> {
  /** The Standard Schema v1 interface. */
  readonly '~standard': {
    /** Standard Schema version. */
    readonly version: 1;
    /** This library. */
    readonly vendor: 'kamtibmas';
    /** Validates a value; never throws, never returns a promise. */
    readonly validate: (
      value: unknown,
      options?: StandardValidateOptions | undefined,
    ) => StandardValidationResult<Output>;
    /** The input and output types, for type inference only (not set at run time). */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
