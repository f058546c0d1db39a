import type { JsonExpectation } from './JsonExpectation';

/**
 * A syntax error at a located character. `found` is the offending character, or `undefined` at the
 * end of the input. `recovered` says whether parsing resumed at the next line (NDJSON) or stopped.
 *
 * @example
 * ```ts
 * const error: JsonSyntaxError = { type: 'syntax-error', line: 3, column: 14, found: ',', expected: 'value', recovered: false };
 * ```
 * @category JSON streaming
 */
export interface JsonSyntaxError {
  /** Discriminant. */
  type: 'syntax-error';
  /** Line of the offending character (1-based). */
  line: number;
  /** Column of the offending character (1-based). */
  column: number;
  /** The offending character, or `undefined` when the input ended too early. */
  found: string | undefined;
  /** What would have been valid there. */
  expected: JsonExpectation;
  /** True when parsing resumed at the next line; false when the rest of the input is skipped. */
  recovered: boolean;
}
