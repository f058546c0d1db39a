import { parseCommandArgs } from '../args/parseCommandArgs';
import { usageError } from '../args/usageError';
import type { CliIo } from '../CliIo';
import { InputError, toInputError } from '../input/InputError';
import { checkReadable, openTextSource } from '../input/openTextSource';
import { formatJsonSyntaxError } from '../json/formatJsonSyntaxError';
import { readJsonRecords } from '../json/readJsonRecords';
import { CLI_LOCALES, type CliLocale } from '../messages/CliLocale';
import { VALIDATE_MESSAGES, type ValidateTotals } from '../messages/validateMessages';
import { createJsonReporter } from '../output/createJsonReporter';
import { createProgress, type Progress } from '../output/createProgress';
import { createStyle, useColor } from '../output/createStyle';
import { createTextReporter } from '../output/createTextReporter';
import { defaultValidators } from '../validation/defaultValidators';
import { detectRecordKind, type RecordKind } from '../validation/detectRecordKind';
import { locateIssue } from '../validation/locateIssue';
import type { ValidateReporter } from '../validation/RecordResult';
import type { Validators } from '../validation/ValidatorFunction';

/**
 * Help text of `kamtibmas validate`.
 *
 * @example
 * ```ts
 * VALIDATE_HELP.startsWith('Usage: kamtibmas validate')
 * //=> true
 * ```
 * @category Commands
 */
export const VALIDATE_HELP = `Usage: kamtibmas validate [options] <file…|->

Validate kamtibmas events or datasets. Each input is a JSON object, a JSON array of
objects, or NDJSON (one JSON value per line), detected automatically and read as a
stream, so large files use little memory. '-' reads standard input.

Options:
  --kind event|dataset|auto   what each record is (default: auto — an object with
                              'units' or 'events' arrays is a dataset, else an event)
  --locale id|en              language of messages (default: id)
  --format text|json          output format (default: text)
  -h, --help                  show this help

Each record is reported with its location (file:line:column where it starts) and
each issue's path, code and message. Advisories are shown but never fail a record.

Exit codes:
  0  every record is valid
  1  some record is invalid or is not readable JSON
  2  usage error, or an input could not be read (missing file, directory, …)

Examples:
  kamtibmas validate examples/broken-event.json --locale en
  kamtibmas validate events.ndjson --format json > report.json
  cat events.ndjson | kamtibmas validate --kind event -
`;

const KINDS = ['event', 'dataset', 'auto'] as const;
const FORMATS = ['text', 'json'] as const;
// How often (in records) to draw progress and wait for stdout to drain.
const YIELD_EVERY = 256;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Runs `kamtibmas validate`.
 *
 * @param argv - Arguments after `validate`.
 * @param io - Streams.
 * @param validators - The validators to call (default: those of `@kamtibmas/validators`).
 * @returns 0 when all records are valid, 1 when some are invalid, 2 on usage or input errors.
 * @example
 * ```ts
 * await runValidate(['examples/broken-event.json', '--locale', 'en'], io)
 * //=> 1
 * ```
 * @category Commands
 */
export async function runValidate(
  argv: readonly string[],
  io: CliIo,
  validators: Validators = defaultValidators(),
): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    kind: { type: 'string', default: 'auto' },
    locale: { type: 'string', default: 'id' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return usageError(io, 'validate', parsed.message);
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const { kind, locale, format } = values;
  if (!oneOf(kind, KINDS)) return usageError(io, 'validate', `unknown --kind '${kind}' (use event, dataset or auto)`);
  if (!oneOf(locale, CLI_LOCALES)) return usageError(io, 'validate', `unknown --locale '${locale}' (use id or en)`);
  if (!oneOf(format, FORMATS)) return usageError(io, 'validate', `unknown --format '${format}' (use text or json)`);
  if (positionals.length === 0) {
    return usageError(io, 'validate', "no input given: pass one or more files, or '-' to read standard input");
  }
  const words = VALIDATE_MESSAGES[locale];

  // Usage and I/O problems first, before any output, so a typo in a path costs no half-written report.
  let unreadable = 0;
  for (const path of positionals) {
    try {
      await checkReadable(path, io.stdin !== undefined);
    } catch (error) {
      io.stderr(`kamtibmas validate: ${words.inputError(toInputError(path, error))}\n`);
      unreadable++;
    }
  }
  if (unreadable > 0) return 2;

  const missing = (kind === 'event' || kind === 'auto') && validators.validateEvent === undefined;
  const missingDataset = (kind === 'dataset' || kind === 'auto') && validators.validateDataset === undefined;
  if (missing || missingDataset) {
    io.stderr(`kamtibmas validate: ${words.validatorMissing(missing ? 'validateEvent' : 'validateDataset')}\n`);
    return 2;
  }

  const reporter =
    format === 'json'
      ? createJsonReporter(io.stdout)
      : createTextReporter(io.stdout, locale, createStyle(useColor(io.stdoutIsTTY, io.env ?? {})));
  const progress = createProgress(io.stderrIsTTY === true ? io.stderr : undefined);
  const totals: ValidateTotals = { records: 0, valid: 0, invalid: 0, advisories: 0, files: 0, inputErrors: 0 };

  for (const path of positionals) {
    try {
      await validateSource(path, io, validators, { kind, locale }, reporter, totals, progress);
      totals.files++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      progress.done();
      const message = words.inputError(error);
      io.stderr(`kamtibmas validate: ${message}\n`);
      reporter.inputError(path, message);
      totals.inputErrors++;
    }
  }
  progress.done();
  reporter.finish(words.summary(totals), totals);
  if (totals.inputErrors > 0) return 2;
  return totals.invalid > 0 ? 1 : 0;
}

async function validateSource(
  path: string,
  io: CliIo,
  validators: Validators,
  options: { kind: RecordKind | 'auto'; locale: CliLocale },
  reporter: ValidateReporter,
  totals: ValidateTotals,
  progress: Progress,
): Promise<void> {
  const source = openTextSource(path, io.stdin);
  const words = VALIDATE_MESSAGES[options.locale];
  for await (const item of readJsonRecords(source.chunks, { lineDelimited: source.lineDelimited, locate: true })) {
    totals.records++;
    if (item.type === 'syntax-error') {
      totals.invalid++;
      reporter.record({
        type: 'syntax-error',
        file: source.name,
        error: item,
        message: formatJsonSyntaxError(item, options.locale),
      });
    } else {
      const kind = options.kind === 'auto' ? detectRecordKind(item.value) : options.kind;
      const validate = kind === 'event' ? validators.validateEvent! : validators.validateDataset!;
      const outcome = validate(item.value, { locale: options.locale });
      const issues = (outcome.ok ? [] : (outcome.issues ?? [])).map((issue) => locateIssue(issue, item.locations));
      const advisories = (outcome.advisories ?? []).map((issue) => locateIssue(issue, item.locations));
      if (outcome.ok) totals.valid++;
      else totals.invalid++;
      totals.advisories += advisories.length;
      const id =
        typeof item.value === 'object' && item.value !== null && typeof (item.value as { id?: unknown }).id === 'string'
          ? (item.value as { id: string }).id
          : undefined;
      reporter.record({
        type: 'validated',
        file: source.name,
        line: item.line,
        column: item.column,
        index: item.index,
        kind,
        id,
        ok: outcome.ok,
        issues,
        advisories,
      });
    }
    if (totals.records % YIELD_EVERY === 0) {
      progress.update(() => words.progress(totals.records, source.name));
      await io.flush?.();
    }
  }
}
