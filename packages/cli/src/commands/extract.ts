import { availableParallelism } from 'node:os';
import { isLocalDate } from '@kamtibmas/core';
import type { ExtractArticleOptions } from '@kamtibmas/extract';
import { isOneOf } from '../args/isOneOf';
import { parseCommandArgs } from '../args/parseCommandArgs';
import { usageError } from '../args/usageError';
import type { CliIo } from '../CliIo';
import { createExtractPool, type ExtractPool, WORKER_MAX_LINE } from '../extract/ExtractPool';
import { type ExtractLineOptions, extractText, type LineResult } from '../extract/extractLine';
import { readLines } from '../extract/readLines';
import { type ExtractInputKind, sniffInputKind } from '../extract/sniffInputKind';
import { countUnreadable } from '../input/countUnreadable';
import { InputError } from '../input/InputError';
import { openTextSource } from '../input/openTextSource';
import { CLI_LOCALES, type CliLocale } from '../messages/CliLocale';
import { EXTRACT_MESSAGES, type ExtractTotals } from '../messages/extractMessages';
import { createProgress, type Progress } from '../output/createProgress';

/**
 * Help text of `kamtibmas extract`.
 *
 * @example
 * ```ts
 * EXTRACT_HELP.startsWith('Usage: kamtibmas extract')
 * //=> true
 * ```
 * @category Commands
 */
export const EXTRACT_HELP = `Usage: kamtibmas extract [options] <file…|->

Read Indonesian news articles into draft kamtibmas datasets (@kamtibmas/extract):
the units, organisations and people an activity involves and the event itself,
every fact with its evidence (a verbatim quote with its offsets in the text).

Inputs ('-' reads standard input):
  article.txt        one article as plain text → one JSON extraction on stdout
                     (with --url, --publisher, --published-on for what the text
                     does not say)
  articles.ndjson    one JSON object per line: {"text": "…"} with optional "url",
                     "publisher" and "publishedOn" ("YYYY-MM-DD"; other keys are
                     ignored, an "id" is echoed) → NDJSON out, one line per record,
                     in input order:
                       {"file", "line", "id"?, "url"?, "extraction", "validation"?}
                     A line that is not such a record gives
                       {"file", "line", "error": {"code", "message"}}
                     and a message on stderr; the other lines are still extracted.
  .jsonl/.ldjson are NDJSON too; standard input and other files are NDJSON when
  they start with '{', else text. With several inputs every result is one NDJSON
  line ({"file", "extraction", "validation"?} for a text file). NDJSON is
  streamed (memory does not grow with the input) and spread over worker
  threads; a small input (under 64 records) is extracted in-process.

Options:
  --validate              attach "validation": {"ok", "issues"} from validateDataset
  --locale id|en          language of messages and issues (default: id)
  --jobs <n>              worker threads for NDJSON (default: one per core; 0: none)
  --url <url>             (text input) the article's address
  --publisher <name>      (text input) the outlet
  --published-on <date>   (text input) publication date, YYYY-MM-DD: dates written
                          without a year ("(24/8)") are read against it
  -h, --help              show this help

Exit codes:
  0  every article extracted (and, with --validate, every draft valid)
  1  some line could not be read as an article, or (with --validate) a draft is invalid
  2  usage error, or an input could not be read

Examples:
  kamtibmas extract article.txt --published-on 2024-11-20 --publisher "Radar Kaur"
  kamtibmas extract articles.ndjson --validate > drafts.ndjson
  echo '{"text": "Polres Lebong menggelar sosialisasi …", "publishedOn": "2024-02-05"}' | kamtibmas extract -
`;

const IN_PROCESS_MAX = 64;
const BATCH_LINES = 16;
const BATCHES_PER_THREAD = 4;
const FLUSH_EVERY = 256;
const MAX_JOBS = 64;

/**
 * Options of {@link runExtract} for embedding and tests.
 *
 * @example
 * ```ts
 * const options: RunExtractOptions = { threads: 0 };
 * ```
 * @category Commands
 */
export interface RunExtractOptions {
  /** Worker threads when `--jobs` is not given (default: one per core). */
  threads?: number;
}

interface Run {
  io: CliIo;
  words: (typeof EXTRACT_MESSAGES)[CliLocale];
  lineOptions: ExtractLineOptions;
  totals: ExtractTotals;
  progress: Progress;
  started: number;
  threads: number;
  pool: ExtractPool | undefined;
  nextBatch: number;
}

/**
 * Runs `kamtibmas extract`.
 *
 * @param argv - Arguments after `extract`.
 * @param io - Streams.
 * @param options - Defaults for embedding and tests.
 * @returns 0 when every article was extracted (and valid with `--validate`), 1 when some line
 *   failed or a draft is invalid, 2 on usage or input errors.
 * @example
 * ```ts
 * await runExtract(['packages/fixtures/test/articles/004_b6255de1fb23a302.txt'], io)
 * //=> 0
 * ```
 * @category Commands
 */
