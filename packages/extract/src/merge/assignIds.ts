import type { Cluster } from './Cluster';

/**
 * Gives every cluster its final id: a known record keeps its id; any other cluster takes its first
 * member's id, or that id with the first free suffix (`-2`, `-3` …) when another cluster — or an
 * id in `taken` — already has it. Clusters are visited in order, so the same clusters give the
 * same ids. Adds the ids given to `taken`.
 *
 * @param clusters - The clusters, known ones first, then in canonical order.
 * @param taken - Ids already used in the same id space (units and organisations share one).
 * @param label - What the records are, for the notes (`'unit'`).
 * @param notes - Receives one line per suffixed id.
 * @internal
 */
export function assignIds<T extends { id: string }>(
  clusters: readonly Cluster<T>[],
  taken: Set<string>,
  label: string,
  notes: string[],
): void {
  for (const cluster of clusters) if (cluster.known) taken.add(cluster.members[0]!.record.id);
  for (const cluster of clusters) {
    const base = cluster.members[0]!.record.id;
    if (cluster.known) {
      cluster.id = base;
      continue;
    }
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    if (id !== base) {
      notes.push(
        `${label} '${base}' names two different records (they disagree on kind, parent, area, rank or Polda): the one of article ${firstArticle(cluster)} is '${id}'`,
      );
    }
    taken.add(id);
    cluster.id = id;
  }
}

function firstArticle(cluster: Cluster<unknown>): number {
  return cluster.members.find((m) => m.article >= 0)?.article ?? -1;
}
