// Private: "did you mean …?" for codes and ids. A bounded edit distance (Levenshtein with
// adjacent transpositions) over a candidate list; case-insensitive, so 'kombes' finds 'KOMBES'.

const MAX_COMPARED_LENGTH = 64;

/** Edit distance between a and b, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, previousPrevious[j - 2]! + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `value` when it is close enough to be an obvious fix: within one edit
 * for short words, about a third of the length for longer ones. Ties keep the first candidate.
 */
export function suggest(value: unknown, candidates: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_COMPARED_LENGTH) return undefined;
  const needle = value.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase(), Math.min(limit, bestDistance));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best === value ? undefined : best;
}
