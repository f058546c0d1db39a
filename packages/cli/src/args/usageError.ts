import type { CliIo } from '../CliIo';

/**
 * Writes a usage error that names the command's help, and returns exit code 2.
 *
 * @param io - Output streams.
 * @param command - The subcommand (`'validate'`), or `''` for the top level.
 * @param message - What is wrong, without a trailing full stop.
 * @returns 2.
 * @example
 * ```ts
 * usageError(io, 'validate', "unknown --kind 'x' (use event, dataset or auto)")
 * //=> 2 (stderr: "kamtibmas validate: unknown --kind 'x' (use event, dataset or auto). Run 'kamtibmas validate --help' for usage.")
 * ```
 * @category CLI
 */
export function usageError(io: CliIo, command: string, message: string): 2 {
  const name = command === '' ? 'kamtibmas' : `kamtibmas ${command}`;
  io.stderr(`${name}: ${message}. Run '${name} --help' for usage.\n`);
  return 2;
}
