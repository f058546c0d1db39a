import type { Evidence } from '@kamtibmas/core';

/** Offsets below this make a span's key `start * SPAN_KEY_BASE + end`, exact in a double (< 2^52);
 * other spans are keyed by a string. */
const SPAN_KEY_BASE = 2 ** 26;

/**
 * Collects the evidence of an extraction. Every entry is cut from the article itself, so its
 * `quote` is `text.slice(start, end)` by construction; an entry with an empty or out-of-range
 * span is dropped, and the same claim on the same span is kept once.
 *
 * @internal
 */
export class EvidenceList {
  readonly #text: string;
  readonly #items: Evidence[] = [];
  /** The claims made on each span, by span: a number for the usual span (no key string built per
   * claim). */
  readonly #seen = new Map<number | string, string[]>();

  /** @param text - The article every span points into. */
  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Adds the evidence for `claim` spanning `start`–`end` of the article.
   *
   * @param claim - What the quote backs (`'event.date'`, `'person:imam-tarmudi.rank'`).
   * @param start - First offset.
   * @param end - Offset past the end.
   */
  add(claim: string, start: number, end: number): void {
    if (!(start >= 0 && end > start && end <= this.#text.length)) return;
    const key =
      Number.isInteger(start) && Number.isInteger(end) && end < SPAN_KEY_BASE
        ? start * SPAN_KEY_BASE + end
        : `${start}:${end}`;
    const claims = this.#seen.get(key);
    if (claims === undefined) this.#seen.set(key, [claim]);
    else if (claims.includes(claim)) return;
    else claims.push(claim);
    this.#items.push({ claim, quote: this.#text.slice(start, end), start, end });
  }

  /** The evidence, in the order added. */
  list(): Evidence[] {
    return this.#items;
  }
}
