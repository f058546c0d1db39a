import type { CliLocale } from '../messages/CliLocale';
import { VALIDATE_MESSAGES, type ValidateTotals } from '../messages/validateMessages';
import type { LocatedIssue } from '../validation/locateIssue';
import type { RecordResult, ValidateReporter } from '../validation/RecordResult';
import type { Style } from './createStyle';
import { formatIssuePath } from './formatIssuePath';
import { issueMessageBody } from './issueMessageBody';

/**
 * A reporter that writes one line per record (`file:line:column ✓/✗ kind id`) followed by its
 * issues and advisories, one line each with position, path (once), code and message, then a
 * summary line.
 *
 * @param write - Writes to stdout.
 * @param locale - Language of the CLI's own words.
 * @param style - Colour helpers.
 * @returns The reporter.
 * @example
 * ```ts
 * const reporter = createTextReporter((s) => process.stdout.write(s), 'en', createStyle(false));
 * reporter.record({ type: 'validated', file: 'a.json', line: 1, column: 1, index: 0, kind: 'event', id: 'x', ok: true, issues: [], advisories: [] });
 * //=> prints "a.json:1:1 ✓ valid event x"
 * ```
 * @category Output
 */
export function createTextReporter(write: (text: string) => void, locale: CliLocale, style: Style): ValidateReporter {
  const words = VALIDATE_MESSAGES[locale];
  const issueLines = (label: string, paint: (text: string) => string, issues: readonly LocatedIssue[]): string =>
    issues
      .map((issue) => {
        const at = issue.line === undefined ? '' : `${style.dim(`${issue.line}:${issue.column}`)} `;
        // The path once: the validators' message starts with the field, which the line already shows.
        return `  ${paint(label)} ${at}${formatIssuePath(issue.path)} ${style.dim(`[${issue.code}]`)} ${issueMessageBody(issue)}\n`;
      })
      .join('');
  return {
    record(result: RecordResult) {
      if (result.type === 'syntax-error') {
        const where = `${result.file}:${result.error.line}:${result.error.column}`;
        write(`${style.dim(where)} ${words.json}: ${style.red(`✗ ${words.invalid}`)}\n`);
        write(`  ${style.red(words.error)} ${result.message}\n`);
        return;
      }
      const where = `${result.file}:${result.line}:${result.column}`;
      const verdict = result.ok ? style.green(`✓ ${words.valid}`) : style.red(`✗ ${words.invalid}`);
      const name = result.id === undefined ? result.kind : `${result.kind} ${style.bold(result.id)}`;
      // Name first, verdict second: reads right in both languages ("dataset: ✗ tidak valid").
      write(`${style.dim(where)} ${name}: ${verdict}\n`);
      write(issueLines(words.error, style.red, result.issues));
      write(issueLines(words.advisory, style.yellow, result.advisories));
    },
    inputError() {
      // Already explained on stderr; counted in the summary.
    },
    finish(summary: string, totals: ValidateTotals) {
      const paint = totals.invalid > 0 || totals.inputErrors > 0 ? style.red : style.green;
      write(`${paint(summary)}\n`);
    },
  };
}
