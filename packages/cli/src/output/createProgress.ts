/**
 * A progress line on stderr that updates in place.
 *
 * @example
 * ```ts
 * const progress: Progress = createProgress(undefined);
 * progress.update(() => 'validating…');
 * ```
 * @category Output
 */
export interface Progress {
  /**
   * Shows the text (throttled; ignored when progress is off).
   *
   * @param text - The progress text.
   */
  update(text: () => string): void;
  /** Clears the line. */
  done(): void;
}

/**
 * Creates a progress line for long runs: nothing is drawn during the first second, then at most
 * four updates a second. Pass `undefined` (stderr is not a TTY) to turn it off.
 *
 * @param write - Writes to a terminal's stderr, or `undefined` for no progress.
 * @param now - Clock in milliseconds (injectable for tests).
 * @returns The progress line.
 * @example
 * ```ts
 * const progress = createProgress(process.stderr.isTTY ? (s) => process.stderr.write(s) : undefined);
 * progress.update(() => 'validating: 12000 records…');
 * progress.done();
 * ```
 * @category Output
 */
export function createProgress(write: ((text: string) => void) | undefined, now: () => number = Date.now): Progress {
  if (write === undefined) return { update() {}, done() {} };
  const started = now();
  let last = started;
  let shown = false;
  return {
    update(text) {
      const time = now();
      if (time - started < 1000 || time - last < 250) return;
      last = time;
      shown = true;
      write(`\r\u001b[K${text()}`);
    },
    done() {
      if (shown) write('\r\u001b[K');
      shown = false;
    },
  };
}
