import { describe, expect, it } from 'vitest';
import { asideEndAt, asideStartBefore } from './asides';
import { wordSpans } from './wordSpans';

describe('asides in brackets', () => {
  // Words: 0 Kepala, 1 Bidang, 2 Humas, 3 Kabidhumas, 4 Polda, 5 Papua, 6 Kombes
  const words = wordSpans('Kepala Bidang Humas (Kabidhumas) Polda Papua Kombes');

  it('finds where an aside ends from its first word, and where it starts from its last', () => {
    expect(asideEndAt(words, 3)).toBe(4);
    expect(asideStartBefore(words, 3)).toBe(3);
  });

  it('finds nothing where no bracket is, or where the aside is not closed nearby', () => {
    expect(asideEndAt(words, 2)).toBe(-1);
    expect(asideStartBefore(words, 4)).toBe(-1);
    const open = wordSpans('Kapolres (satu dua tiga empat lima enam AKBP');
    expect(asideEndAt(open, 1)).toBe(-1);
    // A sentence end inside is no aside.
    expect(asideEndAt(wordSpans('Kapolres (satu! Dua) AKBP'), 1)).toBe(-1);
    expect(asideEndAt(wordSpans('Kapolres (Kel. Dua) AKBP'), 1)).toBe(3);
    expect(asideEndAt(wordSpans('akhir (teks)'), 1)).toBe(-1);
  });
});
