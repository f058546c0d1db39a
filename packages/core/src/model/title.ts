/**
 * An academic title or an honorific as {@link canonicalTitle} writes it, with the variants news
 * prints.
 *
 * @example
 * ```ts
 * const sik: TitleEntry = {
 *   canonical: 'S.I.K.',
 *   meaning: 'Sarjana Ilmu Kepolisian',
 *   placement: 'after',
 *   kind: 'academic',
 *   variants: ['SIK', 'S.IK', 'S.Ik', 'S.I.K'],
 * };
 * ```
 * @category People
 */
export interface TitleEntry {
  /** Canonical form (PUEBI/EYD V: every element of the abbreviation ends with a dot). */
  canonical: string;
  /** What it stands for, in Indonesian. */
  meaning: string;
  /** Written before the name (`Dr.`, `H.`) or after it (`S.H.`). */
  placement: 'before' | 'after';
  /** Academic title or religious/social honorific. */
  kind: 'academic' | 'honorific';
  /** Other ways news writes it. Any spacing/dot/comma/case variant of these is accepted too. */
  variants: readonly string[];
  /** `true` when no source confirms the meaning; see the entry's comment. */
  unconfirmed?: boolean;
}
