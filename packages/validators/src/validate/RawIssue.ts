// Private: an issue before it has a message. Rules and the zod mapper produce these; `render`
// turns them into public Issues in the requested locale.

import type { IssueCode } from '../issues/ISSUE_CODES';
import type { IssueParams } from '../issues/Issue';

export type Path = (string | number)[];

export interface RawIssue {
  path: Path;
  code: IssueCode;
  params: IssueParams;
}
