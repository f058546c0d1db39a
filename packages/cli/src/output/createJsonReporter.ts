import type { ValidateTotals } from '../messages/validateMessages';
import type { RecordResult, ValidateReporter } from '../validation/RecordResult';
import { reportedIssue } from './reportedIssue';

/**
 * A reporter that streams one JSON document, `{"records":[…],"inputErrors":[…],"summary":{…}}`,
 * writing each record as it comes so that memory stays flat on long runs. Each issue carries its
 * `severity` (`error` in `issues`, `advisory` in `advisories`). For one object per line, see
 * {@link createNdjsonReporter}.
 *
 * @param write - Writes to stdout.
 * @returns The reporter.
 * @example
 * ```ts
 * const reporter = createJsonReporter((s) => process.stdout.write(s));
 * reporter.finish('Summary: 0 valid, 0 invalid, 0 advisories', { records: 0, valid: 0, invalid: 0, advisories: 0, files: 1, inputErrors: 0 });
 * //=> prints {"records":[],"inputErrors":[],"summary":{…}}
 * ```
 * @category Output
 */
export function createJsonReporter(write: (text: string) => void): ValidateReporter {
  let records = 0;
  const inputErrors: { path: string; message: string }[] = [];
  return {
    record(result: RecordResult) {
      write(records === 0 ? '{"records":[\n' : ',\n');
      records++;
      if (result.type === 'syntax-error') {
        const { error } = result;
        write(
          JSON.stringify({
            file: result.file,
            line: error.line,
            column: error.column,
            index: null,
            kind: null,
            ok: false,
            syntaxError: { found: error.found ?? null, expected: error.expected, message: result.message },
            issues: [],
            advisories: [],
          }),
        );
        return;
      }
      write(
        JSON.stringify({
          file: result.file,
          line: result.line,
          column: result.column,
          index: result.index,
          kind: result.kind,
          id: result.id ?? null,
          ok: result.ok,
          issues: result.issues.map((issue) => reportedIssue(issue, 'error')),
          advisories: result.advisories.map((issue) => reportedIssue(issue, 'advisory')),
        }),
      );
    },
    inputError(path: string, message: string) {
      inputErrors.push({ path, message });
    },
    finish(summary: string, totals: ValidateTotals) {
      write(records === 0 ? '{"records":[' : '\n');
      write(
        `],"inputErrors":${JSON.stringify(inputErrors)},"summary":${JSON.stringify({ ...totals, text: summary })}}\n`,
      );
    },
  };
}
