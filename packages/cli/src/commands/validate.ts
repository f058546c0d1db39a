import { isOneOf } from '../args/isOneOf';
import { type ParsedCommandArgs, parseCommandArgs } from '../args/parseCommandArgs';
import type { CliIo } from '../CliIo';
import { countUnreadable } from '../input/countUnreadable';
import { InputError } from '../input/InputError';
import { openTextSource } from '../input/openTextSource';
import { formatJsonSyntaxError } from '../json/formatJsonSyntaxError';
import { readJsonRecords } from '../json/readJsonRecords';
import { CLI_LOCALES, type CliLocale } from '../messages/CliLocale';
import { VALIDATE_MESSAGES, type ValidateTotals } from '../messages/validateMessages';
import { createJsonReporter } from '../output/createJsonReporter';
import { createNdjsonReporter } from '../output/createNdjsonReporter';
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
  --locale id|en              language of every message of the run, usage errors
                              included (default: id)
  --format text|json|ndjson   output format (default: text): text for people;
                              json is one document; ndjson is one JSON object per
                              line (each record, then the summary), every issue
                              with its severity (error or advisory)
  --errors-only               report only invalid records and their errors (and
                              the summary); valid records are still counted
  -h, --help                  show this help

Each record is reported with its location (file:line:column where it starts) and
each issue's position, path, code and message. Advisories are shown but never
fail a record.

Exit codes:
  0  every record is valid
  1  some record is invalid or is not readable JSON
  2  usage error, or an input could not be read (missing file, directory, …)

Examples:
  kamtibmas validate examples/broken-event.json --locale en
  kamtibmas validate events.ndjson --format json > report.json
  kamtibmas validate events.ndjson --errors-only --format ndjson | jq .issues
  cat events.ndjson | kamtibmas validate --kind event -
`;

const KINDS = ['event', 'dataset', 'auto'] as const;
const FORMATS = ['text', 'json', 'ndjson'] as const;
// How often (in records) to draw progress and wait for stdout to drain.
const YIELD_EVERY = 256;

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
    'errors-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  // One language per run: even a usage error is in the --locale asked for (when it is one we speak).
  const usageLocale = localeAskedFor(argv);
  const usage = VALIDATE_MESSAGES[usageLocale].usage;
  const fail = (message: string): 2 => {
    io.stderr(`kamtibmas validate: ${message}. ${usage.hint}\n`);
    return 2;
  };
  if (!parsed.ok) return fail(parseFailure(parsed, usage));
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const { kind, locale, format } = values;
  if (!isOneOf(kind, KINDS)) return fail(usage.unknownKind(String(kind)));
  if (!isOneOf(locale, CLI_LOCALES)) return fail(usage.unknownLocale(String(locale)));
  if (!isOneOf(format, FORMATS)) return fail(usage.unknownFormat(String(format)));
  if (positionals.length === 0) return fail(usage.noInput);
  const errorsOnly = values['errors-only'] === true;
  const words = VALIDATE_MESSAGES[locale];

  // Usage and I/O problems first, before any output, so a typo in a path costs no half-written report.
  if ((await countUnreadable(positionals, io, 'validate', (error) => words.inputError(error))) > 0) return 2;

  const missing = (kind === 'event' || kind === 'auto') && validators.validateEvent === undefined;
  const missingDataset = (kind === 'dataset' || kind === 'auto') && validators.validateDataset === undefined;
  if (missing || missingDataset) {
    io.stderr(`kamtibmas validate: ${words.validatorMissing(missing ? 'validateEvent' : 'validateDataset')}\n`);
    return 2;
  }

  const reporter =
    format === 'json'
      ? createJsonReporter(io.stdout)
      : format === 'ndjson'
        ? createNdjsonReporter(io.stdout)
        : createTextReporter(io.stdout, locale, createStyle(useColor(io.stdoutIsTTY, io.env ?? {})));
  const progress = createProgress(io.stderrIsTTY === true ? io.stderr : undefined);
  const totals: ValidateTotals = { records: 0, valid: 0, invalid: 0, advisories: 0, files: 0, inputErrors: 0 };

  for (const path of positionals) {
    try {
      await validateSource(path, io, validators, { kind, locale, errorsOnly }, reporter, totals, progress);
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
  options: { kind: RecordKind | 'auto'; locale: CliLocale; errorsOnly: boolean },
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
      if (outcome.ok) totals.valid++;
      else totals.invalid++;
      totals.advisories += outcome.advisories?.length ?? 0;
      // --errors-only: a valid record (and any advisory) is counted, not reported.
      if (options.errorsOnly && outcome.ok) {
        await pace(totals, progress, io, words, source.name);
        continue;
      }
      const issues = (outcome.ok ? [] : (outcome.issues ?? [])).map((issue) => locateIssue(issue, item.locations));
      const advisories = options.errorsOnly
        ? []
        : (outcome.advisories ?? []).map((issue) => locateIssue(issue, item.locations));
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
    await pace(totals, progress, io, words, source.name);
  }
}

/** Every YIELD_EVERY records: draw progress and let stdout drain. */
async function pace(
  totals: ValidateTotals,
  progress: Progress,
  io: CliIo,
  words: (typeof VALIDATE_MESSAGES)[CliLocale],
  name: string,
): Promise<void> {
  if (totals.records % YIELD_EVERY !== 0) return;
  progress.update(() => words.progress(totals.records, name));
  await io.flush?.();
}

/** The --locale of the command line when it is one the CLI speaks, else the default (id). */
function localeAskedFor(argv: readonly string[]): CliLocale {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--locale') asked = argv[i + 1];
    else if (arg.startsWith('--locale=')) asked = arg.slice('--locale='.length);
  }
  return isOneOf(asked, CLI_LOCALES) ? asked : 'id';
}

function parseFailure(
  parsed: Extract<ParsedCommandArgs, { ok: false }>,
  usage: (typeof VALIDATE_MESSAGES)[CliLocale]['usage'],
): string {
  if (parsed.option !== undefined && parsed.reason === 'unknown-option') return usage.unknownOption(parsed.option);
  if (parsed.option !== undefined && parsed.reason === 'invalid-value' && parsed.message.endsWith('argument missing'))
    return usage.missingValue(parsed.option);
  return parsed.message;
}
