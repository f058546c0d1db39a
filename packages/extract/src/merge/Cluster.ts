/**
 * One record as an article (or the known dataset) gave it.
 *
 * @internal
 */
export interface Member<T> {
  /** Index of the article in the input; -1 for a record of `options.known`. */
  article: number;
  /** The record. */
  record: T;
}

/**
 * Records judged to be one thing: the known record first when there is one, then the articles'
 * records in canonical order. `summary` is what later records are compared with.
 *
 * @internal
 */
export interface Cluster<T> {
  members: Member<T>[];
  /** True when the first member is a record of `options.known` (its id is kept). */
  known: boolean;
  /** The articles that gave a member (no article gives two members to one cluster). */
  articles: Set<number>;
  /** Members merged so far, for comparisons. */
  summary: T;
  /** The merged id, set by {@link assignIds}. */
  id: string;
}
