import { version } from '../package.json';

/**
 * Where the CLI writes. Tests pass their own; the bin passes `process.stdout`/`process.stderr`.
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
}

const USAGE = `Usage: kamtibmas <command> [options]

Commands:
  validate <file…|->   validate kamtibmas JSON, JSON arrays or NDJSON
  schema <Name>        print the JSON Schema of a model type
  parse officer|unit|date "<text>"   parse an Indonesian news mention
  phase <YYYY-MM-DD>   election stage(s) on a date

Options:
  -h, --help           show this help
  -v, --version        show the version
`;

/**
 * Runs the `kamtibmas` command line and returns its exit code: 0 success, 1 invalid data,
 * 2 usage or I/O error.
 *
 * @param argv - Arguments after the program name.
 * @param io - Output streams.
 * @returns The exit code.
 * @example
 * ```ts
 * await main(['--help'], io)
 * //=> 0
 * ```
 * @category CLI
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  io.stderr(`kamtibmas: unknown command '${command}'. Run 'kamtibmas --help' to see the commands.\n`);
  return 2;
}
