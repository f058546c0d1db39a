import type { LocalDate } from './localDate';

/**
 * A verbatim quote from a source that backs one fact, with optional character offsets into the
 * source text (`text.slice(start, end) === quote`).
 *
 * @example
 * ```ts
 * const evidence: Evidence = {
 *   claim: 'event.date',
 *   quote: 'Jumat (24/11/2023)',
 *   start: 212,
 *   end: 230,
 * };
 * ```
 * @category Events
 */
export interface Evidence {
  /**
   * What the quote backs: a path into the event (`'event.date'`, `'event.venue'`) or
   * `<kind>:<id>` (optionally `.<field>`) for a record the event links to
   * (`'unit:polres-banyuasin'`, `'person:sofyan-hidayat.rank'`).
   */
  claim: string;
  /** The words exactly as they stand in the source. */
  quote: string;
  /** Offset of the first character of `quote` in the source text (UTF-16 code units). */
  start?: number | undefined;
  /** Offset just past the last character of `quote`. */
  end?: number | undefined;
}

/**
 * Where a fact comes from: usually a news article.
 *
 * @example
 * ```ts
 * const source: Source = {
 *   url: 'https://koranpalpres.com/…',
 *   publisher: 'Koran Palpres',
 *   publishedOn: '2023-11-24',
 *   author: 'Kurniawan',
 * };
 * ```
 * @category Events
 */
export interface Source {
  /** Address of the article. */
  url?: string | undefined;
  /** Headline as published. */
  title?: string | undefined;
  /** Publisher or outlet, e.g. `'Koran Palpres'`. */
  publisher: string;
  /** Publication date, local to the publisher. */
  publishedOn?: LocalDate | undefined;
  /** Author or reporter as credited. */
  author?: string | undefined;
  /** Photo credit as printed. */
  photoCredit?: string | undefined;
  /** Per-fact quotes. */
  evidence?: Evidence[] | undefined;
}
