/**
 * Colour helpers; each returns its text unchanged when colour is off.
 *
 * @example
 * ```ts
 * const style: Style = createStyle(false);
 * style.red('x')
 * //=> 'x'
 * ```
 * @category Output
 */
export interface Style {
  /** Errors. */
  red(text: string): string;
  /** Valid records. */
  green(text: string): string;
  /** Advisories. */
  yellow(text: string): string;
  /** Locations and codes. */
  dim(text: string): string;
  /** Emphasis. */
  bold(text: string): string;
}

function wrap(open: number, close: number, enabled: boolean): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

/**
 * Creates the colour helpers.
 *
 * @param enabled - Colour on: the stream is a TTY and `NO_COLOR` is unset (see {@link useColor}).
 * @returns The helpers.
 * @example
 * ```ts
 * createStyle(true).red('x')
 * //=> '\u001b[31mx\u001b[39m'
 * ```
 * @category Output
 */
export function createStyle(enabled: boolean): Style {
  return {
    red: wrap(31, 39, enabled),
    green: wrap(32, 39, enabled),
    yellow: wrap(33, 39, enabled),
    dim: wrap(2, 22, enabled),
    bold: wrap(1, 22, enabled),
  };
}

/**
 * Whether to colour a stream: only a TTY, and only when `NO_COLOR` is unset or empty
 * (https://no-color.org).
 *
 * @param isTTY - Whether the stream is a terminal.
 * @param env - The environment.
 * @returns True when colour should be used.
 * @example
 * ```ts
 * useColor(true, { NO_COLOR: '1' })
 * //=> false
 * ```
 * @category Output
 */
export function useColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return isTTY === true && (noColor === undefined || noColor === '');
}
