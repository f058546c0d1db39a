/**
 * A local calendar date written `YYYY-MM-DD`, e.g. `'2024-02-14'`. It names a day on the wall
 * calendar of the place it happened, not an instant: the model never stores a JS `Date`. The type
 * only checks the shape; {@link isLocalDate} checks that the day exists (`2024-02-30` does not).
 *
 * @example
 * ```ts
 * const votingDay: LocalDate = '2024-02-14';
 * ```
 * @category Dates
 */
export type LocalDate = `${number}-${number}-${number}`;
