import { formatIssuePath } from './formatIssuePath';

// How the validators name the root in their messages, in each language.
const ROOT_NAMES = ['(root)', '(akar)'];

/**
 * An issue's message without the field name it starts with, so that a report line that already
 * shows the path does not show it twice. `@kamtibmas/validators` writes every message as
 * `<field>: <what is wrong> — <fix>`; a message that does not start with its issue's field (another
 * validator's) is returned whole.
 *
 * @param issue - The issue's path and message.
 * @returns The message after `<field>: `, or the whole message.
 * @example
 * ```ts
 * issueMessageBody({ path: ['sources', 0, 'url'], message: "sources[0].url: wrong format 'x' — expected http(s) URL." })
 * //=> "wrong format 'x' — expected http(s) URL."
 * issueMessageBody({ path: [], message: '(akar): jenis nilai salah — seharusnya object, diterima null.' })
 * //=> 'jenis nilai salah — seharusnya object, diterima null.'
 * ```
 * @category Output
 */
export function issueMessageBody(issue: {
  readonly path: readonly (string | number)[];
  readonly message: string;
}): string {
  const shown = formatIssuePath(issue.path);
  // The validators quote odd keys with single quotes (`venue['nama tempat']`), this CLI with double.
  const fields = issue.path.length === 0 ? ROOT_NAMES : [shown, shown.replace(/\["((?:[^"\\]|\\.)*)"\]/g, "['$1']")];
  for (const field of fields) {
    if (issue.message.startsWith(`${field}: `)) return issue.message.slice(field.length + 2);
  }
  return issue.message;
}
