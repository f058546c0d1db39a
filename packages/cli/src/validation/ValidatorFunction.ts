import type { CliLocale } from '../messages/CliLocale';

/**
 * One validation issue or advisory as the validators report it.
 *
 * @example
 * ```ts
 * const issue: CliIssue = { path: ['sources'], code: 'event.no-source', message: 'an event needs at least one source' };
 * ```
 * @category Validation
 */
export interface CliIssue {
  /** Where in the record, from its root. */
  readonly path: readonly (string | number)[];
  /** Stable issue code. */
  readonly code: string;
  /** Message in the chosen locale. */
  readonly message: string;
}

/**
 * The part of a validator's result that the CLI reads: `{ ok: true; advisories }` or
 * `{ ok: false; issues }`.
 *
 * @example
 * ```ts
 * const outcome: ValidationOutcome = { ok: true, advisories: [] };
 * ```
 * @category Validation
 */
export interface ValidationOutcome {
  /** Whether the record is valid. */
  readonly ok: boolean;
  /** Errors (when not ok). */
  readonly issues?: readonly CliIssue[];
  /** Advisories (never make a record invalid). */
  readonly advisories?: readonly CliIssue[];
}

/**
 * The shape of `validateEvent` and `validateDataset` from `@kamtibmas/validators`.
 *
 * @example
 * ```ts
 * const alwaysValid: ValidatorFunction = () => ({ ok: true, advisories: [] });
 * ```
 * @category Validation
 */
export type ValidatorFunction = (input: unknown, options: { locale: CliLocale }) => ValidationOutcome;

/**
 * The validators a `validate` run uses; tests inject their own. `undefined` means the installed
 * `@kamtibmas/validators` does not provide it.
 *
 * @example
 * ```ts
 * const validators: Validators = { validateEvent: () => ({ ok: true }), validateDataset: undefined };
 * ```
 * @category Validation
 */
export interface Validators {
  /** Validates one event. */
  validateEvent: ValidatorFunction | undefined;
  /** Validates a whole dataset. */
  validateDataset: ValidatorFunction | undefined;
}
