// Private: the first step of every command that reads files. Each input is opened before any output,
// so that a typo in a path costs no half-written report; each one that fails is said on stderr.
import type { CliIo } from '../CliIo';
import { type InputError, toInputError } from './InputError';
import { checkReadable } from './openTextSource';

/** How many of `paths` cannot be read, each one said on stderr as `kamtibmas <command>: <message>`. */
export async function countUnreadable(
  paths: readonly string[],
  io: CliIo,
  command: string,
  describe: (error: InputError) => string,
): Promise<number> {
  let unreadable = 0;
  for (const path of paths) {
    try {
      await checkReadable(path, io.stdin !== undefined);
    } catch (error) {
      io.stderr(`kamtibmas ${command}: ${describe(toInputError(path, error))}\n`);
      unreadable++;
    }
  }
  return unreadable;
}
