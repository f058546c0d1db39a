import type { Evidence } from '@kamtibmas/core';

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
  readonly #seen = new Set<string>();

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
    const key = `${claim}\u0000${start}\u0000${end}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#items.push({ claim, quote: this.#text.slice(start, end), start, end });
  }

  /** The evidence, in the order added. */
  list(): Evidence[] {
    return this.#items;
  }
}
