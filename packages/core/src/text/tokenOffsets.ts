// Private base of the parsers' tokenizers: where each token of a text is (typed arrays, outside the
// garbage-collected heap) and the token objects made on demand, the recent ones kept in a ring.
// Keeping an object and its strings for every token to the end made the garbage collector's work,
// and so the time per character, grow with the text; a parser reads only near its position.

/**
 * Tokens of one text read by index like an array (`get(i)`, `length`); `undefined` outside
 * `0 … length - 1`. A subclass records each token with {@link TokenOffsets.push} in one pass and
 * makes its object in {@link TokenOffsets.make}. A token read again after leaving the ring is made
 * again: equal, not the same object.
 */
export abstract class TokenOffsets<T> {
  /** Number of tokens. */
  length = 0;
  // Small typed arrays live in the heap; a long text's grow by doubling.
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private tags = new Uint16Array(16);
  // Plain arrays filled as tokens are read: a short text pays for the few slots it uses.
  private readonly cachedIndex: number[] = [];
  private readonly cached: T[] = [];

  /** @param mask - Ring size minus one; the size is a power of two larger than the parser's reach. */
  constructor(private readonly mask: number) {}

  /** Records the next token: offsets `start` (inclusive) to `end` and a small `tag` (0–65535). */
  protected push(start: number, end: number, tag: number): void {
    const count = this.length;
    if (count === this.starts.length) {
      const grow = <A extends Int32Array | Uint16Array>(from: A, to: A): A => {
        to.set(from);
        return to;
      };
      this.starts = grow(this.starts, new Int32Array(count * 2));
      this.ends = grow(this.ends, new Int32Array(count * 2));
      this.tags = grow(this.tags, new Uint16Array(count * 2));
    }
    this.starts[count] = start;
    this.ends[count] = end;
    this.tags[count] = tag;
    this.length = count + 1;
  }

  /** Offsets of token `index` (which must exist). */
  protected startOf(index: number): number {
    return this.starts[index]!;
  }
  protected endOf(index: number): number {
    return this.ends[index]!;
  }
  /** Tag of token `index` (which must exist), without making the token. */
  protected tagOf(index: number): number {
    return this.tags[index]!;
  }

  /** The token at `index`, or `undefined` outside the list. */
  get(index: number): T | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const slot = index & this.mask;
    if (this.cachedIndex[slot] === index) return this.cached[slot];
    const token = this.make(this.starts[index]!, this.ends[index]!, this.tags[index]!);
    this.cachedIndex[slot] = index;
    this.cached[slot] = token;
    return token;
  }

  /** The object of the token recorded with these offsets and tag. */
  protected abstract make(start: number, end: number, tag: number): T;
}
