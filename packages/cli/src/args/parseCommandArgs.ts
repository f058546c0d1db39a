import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * Result of {@link parseCommandArgs}: the options and positionals, or a usage error message.
 *
 * @example
 * ```ts
 * const parsed: ParsedCommandArgs = { ok: true, values: { kind: 'event' }, positionals: ['a.json'] };
 * ```
 * @category CLI
 */
export type ParsedCommandArgs =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | {
      ok: false;
      /** parseArgs's message, first sentence (English). */
      message: string;
      /** What went wrong, for commands that say it in another language. */
      reason: 'unknown-option' | 'invalid-value' | 'other';
      /** The option named in the message (`--frobnicate`), when there is one. */
      option?: string;
    };

/**
 * Parses a subcommand's arguments strictly with `node:util` `parseArgs`, turning its exceptions
 * into a message (`Unknown option '--frobnicate'`).
 *
 * @param argv - Arguments after the subcommand name.
 * @param options - `parseArgs` option definitions.
 * @returns The options and positionals, or the usage error.
 * @example
 * ```ts
 * parseCommandArgs(['--kind', 'event', 'a.json'], { kind: { type: 'string' } })
 * //=> { ok: true, values: { kind: 'event' }, positionals: ['a.json'] }
 * parseCommandArgs(['--nope'], {})
 * //=> { ok: false, message: "Unknown option '--nope'", reason: 'unknown-option', option: '--nope' }
 * ```
 * @category CLI
 */
export function parseCommandArgs(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): ParsedCommandArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { ok: true, values: { ...values } as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? 'unknown-option'
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? 'invalid-value'
          : 'other';
    // The option parseArgs names first: "Unknown option '--x'", "Option '--kind <value>' argument missing".
    const quoted = /'(-{1,2}[^' ]*)/.exec(message)?.[1];
    // parseArgs appends its own hint about '--' which does not help here; keep the first sentence.
    const first = message.split('. ')[0]!.replace(/\.$/, '');
    return quoted === undefined
      ? { ok: false, message: first, reason }
      : { ok: false, message: first, reason, option: quoted };
  }
}
