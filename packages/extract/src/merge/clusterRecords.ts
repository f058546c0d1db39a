import type { Cluster } from './Cluster';

/**
 * How {@link clusterRecords} tells whether two records are one thing.
 *
 * @internal
 */
export interface ClusterRules<T> {
  /** Keys under which a record is found, strongest first (`id:polres-metro`, `name:polres:metro`). */
  keysOf(record: T): readonly string[];
  /** Whether `record` may be the thing `summary` (the cluster's merged members) describes. */
  compatible(summary: T, record: T): boolean;
  /** `summary` with what `record` adds (a new object; neither is changed). */
  absorb(summary: T, record: T): T;
}

/**
 * Groups records that are one thing: each record joins the first cluster found under its
 * strongest key that is compatible and holds no other record of the same article (an article's
 * extractor already kept its records apart); a record found under a weaker key only joins when
 * exactly one cluster fits (else it stays apart and `onAmbiguous` hears of it); otherwise it starts
 * a cluster. Known records come first, each its own cluster, never joined to another known one.
 *
 * @param known - Records of `options.known`.
 * @param articles - Each article's records, articles in canonical order.
 * @param rules - Keys, compatibility and merging.
 * @param onAmbiguous - Told of a record that several clusters fit equally.
 * @returns The clusters, known ones first, then in order of creation.
 * @internal
 */
export function clusterRecords<T>(
  known: readonly T[],
  articles: readonly { article: number; records: readonly T[] }[],
  rules: ClusterRules<T>,
  onAmbiguous?: (record: T, article: number, candidates: Cluster<T>[]) => void,
): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  const index = new Map<string, Cluster<T>[]>();
  const register = (cluster: Cluster<T>, record: T) => {
    for (const key of rules.keysOf(record)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [cluster]);
      else if (!list.includes(cluster)) list.push(cluster);
    }
  };
  for (const record of known) {
    const cluster: Cluster<T> = {
      members: [{ article: -1, record }],
      known: true,
      articles: new Set(),
      summary: record,
      id: '',
    };
    clusters.push(cluster);
    register(cluster, record);
  }
  for (const { article, records } of articles) {
    for (const record of records) {
      let chosen: Cluster<T> | undefined;
      let ambiguous: Cluster<T>[] | undefined;
      const keys = rules.keysOf(record);
      for (let k = 0; k < keys.length && chosen === undefined && ambiguous === undefined; k++) {
        const fitting = (index.get(keys[k]!) ?? []).filter(
          (cluster) => !cluster.articles.has(article) && rules.compatible(cluster.summary, record),
        );
        if (fitting.length === 0) continue;
        if (k === 0 || fitting.length === 1) chosen = fitting[0];
        else ambiguous = fitting;
      }
      if (ambiguous !== undefined) onAmbiguous?.(record, article, ambiguous);
      if (chosen === undefined) {
        chosen = { members: [], known: false, articles: new Set(), summary: record, id: '' };
        clusters.push(chosen);
      } else {
        chosen.summary = rules.absorb(chosen.summary, record);
      }
      chosen.members.push({ article, record });
      chosen.articles.add(article);
      register(chosen, record);
    }
  }
  return clusters;
}
