import type { IssueCode } from '../issues/ISSUE_CODES';
import type { IssueParams } from '../issues/Issue';

/**
 * A message table: for every {@link IssueCode}, a function that writes the sentence from the
 * rendered field path (`events[0].sources`, or the root's name) and the issue's params. The mapped
 * type makes a table that misses a code fail to compile.
 *
 * @example
 * ```ts
 * const say = (table: MessageTable) => table.required('events[0].title', {});
 * ```
 * @category Validation
 */
export type MessageTable = {
  readonly [Code in IssueCode]: (field: string, params: IssueParams) => string;
};
