/**
 * Options of {@link JsonRecordParser}.
 *
 * @example
 * ```ts
 * const options: JsonRecordParserOptions = { lineDelimited: true };
 * ```
 * @category JSON streaming
 */
export interface JsonRecordParserOptions {
  /**
   * The input is known to be NDJSON (e.g. a `.ndjson` or `.jsonl` file): a top-level array is one
   * record rather than a stream of its elements, and after a syntax error parsing resumes at the
   * next line. Without it, the parser resumes only once the input has shown itself to
   * be line-delimited (a complete single-line top-level value followed by another).
   */
  lineDelimited?: boolean;
  /**
   * Record where each value inside a record starts (see {@link JsonRecord.locations}), so that
   * issues found later can be given a line. Costs memory in proportion to the record, not the input;
   * values more than 64 levels inside the record are not located, and in a record of more than
   * 50 000 values only its first 50 000 and its items (`events[7]`) are.
   */
  locate?: boolean;
}
