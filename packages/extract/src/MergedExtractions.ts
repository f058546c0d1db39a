import type { Dataset } from '@kamtibmas/core';
import type { ArticleExtraction, UnresolvedMention } from './ArticleExtraction';

/**
 * What {@link mergeExtractions} reads from each article: its draft dataset, and — when given — what
 * the extractor could not link and the officer/official mentions (used to point at the words of a
 * person who could not be linked across articles). An {@link ArticleExtraction} is one; so is any
 * `{ dataset }`.
 *
 * @example
 * ```ts
 * const input: MergeableExtraction = { dataset: { units: [], organizations: [], people: [], events: [] } };
 * input.dataset.events.length
 * //=> 0
 * ```
 * @category Merging
 */
export type MergeableExtraction = Pick<ArticleExtraction, 'dataset'> & {
  /** The article's unresolved mentions; carried into the merged result with their article. */
  unresolved?: readonly UnresolvedMention[];
  /** The article's mentions; only the person ids and spans of officers and officials are read. */
  mentions?: {
    officers?: readonly { personId: string; start: number; end: number }[];
    officials?: readonly { personId?: string; start: number; end: number }[];
  };
};

/**
 * Options of {@link mergeExtractions}.
 *
 * @example
 * ```ts
 * import { dataset } from '@kamtibmas/fixtures';
 * const options: MergeExtractionsOptions = { known: dataset };
 * ```
 * @category Merging
 */
export interface MergeExtractionsOptions {
  /**
   * An existing dataset to link to: a unit, organisation, person or event of the articles that is
   * this dataset's record keeps the known id instead of becoming a new record. Known records the
   * result refers to are copied into it unchanged (a known person gains the articles' dated
   * appointments), so the result validates on its own.
   */
  known?: Dataset;
}

/**
 * A mention or record {@link mergeExtractions} could not link, with the article it comes from.
 *
 * - `reason: 'unlinked'` — the extractor listed it in the article's `unresolved` (a pseudo-reference
 *   such as "kata Kapolsek" with no Kapolsek named); `ref` is rewritten to the merged ids.
 * - `reason: 'ambiguous'` — a person who may be another record of the merge ("AKBP Imam" in one
 *   article, "AKBP Imam Tarmudi" in another, without a shared unit to prove it; or the same name in
 *   units of different Polda). They are kept as separate records: `ref` is this record's id,
 *   `candidates` the ids it may be.
 *
 * @example
 * ```ts
 * const item: MergeUnresolved = {
 *   article: 1, reason: 'ambiguous', kind: 'officer', text: 'Imam', ref: 'imam',
 *   candidates: ['imam-tarmudi'],
 * };
 * item.candidates
 * //=> ['imam-tarmudi']
 * ```
 * @category Merging
 */
export interface MergeUnresolved {
  /** Index of the article in the input array. */
  article: number;
  /** Why it is listed. */
  reason: 'unlinked' | 'ambiguous';
  /** What was mentioned. */
  kind: UnresolvedMention['kind'];
  /** The words as written (`unlinked`), or the person's name (`ambiguous`). */
  text: string;
  /** Offset of the words in the article's text, when known. */
  start?: number;
  /** Offset past the words, when known. */
  end?: number;
  /** Merged id of the record, or the extractor's reference rewritten to merged ids; `''` when none. */
  ref: string;
  /** `ambiguous` only: ids of the merged records this one may be, sorted. */
  candidates?: string[];
}

/**
 * For one input article: its local ids (as in its extraction's dataset) → the ids of the merged
 * records, per id space.
 *
 * @example
 * ```ts
 * const ids: MergedIds = {
 *   units: { 'polres-metro': 'polres-metro-2' }, organizations: {}, people: { imam: 'imam-tarmudi' }, events: {},
 * };
 * ids.people.imam
 * //=> 'imam-tarmudi'
 * ```
 * @category Merging
 */
export interface MergedIds {
  /** Unit ids. */
  units: Record<string, string>;
  /** Organisation ids. */
  organizations: Record<string, string>;
  /** Person ids. */
  people: Record<string, string>;
  /** Event ids. */
  events: Record<string, string>;
}

/**
 * The result of {@link mergeExtractions}: one dataset, how each article's ids map into it, what
 * could not be linked, and notes for a reviewer (links made across articles, ids given a suffix).
 *
 * @example
 * ```ts
 * const merged: MergedExtractions = mergeExtractions([]);
 * merged.dataset
 * //=> { units: [], organizations: [], people: [], events: [] }
 * ```
 * @category Merging
 */
export interface MergedExtractions {
  /** Every unit, organisation, person and event of the articles, each once, with unique ids. */
  dataset: Dataset;
  /** Per input article (same index): its ids → the merged ids. */
  ids: MergedIds[];
  /** What could not be linked, kept apart and listed, never merged silently. */
  unresolved: MergeUnresolved[];
  /** What the merge did that a reviewer may want to check. */
  notes: string[];
}
