import type { ValidateTotals } from '../messages/validateMessages';
import type { RecordResult, ValidateReporter } from '../validation/RecordResult';
import { reportedIssue } from './reportedIssue';

/**
 * A reporter that writes NDJSON: one JSON object per line, as each record is validated, so a run
 * over 50 000 records can be piped into `jq`, a log shipper or another process line by line.
 * Every line has a `type`:
 *
 * - `"record"` — `file`, `line`, `column`, `index`, `kind`, `id`, `ok`, and `issues`: errors and
 *   advisories in one list, each with its `severity` (`error` or `advisory`), `path`, `code`,
 *   `message` and the value's `line`/`column`. A record that is not JSON has `syntaxError` instead.
 * - `"input-error"` — `path` and `message` of an input that could not be read.
 * - `"summary"` — last: the counts and the summary sentence (`text`).
 *
 * @param write - Writes to stdout.
 * @returns The reporter.
 * @example
 * ```ts
 * const reporter = createNdjsonReporter((s) => process.stdout.write(s));
 * reporter.record({ type: 'validated', file: 'a.ndjson', line: 1, column: 1, index: 0, kind: 'event', id: 'x', ok: true, issues: [], advisories: [] });
 * //=> prints {"type":"record","file":"a.ndjson","line":1,"column":1,"index":0,"kind":"event","id":"x","ok":true,"issues":[]}
 * ```
 * @category Output
 */
export function createNdjsonReporter(write: (text: string) => void): ValidateReporter {
  return {
    record(result: RecordResult) {
      if (result.type === 'syntax-error') {
        const { error } = result;
        write(
          `${JSON.stringify({
            type: 'record',
            file: result.file,
            line: error.line,
            column: error.column,
            index: null,
            kind: null,
            id: null,
            ok: false,
            syntaxError: { found: error.found ?? null, expected: error.expected, message: result.message },
            issues: [],
          })}\n`,
        );
        return;
      }
      write(
        `${JSON.stringify({
          type: 'record',
          file: result.file,
          line: result.line,
          column: result.column,
          index: result.index,
          kind: result.kind,
          id: result.id ?? null,
          ok: result.ok,
          issues: [
            ...result.issues.map((issue) => reportedIssue(issue, 'error')),
            ...result.advisories.map((issue) => reportedIssue(issue, 'advisory')),
          ],
        })}\n`,
      );
    },
    inputError(path: string, message: string) {
      write(`${JSON.stringify({ type: 'input-error', path, message })}\n`);
    },
    finish(summary: string, totals: ValidateTotals) {
      write(`${JSON.stringify({ type: 'summary', ...totals, text: summary })}\n`);
    },
  };
}
