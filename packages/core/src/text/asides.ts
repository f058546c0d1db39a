// Private: bracketed asides in a tokenised text — "Kepala Bidang Humas (Kabidhumas) Polda Papua",
// "Kapolres Halmahera Barat (Halbar), AKBP …" — found from their brackets in the gap classes, so a
// reader can step over them. Bounded work.
import { GAP, type WordList } from './wordSpans';

/** Most words an aside a reader steps over may hold. */
export const MAX_ASIDE_WORDS = 4;

const NOT_INSIDE = GAP.SENTENCE | GAP.PARAGRAPH | GAP.OPEN_BRACKET | GAP.CLOSE_BRACKET;

/**
 * When word `start` opens a bracketed aside (an open bracket before it) that closes within
 * {@link MAX_ASIDE_WORDS} words, the index of the first word after the closing bracket; else -1
 * (also for an aside that ends the text: no word follows it).
 */
export function asideEndAt(spans: WordList, start: number): number {
  const opening = spans.gapBefore(start);
  if ((opening & GAP.OPEN_BRACKET) === 0 || (opening & GAP.CLOSE_BRACKET) !== 0) return -1;
  for (let i = start + 1; i <= start + MAX_ASIDE_WORDS && i < spans.length; i++) {
    const gap = spans.gapBefore(i);
    if ((gap & GAP.CLOSE_BRACKET) !== 0) return (gap & GAP.OPEN_BRACKET) === 0 ? i : -1;
    if ((gap & NOT_INSIDE) !== 0) return -1;
  }
  return -1;
}

/**
 * When the gap after word `last` closes a bracketed aside opened at most {@link MAX_ASIDE_WORDS}
 * words before, the index of the aside's first word; else -1.
 */
export function asideStartBefore(spans: WordList, last: number): number {
  const closing = spans.gapBefore(last + 1);
  if ((closing & GAP.CLOSE_BRACKET) === 0 || (closing & GAP.OPEN_BRACKET) !== 0) return -1;
  for (let i = last; i > last - MAX_ASIDE_WORDS && i >= 0; i--) {
    const gap = spans.gapBefore(i);
    if ((gap & GAP.OPEN_BRACKET) !== 0) return (gap & GAP.CLOSE_BRACKET) === 0 ? i : -1;
    if ((gap & NOT_INSIDE) !== 0) return -1;
  }
  return -1;
}
