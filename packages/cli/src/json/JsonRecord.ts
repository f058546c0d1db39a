/**
 * One complete record: an element of a top-level array, or one top-level value of a single JSON
 * document or an NDJSON stream. `line` and `column` (1-based) are where the record starts.
 *
 * @example
 * ```ts
 * const record: JsonRecord = { type: 'record', value: { id: 'a' }, line: 2, column: 3, index: 0 };
 * ```
 * @category JSON streaming
 */
export interface JsonRecord {
  /** Discriminant. */
  type: 'record';
  /** The parsed value, equal to what `JSON.parse` gives for the same text. */
  value: unknown;
  /** Line where the record starts (1-based). */
  line: number;
  /** Column where the record starts (1-based, in UTF-16 code units). */
  column: number;
  /** Position of the record in the input (0-based). */
  index: number;
  /**
   * With the `locate` option: where each value inside the record starts, keyed by
   * `JSON.stringify(path)` of its path from the record's root (`'["people",0,"rank"]'`).
   */
  locations?: ReadonlyMap<string, { line: number; column: number }>;
}
