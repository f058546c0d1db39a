import type { Dataset } from '@kamtibmas/core';

/**
 * The order the merge reads the articles in, fixed by their content so that the same set of
 * articles gives the same dataset whatever order it was given in; an article whose dataset equals
 * an earlier one's (the same extraction given twice) is read once and listed in `duplicateOf`.
 *
 * @param datasets - Each article's dataset.
 * @returns Indices into `datasets` to read, in order, and each duplicate's first index.
 * @internal
 */
export function canonicalOrder(datasets: readonly Dataset[]): { order: number[]; duplicateOf: Map<number, number> } {
  const keys = datasets.map((dataset) => JSON.stringify(dataset));
  const sorted = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const order: number[] = [];
  const duplicateOf = new Map<number, number>();
  for (const index of sorted) {
    const previous = order[order.length - 1];
    if (previous !== undefined && keys[previous] === keys[index]) duplicateOf.set(index, previous);
    else order.push(index);
  }
  return { order, duplicateOf };
}
