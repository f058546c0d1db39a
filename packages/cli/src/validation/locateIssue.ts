import type { CliIssue } from './ValidatorFunction';

/**
 * An issue with the line and column of the value it is about, when known.
 *
 * @example
 * ```ts
 * const issue: LocatedIssue = { path: ['date'], code: 'invalid_date', message: '…', line: 7, column: 15 };
 * ```
 * @category Validation
 */
export interface LocatedIssue extends CliIssue {
  /** Line of the value (or of its nearest enclosing value when the value is missing). */
  readonly line?: number;
  /** Column of that value. */
  readonly column?: number;
}

/**
 * Gives an issue the position of the value its path names, from the parser's value locations.
 * A missing value (a required key that is absent) takes the position of the object that lacks it.
 *
 * @param issue - The validator's issue.
 * @param locations - Value positions keyed by `JSON.stringify(path)`, or `undefined`.
 * @returns The issue with `line` and `column` when a position is known.
 * @example
 * ```ts
 * locateIssue({ path: ['date'], code: 'x', message: 'm' }, new Map([['["date"]', { line: 3, column: 11 }]]))
 * //=> { path: ['date'], code: 'x', message: 'm', line: 3, column: 11 }
 * ```
 * @category Validation
 */
export function locateIssue(
  issue: CliIssue,
  locations: ReadonlyMap<string, { line: number; column: number }> | undefined,
): LocatedIssue {
  if (locations === undefined) return issue;
  for (let length = issue.path.length; length >= 0; length--) {
    const position = locations.get(JSON.stringify(issue.path.slice(0, length)));
    if (position !== undefined) return { ...issue, line: position.line, column: position.column };
  }
  return issue;
}
