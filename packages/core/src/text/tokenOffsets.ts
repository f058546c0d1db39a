// Private base of the parsers' tokenizers: where each token of a text is (three integers a token,
// in one array) and the token objects made on demand, the recent ones kept in a ring.
// Keeping an object and its strings for every token to the end made the garbage collector's work,
// and so the time per character, grow with the text; a parser reads only near its position.

/** Texts at least this long (an article, not a name or a position) keep their token offsets in a
 * typed array (see `typed`). */
const TYPED_FROM_LENGTH = 1_024;
/** Characters a token takes on average in news text (a word and the space after it): a typed
 * array is first made for the tokens a text of its length usually holds. */
const CHARACTERS_PER_TOKEN = 4;
/** Most tokens a typed array holds before it first doubles (a long text's grow as they are read). */
const FIRST_TYPED_CAPACITY = 2_048;

/**
 * Tokens of one text read by index like an array (`get(i)`, `length`); `undefined` outside
 * `0 … length - 1`. A subclass records each token with {@link TokenOffsets.push} in one pass and
 * makes its object in {@link TokenOffsets.make}. A token read again after leaving the ring is made
 * again: equal, not the same object.
 */
export abstract class TokenOffsets<T> {
  /** Number of tokens. */
  length = 0;
  // Start, end and tag of each token, side by side. An article's reading makes a dozen token lists,
  // most for a name or a position: for such a short text they are a heap array of small integers
  // (cheap to make; a typed array's memory lives outside the heap and costs about as much to make
  // as reading a hundred characters). An article's are a typed array made at about the size it
  // needs and grown by doubling: a heap array grew by copies that were 40 % of all an article's
  // reading allocated, and the garbage collector neither copies nor scans a typed array (with a
  // heap array, 10× the text cost 11–13× the time). Two fields, not one of either kind: a field holding both made every read
  // polymorphic, and a long text slower than with a heap array.
  protected readonly heap: number[] | undefined;
  private typed: Int32Array | undefined;
  // Plain arrays made at the first read, as long as the ring or the list (whichever is shorter): a
  // short text pays for the few slots it uses, and a long one's are not grown again and again as
  // slots are first written out of order. The indexes start at -1, never a hole: a hole read as
  // `undefined` made the optimizer compare an index with a generic call at every read.
  private cachedIndex: number[] | undefined;
  private cached: T[] | undefined;

  /**
   * @param mask - Ring size minus one; the size is a power of two larger than the parser's reach.
   * @param textLength - Length of the text the tokens are read from (a long text's go in a typed array).
   */
  constructor(
    private readonly mask: number,
    textLength: number,
  ) {
    if (textLength < TYPED_FROM_LENGTH) this.heap = [];
    else this.typed = new Int32Array(3 * Math.min(FIRST_TYPED_CAPACITY, Math.ceil(textLength / CHARACTERS_PER_TOKEN)));
  }

  /** Records the next token: offsets `start` (inclusive) to `end` and a small `tag` (0–65535). */
  protected push(start: number, end: number, tag: number): void {
    const heap = this.heap;
    if (heap !== undefined) heap.push(start, end, tag & 0xffff);
    else {
      const at = this.length * 3;
      let typed = this.typed!;
      if (at === typed.length) {
        const grown = new Int32Array(at * 2);
        grown.set(typed);
        this.typed = typed = grown;
      }
      typed[at] = start;
      typed[at + 1] = end;
      typed[at + 2] = tag & 0xffff;
    }
    this.length++;
  }

  private offsetAt(slot: number): number {
    const heap = this.heap;
    return heap !== undefined ? heap[slot]! : this.typed![slot]!;
  }

  /** Offsets of token `index` (which must exist). */
  protected startOf(index: number): number {
    return this.offsetAt(index * 3);
  }
  protected endOf(index: number): number {
    return this.offsetAt(index * 3 + 1);
  }
  /** Tag of token `index` (which must exist), without making the token. */
  protected tagOf(index: number): number {
    return this.offsetAt(index * 3 + 2);
  }

  /**
   * Every token's start, end and tag side by side (token `i` at `3i`, `3i + 1`, `3i + 2`; slots
   * past `3 * length` are unused), to be read, not written: a tokenizer that reads another list's
   * every token reads them here, not through three calls a token.
   */
  offsetSlots(): ArrayLike<number> {
    return this.heap ?? this.typed!;
  }

  /** The token at `index`, or `undefined` outside the list. */
  get(index: number): T | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const slot = index & this.mask;
    let cachedIndex = this.cachedIndex;
    if (cachedIndex === undefined) {
      // Every slot an index of the list reaches (a token pushed after this read only grows the array).
      const size = Math.min(this.mask + 1, this.length);
      this.cachedIndex = cachedIndex = new Array<number>(size).fill(-1);
      this.cached = new Array<T>(size);
    } else if (cachedIndex[slot] === index) return this.cached![slot];
    const at = index * 3;
    const token = this.make(this.offsetAt(at), this.offsetAt(at + 1), this.offsetAt(at + 2));
    cachedIndex[slot] = index;
    this.cached![slot] = token;
    return token;
  }

  /** The object of the token recorded with these offsets and tag. */
  protected abstract make(start: number, end: number, tag: number): T;
}
