import type { JsonRecord } from './JsonRecord';
import type { JsonSyntaxError } from './JsonSyntaxError';

/**
 * What {@link JsonRecordParser} emits.
 *
 * @example
 * ```ts
 * const item: JsonStreamItem = { type: 'record', value: 1, line: 1, column: 1, index: 0 };
 * ```
 * @category JSON streaming
 */
export type JsonStreamItem = JsonRecord | JsonSyntaxError;
