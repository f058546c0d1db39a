/**
 * What the parser wanted when it met something else. Messages are chosen per locale by
 * `formatJsonSyntaxError`, so the parser stays language-free.
 *
 * @example
 * ```ts
 * const expected: JsonExpectation = 'comma-or-close-object';
 * ```
 * @category JSON streaming
 */
export type JsonExpectation =
  | 'value'
  | 'value-or-close-array'
  | 'comma-or-close-array'
  | 'key'
  | 'key-or-close-object'
  | 'colon'
  | 'comma-or-close-object'
  | 'end'
  | 'string-end'
  | 'escape'
  | 'hex-digit'
  | 'literal'
  | 'number';
