// Private: RawIssue → Issue in the requested locale.

import { ISSUE_CODES } from '../issues/ISSUE_CODES';
import type { Issue } from '../issues/Issue';
import { MESSAGES_EN } from '../messages/en';
import { MESSAGES_ID } from '../messages/id';
import { formatPath } from './display';
import type { RawIssue } from './RawIssue';

const TABLES = {
  id: { messages: MESSAGES_ID, root: '(akar)' },
  en: { messages: MESSAGES_EN, root: '(root)' },
} as const;

export function render(raw: RawIssue, locale: 'id' | 'en'): Issue {
  const table = TABLES[locale];
  return {
    path: raw.path,
    code: raw.code,
    severity: ISSUE_CODES[raw.code].severity,
    message: table.messages[raw.code](formatPath(raw.path, table.root), raw.params),
    params: raw.params,
  };
}
