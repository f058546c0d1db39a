// Private: where each value of a record starts (the `locate` option of the streaming JSON reader).

/**
 * Longest path (from the record) of a value whose location is recorded: `@kamtibmas/validators`
 * MAX_DEPTH, so even the path of a too_deep issue gets its exact position.
 */
const MAX_LOCATED_DEPTH = 64;

/**
 * How many values of one record are located. Each location costs its path as a string and an
 * entry (about 200 bytes): a 118 MB dataset of 4 million values took 870 MB for its locations
 * alone. Past this budget only the record's items (`events[7]`, `units[2]`) are located, and an
 * issue inside them is reported at its item's position.
 */
const MAX_LOCATED_VALUES = 50_000;
const MAX_ALWAYS_LOCATED_DEPTH = 2;

/** A value's position: line and column, 1-based. */
export interface ValueLocation {
  line: number;
  column: number;
}

/**
 * The locations of the values of the record being read, keyed by `JSON.stringify(path)`, within a
 * budget. Only values at most MAX_LOCATED_DEPTH levels deep are located: each location costs its
 * path, so locating every value of a record nested 100 000 deep took time and memory in the square
 * of the depth (minutes, then out of memory). The validators refuse anything deeper than their
 * MAX_DEPTH (64) with one too_deep issue, which locateIssue places at the nearest located value.
 * In a record of more than MAX_LOCATED_VALUES values, only the record's items (depth ≤ 2:
 * `events[7]`) are located past the budget; an issue deeper inside takes its item's position.
 */
export class ValueLocator {
  readonly #enabled: boolean;
  #locations: Map<string, ValueLocation> | undefined;
  #count = 0;

  /** A locator that records nothing unless `enabled`. */
  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  /** A record starts: its locations start empty. */
  startRecord(): void {
    if (this.#enabled) this.#locations = new Map();
    this.#count = 0;
  }

  /** Whether a value `depth` levels inside the record is to be located (then call {@link add}). */
  wants(depth: number): boolean {
    return (
      this.#locations !== undefined &&
      depth <= MAX_LOCATED_DEPTH &&
      (this.#count < MAX_LOCATED_VALUES || depth <= MAX_ALWAYS_LOCATED_DEPTH)
    );
  }

  /** Records that the value at `path` (a `JSON.stringify`d path) starts at `line`:`column`. */
  add(path: string, line: number, column: number): void {
    this.#count++;
    this.#locations!.set(path, { line, column });
  }

  /** The locations of the record just completed, handed over (undefined without `locate`). */
  take(): Map<string, ValueLocation> | undefined {
    const locations = this.#locations;
    this.#locations = undefined;
    return locations;
  }
}
