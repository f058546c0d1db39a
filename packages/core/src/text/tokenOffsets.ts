// Private base of the parsers' tokenizers: where each token of a text is (small integers in one
// array) and the token objects made on demand, the recent ones kept in a ring.
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
  // Start, end and tag of each token, side by side in one array of small integers (which the garbage
  // collector does not trace). Not a typed array: its memory lives outside the heap and each one
  // costs about as much to make as reading a hundred characters — an article's reading makes a
  // dozen token lists, most for a name or a position (measured: the extractor ~5 % faster).
  private readonly offsets: number[] = [];
  // Plain arrays filled as tokens are read: a short text pays for the few slots it uses.
  private readonly cachedIndex: number[] = [];
  private readonly cached: T[] = [];

  /** @param mask - Ring size minus one; the size is a power of two larger than the parser's reach. */
  constructor(private readonly mask: number) {}

  /** Records the next token: offsets `start` (inclusive) to `end` and a small `tag` (0–65535). */
  protected push(start: number, end: number, tag: number): void {
    this.offsets.push(start, end, tag & 0xffff);
    this.length++;
  }

  /** Offsets of token `index` (which must exist). */
  protected startOf(index: number): number {
    return this.offsets[index * 3]!;
  }
  protected endOf(index: number): number {
    return this.offsets[index * 3 + 1]!;
  }
  /** Tag of token `index` (which must exist), without making the token. */
  protected tagOf(index: number): number {
    return this.offsets[index * 3 + 2]!;
  }

  /** The token at `index`, or `undefined` outside the list. */
  get(index: number): T | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const slot = index & this.mask;
    if (this.cachedIndex[slot] === index) return this.cached[slot];
    const at = index * 3;
    const token = this.make(this.offsets[at]!, this.offsets[at + 1]!, this.offsets[at + 2]!);
    this.cachedIndex[slot] = index;
    this.cached[slot] = token;
    return token;
  }

  /** The object of the token recorded with these offsets and tag. */
  protected abstract make(start: number, end: number, tag: number): T;
}
