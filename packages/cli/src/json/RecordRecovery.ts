// Private: recovery after a bad record in the streaming JSON reader.
import type { RecordFramer } from './RecordFramer';

/**
 * What the reader does after a syntax error. In NDJSON (named so, or seen to be) it skips to the
 * end of the bad line and reads the next one, so one bad line costs one record; anywhere else (a
 * pretty-printed document, a top-level array, the end of the input) it stops, so one mistake gives
 * one error rather than a cascade.
 */
export class RecordRecovery {
  /** A fatal error was seen: the rest of the input is ignored. */
  failed = false;
  /** Resuming: characters are skipped up to the end of the bad line. */
  skipping = false;

  /**
   * Decides, after a syntax error at `found` (undefined at the end of the input), whether to
   * resume at the next line. Returns true when resuming (the caller drops the bad record).
   */
  afterError(found: string | undefined, atEnd: boolean, framer: RecordFramer): boolean {
    const resume = !atEnd && framer.framing === 'sequence' && framer.showsLines;
    // The offending character may itself be the newline that ends the bad line.
    if (resume) this.skipping = found !== '\n';
    else this.failed = true;
    return resume;
  }

  /** While skipping: the line feed `c` ends the bad line. */
  skip(c: string): void {
    if (c === '\n') this.skipping = false;
  }

  /** The input ended: nothing more is read. */
  stop(): void {
    this.failed = true;
  }
}
