/**
 * What a record is validated as.
 *
 * @example
 * ```ts
 * const kind: RecordKind = 'dataset';
 * ```
 * @category Validation
 */
export type RecordKind = 'event' | 'dataset';

/**
 * Decides whether a record is a dataset or an event for `--kind auto`: an object with a `units` or
 * `events` array is a dataset; anything else is validated as an event (which then reports what is
 * wrong with it).
 *
 * @param value - A parsed record.
 * @returns `'dataset'` or `'event'`.
 * @example
 * ```ts
 * detectRecordKind({ units: [], organizations: [], people: [], events: [] })
 * //=> 'dataset'
 * detectRecordKind({ id: 'fgd-1', kinds: ['fgd'] })
 * //=> 'event'
 * ```
 * @category Validation
 */
export function detectRecordKind(value: unknown): RecordKind {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'event';
  const record = value as Record<string, unknown>;
  return Array.isArray(record.units) || Array.isArray(record.events) ? 'dataset' : 'event';
}
