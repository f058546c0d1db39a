import type { LocatedIssue } from '../validation/locateIssue';

/**
 * One issue as the JSON and NDJSON reports write it: path, code, severity, message, and the line
 * and column of the value when known.
 *
 * @example
 * ```ts
 * const issue: ReportedIssue = { path: ['date'], code: 'invalid_date', severity: 'error', message: '…', line: 3, column: 11 };
 * ```
 * @category Output
 */
export interface ReportedIssue {
  /** Where in the record. */
  path: readonly (string | number)[];
  /** Stable issue code. */
  code: string;
  /** `error` makes the record invalid; `advisory` does not. */
  severity: 'error' | 'advisory';
  /** Message in the run's language. */
  message: string;
  /** Line of the value, when known. */
  line: number | undefined;
  /** Column of the value, when known. */
  column: number | undefined;
}

/**
 * The {@link ReportedIssue} of a located issue.
 *
 * @param issue - The located issue.
 * @param severity - Whether it came as an error or an advisory.
 * @returns The issue as reported (fields in a fixed order).
 * @example
 * ```ts
 * reportedIssue({ path: ['date'], code: 'invalid_date', message: 'm', line: 3, column: 11 }, 'error')
 * //=> { path: ['date'], code: 'invalid_date', severity: 'error', message: 'm', line: 3, column: 11 }
 * ```
 * @category Output
 */
export function reportedIssue(issue: LocatedIssue, severity: 'error' | 'advisory'): ReportedIssue {
  return {
    path: issue.path,
    code: issue.code,
    severity,
    message: issue.message,
    line: issue.line,
    column: issue.column,
  };
}
