import type { JsonSyntaxError } from '../json/JsonSyntaxError';
import type { ValidateTotals } from '../messages/validateMessages';
import type { RecordKind } from './detectRecordKind';
import type { LocatedIssue } from './locateIssue';

/**
 * The outcome of one record of a `validate` run, located in its input.
 *
 * @example
 * ```ts
 * const result: RecordResult = {
 *   type: 'validated', file: 'events.ndjson', line: 2, column: 1, index: 1,
 *   kind: 'event', id: 'fgd-1', ok: true, issues: [], advisories: [],
 * };
 * ```
 * @category Validation
 */
export type RecordResult =
  | {
      /** A parsed record that went through a validator. */
      type: 'validated';
      /** Input name. */
      file: string;
      /** Line where the record starts. */
      line: number;
      /** Column where the record starts. */
      column: number;
      /** Position of the record in its input (0-based). */
      index: number;
      /** What it was validated as. */
      kind: RecordKind;
      /** The record's `id`, when it has a string one. */
      id: string | undefined;
      /** Valid or not. */
      ok: boolean;
      /** Errors. */
      issues: readonly LocatedIssue[];
      /** Advisories. */
      advisories: readonly LocatedIssue[];
    }
  | {
      /** Text that is not JSON. */
      type: 'syntax-error';
      /** Input name. */
      file: string;
      /** The located error. */
      error: JsonSyntaxError;
      /** The error as a sentence in the chosen locale. */
      message: string;
    };

/**
 * Where `validate` writes its results: human text or streamed JSON.
 *
 * @example
 * ```ts
 * const silent: ValidateReporter = { record() {}, inputError() {}, finish() {} };
 * ```
 * @category Validation
 */
export interface ValidateReporter {
  /**
   * Reports one record.
   *
   * @param result - The record's outcome.
   */
  record(result: RecordResult): void;
  /**
   * Notes an input that could not be read (already explained on stderr).
   *
   * @param path - The input as given.
   * @param message - The explanation.
   */
  inputError(path: string, message: string): void;
  /**
   * Writes the summary.
   *
   * @param summary - The summary line in the chosen locale.
   * @param totals - The counts.
   */
  finish(summary: string, totals: ValidateTotals): void;
}
