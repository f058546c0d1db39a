/**
 * Where the CLI reads and writes. Tests pass their own; the bin passes the process streams.
 * Only `stdout` and `stderr` are required; the rest default to "not available / not a terminal".
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
 * ```
 * @category CLI
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Standard input's bytes, read by `kamtibmas validate -`. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Whether stdout is a terminal (colour). */
  stdoutIsTTY?: boolean;
  /** Whether stderr is a terminal (colour, progress). */
  stderrIsTTY?: boolean;
  /** Environment variables (`NO_COLOR`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Resolves when stdout has drained, so long runs do not buffer their output in memory. */
  flush?(): Promise<void>;
}
