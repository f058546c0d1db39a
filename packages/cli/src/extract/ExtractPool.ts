import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ExtractLineOptions, extractLine, type LineResult } from './extractLine';

/**
 * NDJSON lines of one input sent together to a worker.
 *
 * @example
 * ```ts
 * const batch: ExtractBatch = { id: 0, file: 'a.ndjson', lines: [{ line: 1, text: '{"text":"…"}' }] };
 * ```
 * @category Extraction
 */
export interface ExtractBatch {
  /** Sequence number, echoed in the result. */
  id: number;
  /** The input's name. */
  file: string;
  /** The lines, with their numbers. */
  lines: { line: number; text: string }[];
}

/**
 * A worker's answer to an {@link ExtractBatch}: one result per line, in order.
 *
 * @example
 * ```ts
 * const result: ExtractBatchResult = { id: 0, results: [] };
 * ```
 * @category Extraction
 */
export interface ExtractBatchResult {
  /** The batch's sequence number. */
  id: number;
  /** One result per line. */
  results: LineResult[];
}

/**
 * Runs batches of NDJSON lines, in this thread or on worker threads.
 *
 * @example
 * ```ts
 * const pool = createExtractPool(1, { validate: false, locale: 'en' });
 * (await pool.run({ id: 0, file: 'a.ndjson', lines: [{ line: 1, text: '{}' }] }))[0]?.failed
 * //=> true
 * await pool.close();
 * ```
 * @category Extraction
 */
export interface ExtractPool {
  /** Number of worker threads (0: this thread). */
  readonly threads: number;
  /**
   * Extracts a batch.
   *
   * @param batch - The lines.
   * @returns One result per line, in order.
   */
  run(batch: ExtractBatch): Promise<LineResult[]>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Heap limits of a worker. The live heap of an extraction worker is ~12 MB, but V8 left alone lets
 * the old generation grow with the number of articles read before it collects (measured: a
 * process's peak RSS rose from 229 MB at 2 000 articles to 315 MB at 20 000); bounded, it collects
 * sooner and peak memory stays flat. An article of 400 kB needs ~50 MB; longer lines are extracted
 * in the main thread (see {@link WORKER_MAX_LINE}).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/**
 * Longest NDJSON line (in UTF-16 units) sent to a worker; a longer one is extracted in the main
 * thread, whose heap is not bounded.
 *
 * @example
 * ```ts
 * WORKER_MAX_LINE
 * //=> 262144
 * ```
 * @category Extraction
 */
export const WORKER_MAX_LINE = 256 * 1024;

/**
 * Where the worker's code is: the built `extractWorker.js` beside this module's bundle, or — when
 * running from TypeScript source (tests) — the `.ts` file loaded through `tsx`.
 */
function startWorker(options: ExtractLineOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./extractWorker.js', here), { workerData: options, resourceLimits: WORKER_LIMITS });
  }
  const require = createRequire(here);
  const tsx = pathToFileURL(require.resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs'));
  const entry = new URL('./extractWorker.ts', here);
  const code = `import(${JSON.stringify(tsx.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, {
    eval: true,
    workerData: options,
    execArgv: ['--conditions=@kamtibmas/source'],
    resourceLimits: WORKER_LIMITS,
  });
}

/**
 * Creates the pool: `threads` workers, or this thread when `threads` is 0. A batch goes to the
 * worker with the fewest batches pending; results come back through promises, so the caller
 * decides the output order. A worker that fails rejects its pending batches.
 *
 * @param threads - Number of worker threads; 0 runs in this thread.
 * @param options - Validation and locale, for every line.
 * @returns The pool.
 * @example
 * ```ts
 * const pool = createExtractPool(2, { validate: true, locale: 'id' });
 * ```
 * @category Extraction
 */
export function createExtractPool(threads: number, options: ExtractLineOptions): ExtractPool {
  if (threads <= 0) {
    return {
      threads: 0,
      run: async (batch) => batch.lines.map((item) => extractLine(item.text, batch.file, item.line, options)),
      close: async () => {},
    };
  }
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker(options);
    const pending = new Map<number, { resolve(results: LineResult[]): void; reject(error: unknown): void }>();
    worker.on('message', (message: ExtractBatchResult) => {
      pending.get(message.id)?.resolve(message.results);
      pending.delete(message.id);
    });
    const fail = (error: unknown) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('error', (error) =>
      fail(new Error(`an extraction worker failed: ${error instanceof Error ? error.message : String(error)}`)),
    );
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    return { worker, pending };
  });
  return {
    threads,
    run: (batch) =>
      new Promise<LineResult[]>((resolve, reject) => {
        let chosen = workers[0]!;
        for (const candidate of workers) if (candidate.pending.size < chosen.pending.size) chosen = candidate;
        chosen.pending.set(batch.id, { resolve, reject });
        chosen.worker.postMessage(batch);
      }),
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
