import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords } from './foldedWords';

/** What foldedWords must give, read one character at a time: letters and digits folded to lower-case
 * ASCII (accents dropped), apostrophes and combining marks skipped inside a word, anything else a break. */
function oneCharacterAtATime(text: string) {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let word = '';
  let start = -1;
  let end = -1;
  const close = () => {
    if (word === '') return;
    words.push(word);
    starts.push(start);
    ends.push(end);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const skip = /['`’‘´ʼ]/u.test(ch) || /\p{M}/u.test(ch);
    const fold = [...ch.normalize('NFKD').toLowerCase()].filter((c) => /[a-z0-9]/u.test(c)).join('');
    if (skip) continue;
    if (fold === '') {
      close();
      continue;
    }
    if (word === '') start = i;
    word += fold;
    end = i + 1;
  }
  close();
  return { words, starts, ends };
}

describe('foldedWords', () => {
  it('folds words with their offsets in the text as written', () => {
    expect(foldedWords("Doa Bersama Jum'at di Desa Sukamaju-Bantul (Kamis).")).toEqual({
      words: ['doa', 'bersama', 'jumat', 'di', 'desa', 'sukamaju', 'bantul', 'kamis'],
      starts: [0, 4, 12, 19, 22, 27, 36, 44],
      ends: [3, 11, 18, 21, 26, 35, 42, 49],
    });
    expect(foldedWords('Pemilu DAMAI 2024, Sosialisasi').words).toEqual(['pemilu', 'damai', '2024', 'sosialisasi']);
    expect(foldedWords('Café Ñusa Jum’at').words).toEqual(['cafe', 'nusa', 'jumat']);
  });

  it('reads ASCII words whole and other words a character at a time alike', () => {
    const piece = fc.constantFrom(
      'Polres',
      'ASN',
      'pemilu',
      '2024',
      "Jum'at",
      'Jum’at',
      'café',
      'e\u0301',
      '-',
      ' ',
      ', ',
      '.',
      '`',
      "'",
      '\n',
      'Ñ',
      'x9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        expect(foldedWords(text)).toEqual(oneCharacterAtATime(text));
      }),
      { numRuns: 500 },
    );
  });
});
