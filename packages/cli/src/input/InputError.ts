/**
 * Why an input could not be read. Each reason maps to an exit code of 2 and a hint.
 *
 * @example
 * ```ts
 * const reason: InputErrorReason = 'not-found';
 * ```
 * @category Input
 */
export type InputErrorReason = 'not-found' | 'is-directory' | 'permission' | 'no-stdin' | 'io';

/**
 * An input (file or stdin) that could not be opened or read. The CLI turns it into exit code 2.
 *
 * @example
 * ```ts
 * new InputError('missing.json', 'not-found', 'ENOENT: no such file or directory').reason
 * //=> 'not-found'
 * ```
 * @category Input
 */
export class InputError extends Error {
  /** The path as given on the command line (`-` for stdin). */
  readonly path: string;
  /** Why it failed. */
  readonly reason: InputErrorReason;

  /**
   * Creates the error.
   *
   * @param path - The path as given (`-` for stdin).
   * @param reason - Why it failed.
   * @param detail - The system's message, kept for `--format json` and bug reports.
   * @returns The error.
   * @example
   * ```ts
   * new InputError('data', 'is-directory', 'EISDIR').path
   * //=> 'data'
   * ```
   */
  constructor(path: string, reason: InputErrorReason, detail: string) {
    super(detail);
    this.name = 'InputError';
    this.path = path;
    this.reason = reason;
  }
}

/**
 * Classifies a Node.js file-system error into an {@link InputError}.
 *
 * @param path - The path that failed.
 * @param error - What `fs` threw.
 * @returns The classified error.
 * @example
 * ```ts
 * toInputError('x.json', Object.assign(new Error('ENOENT'), { code: 'ENOENT' })).reason
 * //=> 'not-found'
 * ```
 * @category Input
 */
export function toInputError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const reason: InputErrorReason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'not-found'
      : code === 'EISDIR'
        ? 'is-directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission'
          : 'io';
  return new InputError(path, reason, detail);
}
