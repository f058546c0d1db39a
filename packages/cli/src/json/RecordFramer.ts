// Private: record framing for the streaming JSON reader.
import type { JsonRecord } from './JsonRecord';
import type { JsonStreamItem } from './JsonStreamItem';
import type { JsonSyntaxError } from './JsonSyntaxError';
import type { ValueLocator } from './ValueLocator';

/**
 * How the input is framed into records: not known before its first character; `'array'` when it
 * is one top-level array, whose elements are the records; `'sequence'` when its top-level values
 * are (one JSON document, or NDJSON).
 */
export type RecordFraming = 'unknown' | 'array' | 'sequence';

/**
 * Decides what a record is — an element of a top-level array, or a top-level value of one JSON
 * document or an NDJSON stream — and emits records (with their start, index and locations) and
 * syntax errors in input order. It also gathers the evidence that an input not named NDJSON is
 * line-delimited, which recovery needs.
 */
export class RecordFramer {
  /** How the input is framed (decided by {@link begin}). */
  framing: RecordFraming = 'unknown';
  /** How many containers enclose a record: 1 (the streamed top-level array) or 0. */
  recordDepth = 0;
  /** The input is known to be NDJSON (the `lineDelimited` option). */
  readonly lineDelimited: boolean;
  readonly #locator: ValueLocator;
  #index = 0;
  #out: JsonStreamItem[] = [];
  // Start of the record being read.
  #line = 1;
  #column = 1;
  // Whether every top-level value so far started and ended on one line (NDJSON evidence).
  #completedTopLevel = 0;
  #allSingleLine = true;

  /** A framer for an input known to be NDJSON or not, taking each record's locations from `locator`. */
  constructor(lineDelimited: boolean, locator: ValueLocator) {
    this.lineDelimited = lineDelimited;
    this.#locator = locator;
  }

  /**
   * Decides the framing at the input's first significant character `c`. Returns true when `c`
   * opens a top-level array to stream (not in known NDJSON, where a line that is an array is one
   * record rather than a stream of elements).
   */
  begin(c: string): boolean {
    if (c === '[' && !this.lineDelimited) {
      this.framing = 'array';
      this.recordDepth = 1;
      return true;
    }
    this.framing = 'sequence';
    return false;
  }

  /** Whether the input is NDJSON: named so, or seen to be (complete single-line values so far). */
  get showsLines(): boolean {
    return this.lineDelimited || (this.#completedTopLevel > 0 && this.#allSingleLine);
  }

  /** A record starts at `line`:`column`. */
  startRecord(line: number, column: number): void {
    this.#line = line;
    this.#column = column;
    this.#locator.startRecord();
  }

  /** Emits the record just completed. */
  emit(value: unknown): void {
    const record: JsonRecord = { type: 'record', value, line: this.#line, column: this.#column, index: this.#index };
    const locations = this.#locator.take();
    if (locations !== undefined) record.locations = locations;
    this.#out.push(record);
    this.#index++;
  }

  /** Emits a top-level value completed on line `line`, and notes whether it spanned lines. */
  emitTopLevel(value: unknown, line: number): void {
    this.emit(value);
    this.#completedTopLevel++;
    if (line !== this.#line) this.#allSingleLine = false;
  }

  /** Emits a syntax error, which takes an index like a record. */
  emitError(error: JsonSyntaxError): void {
    this.#out.push(error);
    this.#index++;
  }

  /** The records and errors emitted since the last call. */
  drain(): JsonStreamItem[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }
}
