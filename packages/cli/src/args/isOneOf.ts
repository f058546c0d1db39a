// Private: the check every command makes of an option with a fixed set of values.

/** Whether an option's value is one of the allowed strings (`--format json`, `--locale en`). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
