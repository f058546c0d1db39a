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
/** Smallest capacity (a text of a few words). */
const MIN_CAPACITY = 16;
/** First capacity is the text's length divided by 2^this: news has about one token per 5–7 characters. */
const CHARACTERS_PER_TOKEN_SHIFT = 2;
/** Above this a long text grows by doubling, so a mostly-space text does not reserve a token per 4 characters up front. */
const MAX_FIRST_CAPACITY = 1 << 16;

export abstract class TokenOffsets<T> {
  /** Number of tokens. */
  length = 0;
  // Start, end and tag of each token, side by side in one typed array: typed arrays are allocated
  // outside the heap, and each allocation costs about as much as reading a hundred characters. It is
  // made once, sized from the text, and grows by doubling only when a text holds more tokens than that.
  private offsets: Int32Array;
  // Plain arrays filled as tokens are read: a short text pays for the few slots it uses.
  private readonly cachedIndex: number[] = [];
  private readonly cached: T[] = [];

  /**
   * @param mask - Ring size minus one; the size is a power of two larger than the parser's reach.
   * @param textLength - Length of the text the tokens are read from: the first capacity is sized from it.
   */
  constructor(
    private readonly mask: number,
    textLength: number,
  ) {
    const capacity = Math.min(MAX_FIRST_CAPACITY, Math.max(MIN_CAPACITY, textLength >> CHARACTERS_PER_TOKEN_SHIFT));
    this.offsets = new Int32Array(capacity * 3);
  }

  /** Records the next token: offsets `start` (inclusive) to `end` and a small `tag` (0–65535). */
  protected push(start: number, end: number, tag: number): void {
    const count = this.length;
    const at = count * 3;
    if (at === this.offsets.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[at] = start;
    this.offsets[at + 1] = end;
    this.offsets[at + 2] = tag & 0xffff;
    this.length = count + 1;
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
