// Input limits applied before zod sees a payload. They keep validation linear and bounded on
// hostile input; the schemas repeat the string limits as `maxLength` so JSON Schema users get them.

/**
 * Longest string accepted anywhere in a payload (UTF-16 code units). Longer strings are rejected
 * with `too_long` before schema validation runs, so a 5 MB string costs one length check.
 *
 * @example
 * ```ts
 * MAX_STRING_LENGTH
 * //=> 10000
 * ```
 * @category Validation
 */
export const MAX_STRING_LENGTH = 10_000;

/**
 * Longest id (slug) accepted: unit, organisation, person, event and stage ids.
 *
 * @example
 * ```ts
 * MAX_ID_LENGTH
 * //=> 200
 * ```
 * @category Validation
 */
export const MAX_ID_LENGTH = 200;

/**
 * Deepest nesting of objects and arrays accepted (the model itself needs fewer than 10 levels).
 * Deeper input is rejected with `too_deep` without being walked, so 100 000 nested arrays never
 * overflow the stack.
 *
 * @example
 * ```ts
 * MAX_DEPTH
 * //=> 64
 * ```
 * @category Validation
 */
export const MAX_DEPTH = 64;

/**
 * Most items accepted in one array. Longer arrays are rejected with `too_many_items` without
 * reading their items.
 *
 * @example
 * ```ts
 * MAX_ARRAY_LENGTH
 * //=> 100000
 * ```
 * @category Validation
 */
export const MAX_ARRAY_LENGTH = 100_000;

/**
 * Most values (objects, arrays, strings, numbers …) read from one payload. When a payload holds
 * more, reading stops with `too_large`.
 *
 * @example
 * ```ts
 * MAX_NODES
 * //=> 2000000
 * ```
 * @category Validation
 */
export const MAX_NODES = 2_000_000;
