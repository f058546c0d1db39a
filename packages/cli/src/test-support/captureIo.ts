import type { CliIo } from '../CliIo';

/**
 * An in-memory {@link CliIo} for tests: collects what the CLI writes.
 *
 * @param extra - Extra fields (stdin, TTY flags, env).
 * @returns The io and accessors for the captured text.
 * @example
 * ```ts
 * const c = captureIo();
 * await main(['--version'], c.io);
 * c.stdout()
 * //=> '0.1.0\n'
 * ```
 * @category Internals
 */
export function captureIo(extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), ...extra };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
