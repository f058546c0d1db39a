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
  | { ok: false; message: string };

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
 * //=> { ok: false, message: "Unknown option '--nope'" }
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
    // parseArgs appends its own hint about '--' which does not help here; keep the first sentence.
    return { ok: false, message: message.split('. ')[0]!.replace(/\.$/, '') };
  }
}
