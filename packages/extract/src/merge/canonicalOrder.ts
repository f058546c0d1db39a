import type { Dataset } from '@kamtibmas/core';

/**
 * The input indices sorted by the articles' content, so that the merge reads the articles in the
 * same order whatever order they were given in: the same set of articles gives the same dataset.
 *
 * @param datasets - Each article's dataset.
 * @returns Indices into `datasets`.
 * @internal
 */
export function canonicalOrder(datasets: readonly Dataset[]): number[] {
  const keys = datasets.map((dataset) => JSON.stringify(dataset));
  return keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}
