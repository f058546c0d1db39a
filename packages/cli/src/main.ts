import { version } from '../package.json';
import type { CliIo } from './CliIo';
import { EXTRACT_HELP, runExtract } from './commands/extract';
import { PARSE_HELP, runParse } from './commands/parse';
import { PHASE_HELP, runPhase } from './commands/phase';
import { runSchema, SCHEMA_HELP } from './commands/schema';
import { runValidate, VALIDATE_HELP } from './commands/validate';

export type { CliIo } from './CliIo';

const USAGE = `Usage: kamtibmas <command> [options]

Commands:
  extract <file…|->                  read news articles into draft datasets with evidence
  validate <file…|->                 validate kamtibmas JSON, JSON arrays or NDJSON
  schema <Name>                      print the JSON Schema of a model type
  parse officer|unit|date "<text>"   parse an Indonesian news mention
  phase <YYYY-MM-DD>                 election stage(s) on a date

Options:
  -h, --help           show this help
  -v, --version        show the version

Run 'kamtibmas <command> --help' for a command's options.
`;

interface Command {
  run(argv: readonly string[], io: CliIo): Promise<number>;
  help: string;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  extract: { run: (argv, io) => runExtract(argv, io), help: EXTRACT_HELP },
  validate: { run: (argv, io) => runValidate(argv, io), help: VALIDATE_HELP },
  schema: { run: runSchema, help: SCHEMA_HELP },
  parse: { run: runParse, help: PARSE_HELP },
  phase: { run: runPhase, help: PHASE_HELP },
};

/**
 * Runs the `kamtibmas` command line and returns its exit code: 0 success, 1 invalid data (or no
 * parse / no stage), 2 usage or I/O error.
 *
 * @param argv - Arguments after the program name.
 * @param io - Streams.
 * @returns The exit code.
 * @example
 * ```ts
 * await main(['--help'], io)
 * //=> 0
 * ```
 * @category CLI
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout(topic === undefined ? USAGE : topic.help);
    return 0;
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler === undefined) {
    io.stderr(`kamtibmas: unknown command '${command}'. Run 'kamtibmas --help' to see the commands.\n`);
    return 2;
  }
  return handler.run(rest, io);
}