export async function runExtract(argv: readonly string[], io: CliIo, options: RunExtractOptions = {}): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    validate: { type: 'boolean' },
    locale: { type: 'string', default: 'id' },
    jobs: { type: 'string' },
    url: { type: 'string' },
    publisher: { type: 'string' },
    'published-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return usageError(io, 'extract', parsed.message);
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  const locale = values.locale;
  if (!isOneOf(locale, CLI_LOCALES)) {
    return usageError(io, 'extract', `unknown --locale '${locale}' (use id or en)`);
  }
  const publishedOn = values['published-on'];
  if (typeof publishedOn === 'string' && !isLocalDate(publishedOn)) {
    return usageError(
      io,
      'extract',
      `--published-on '${publishedOn}' is not a date: write it YYYY-MM-DD, e.g. 2024-11-20`,
    );
  }
  let threads = options.threads ?? availableParallelism();
  if (values.jobs !== undefined) {
    const jobs = String(values.jobs);
    if (!/^\d{1,2}$/.test(jobs) || Number(jobs) > MAX_JOBS) {
      return usageError(io, 'extract', `--jobs '${jobs}' is not a number of threads from 0 to ${MAX_JOBS}`);
    }
    threads = Number(jobs);
  }
  if (positionals.length === 0) {
    return usageError(
      io,
      'extract',
      "no input given: pass one or more article files (.txt or .ndjson), or '-' to read standard input",
    );
  }
  const words = EXTRACT_MESSAGES[locale];
  if ((await countUnreadable(positionals, io, 'extract', (error) => words.inputError(error))) > 0) return 2;

  const articleOptions: ExtractArticleOptions = {
    ...(typeof values.url === 'string' ? { url: values.url } : {}),
    ...(typeof values.publisher === 'string' ? { publisher: values.publisher } : {}),
    ...(typeof publishedOn === 'string' ? { publishedOn } : {}),
  };
  const run: Run = {
    io,
    words,
    lineOptions: { validate: values.validate === true, locale },
    totals: { records: 0, extracted: 0, failed: 0, invalid: 0 },
    progress: createProgress(io.stderrIsTTY === true ? io.stderr : undefined),
    started: Date.now(),
    threads,
    pool: undefined,
    nextBatch: 0,
  };
  let inputErrors = 0;
  try {
    for (const path of positionals) {
      try {
        const source = openTextSource(path, io.stdin);
        const { kind, chunks } = await sniffInputKind(path, source.chunks);
        await extractInput(run, source.name, kind, chunks, articleOptions, positionals.length === 1);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        run.progress.done();
        io.stderr(`kamtibmas extract: ${words.inputError(error)}\n`);
        inputErrors++;
      }
    }
  } finally {
    run.progress.done();
    await run.pool?.close();
  }
  if (io.stderrIsTTY === true) io.stderr(`${words.summary(run.totals, run.lineOptions.validate)}\n`);
  if (inputErrors > 0) return 2;
  return run.totals.failed > 0 || run.totals.invalid > 0 ? 1 : 0;
}

async function extractInput(
  run: Run,
  name: string,
  kind: ExtractInputKind,
  chunks: AsyncIterable<string>,
  articleOptions: ExtractArticleOptions,
  only: boolean,
): Promise<void> {
  if (kind === 'text') {
    let text = '';
    for await (const chunk of chunks) text += chunk;
    const { value, invalid } = extractText(text, articleOptions, run.lineOptions);
    run.totals.records++;
    run.totals.extracted++;
    if (invalid) run.totals.invalid++;
    if (only) run.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
    else {
      // One NDJSON line, in the envelope of an NDJSON record's result.
      const { validation, ...extraction } = value as { validation?: unknown };
      run.io.stdout(
        `${JSON.stringify({ file: name, extraction, ...(validation === undefined ? {} : { validation }) })}\n`,
      );
    }
    return;
  }
  const lines = readLines(chunks)[Symbol.asyncIterator]();
  // Look ahead: a small input is extracted in this thread, without starting workers.
  const head: { line: number; text: string }[] = [];
  let ended = false;
  while (head.length < IN_PROCESS_MAX) {
    const next = await lines.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const inProcess = createExtractPool(0, run.lineOptions);
  let pool: ExtractPool;
  if (ended || run.threads === 0) pool = inProcess;
  else {
    run.pool ??= createExtractPool(run.threads, run.lineOptions);
    pool = run.pool;
  }
  const maxQueued = Math.max(1, pool.threads) * BATCHES_PER_THREAD;
  const queue: Promise<LineResult[]>[] = [];
  let batch: { line: number; text: string }[] = [];
  const send = (on: ExtractPool = pool) => {
    if (batch.length === 0) return;
    const pending = on.run({ id: run.nextBatch++, file: name, lines: batch });
    pending.catch(() => {}); // awaited in order below; this only keeps an early failure from being "unhandled"
    queue.push(pending);
    batch = [];
  };
  const writeFirst = async () => {
    const results = await queue.shift()!;
    for (const result of results) await write(run, name, result);
  };
  async function* all(): AsyncGenerator<{ line: number; text: string }, void, undefined> {
    yield* head;
    if (ended) return;
    for (;;) {
      const next = await lines.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for await (const item of all()) {
    if (item.text.length > WORKER_MAX_LINE && pool !== inProcess) {
      // A very long line goes to this thread (workers have a bounded heap), in its place in the order.
      send();
      batch.push(item);
      send(inProcess);
      while (queue.length >= maxQueued) await writeFirst();
      continue;
    }
    batch.push(item);
    if (batch.length >= BATCH_LINES) send();
    while (queue.length >= maxQueued) await writeFirst();
  }
  send();
  while (queue.length > 0) await writeFirst();
}

async function write(run: Run, name: string, result: LineResult): Promise<void> {
  const { io, totals } = run;
  io.stdout(`${result.out}\n`);
  totals.records++;
  if (result.failed) {
    totals.failed++;
    run.progress.done();
    io.stderr(`kamtibmas extract: ${run.words.location(name, result.line)}: ${result.message}\n`);
  } else {
    totals.extracted++;
    if (result.invalid) totals.invalid++;
  }
  if (totals.records % FLUSH_EVERY === 0) {
    const seconds = (Date.now() - run.started) / 1000;
    run.progress.update(() =>
      run.words.progress(totals.records, Math.round(totals.records / Math.max(seconds, 0.001))),
    );
    await io.flush?.();
  }
}
