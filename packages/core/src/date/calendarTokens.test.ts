import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarToken, type CalendarTokenList, calendarTokens } from './calendarTokens';

const all = (text: string): CalendarToken[] => {
  const tokens = calendarTokens(text);
  return Array.from({ length: tokens.length }, (_, i) => tokens.get(i)!);
};

describe('calendarTokens', () => {
  it('splits numbers, folded words and marks; white space only separates', () => {
    expect(all('Jum’at (24/11/2023), Rabu')).toEqual([
      { kind: 'word', text: 'jumat' },
      { kind: 'mark', text: '(' },
      { kind: 'number', text: '24', value: 24 },
      { kind: 'mark', text: '/' },
      { kind: 'number', text: '11', value: 11 },
      { kind: 'mark', text: '/' },
      { kind: 'number', text: '2023', value: 2023 },
      { kind: 'mark', text: ')' },
      { kind: 'mark', text: ',' },
      { kind: 'word', text: 'rabu' },
    ]);
  });

  it('drops diacritics, keeps an apostrophe only between letters, and reads a long digit run as NaN', () => {
    expect(all("Fébruari 'x' 123456789")).toEqual([
      { kind: 'word', text: 'februari' },
      { kind: 'mark', text: "'" },
      { kind: 'word', text: 'x' },
      { kind: 'mark', text: "'" },
      { kind: 'number', text: '123456789', value: Number.NaN },
    ]);
  });

  it('lists its number tokens in order', () => {
    // Rabu ( 21 / 2 / 2024 ) pukul 08 . 00 WIB
    expect(calendarTokens('Rabu (21/2/2024) pukul 08.00 WIB').numbers).toEqual([2, 4, 6, 9, 11]);
    expect(calendarTokens('tanpa angka').numbers).toEqual([]);
  });

  it('lower-cases a word with capitals and keeps one without', () => {
    expect(all('JANUARI Januari januari 2024').map((t) => t.text)).toEqual(['januari', 'januari', 'januari', '2024']);
  });

  it('counts a character outside the BMP as one mark', () => {
    expect(all('1😀2').map((t) => t.text)).toEqual(['1', '😀', '2']);
  });

  it('gives undefined outside the list and equal tokens on a second visit past its ring of recent tokens', () => {
    const tokens = calendarTokens('12 Januari '.repeat(100));
    expect(tokens.length).toBe(200);
    expect(tokens.get(-1)).toBeUndefined();
    expect(tokens.get(200)).toBeUndefined();
    for (let i = 0; i < 200; i++) tokens.get(i);
    expect(tokens.get(0)).toEqual({ kind: 'number', text: '12', value: 12 });
    expect(tokens.get(199)).toEqual({ kind: 'word', text: 'januari' });
  });

  it('gives offsets into the text as given, whatever its normal form', () => {
    for (const form of ['NFC', 'NFD', 'NFKD'] as const) {
      const text = 'Jum´at (24/11) Fébruari'.normalize(form);
      const tokens = calendarTokens(text);
      const spans = Array.from({ length: tokens.length }, (_, i) => text.slice(tokens.startAt(i), tokens.endAt(i)));
      expect(spans, form).toEqual(['Jum´at', '(', '24', '/', '11', ')', 'Fébruari'].map((t) => t.normalize(form)));
      expect(tokens.get(0), form).toEqual({ kind: 'word', text: 'jumat' });
      expect(tokens.get(6), form).toEqual({ kind: 'word', text: 'februari' });
    }
  });

  it('joins a word over any apostrophe or accent written as one', () => {
    for (const name of ["Jum'at", 'Jum’at', 'Jum‘at', 'Jum`at', 'Jum´at', 'Jumʼat', 'Jumˊat', 'Jum′at']) {
      expect(all(name), name).toEqual([{ kind: 'word', text: 'jumat' }]);
    }
  });

  it('knows, without making a token, whether it is a number, follows white space or a line break, or is in a link', () => {
    const tokens = calendarTokens('Rabu,\n21/2 lihat https://x.id/2024/01/25/ dan IMG-20240125.jpg');
    const at = (text: string) => {
      for (let i = 0; i < tokens.length; i++) if (tokens.get(i)!.text === text) return i;
      return -1;
    };
    expect(tokens.isNumberAt(at('21'))).toBe(true);
    expect(tokens.isNumberAt(at('rabu'))).toBe(false);
    expect(tokens.isNumberAt(-1)).toBe(false);
    expect(tokens.lineBreakBefore(at('21'))).toBe(true);
    expect(tokens.spaceBefore(at('lihat'))).toBe(true);
    expect(tokens.spaceBefore(at('/'))).toBe(false);
    expect(tokens.inLink(at('21'))).toBe(false);
    expect(tokens.inLink(at('2024'))).toBe(true);
    expect(tokens.inLink(at('20240125'))).toBe(true);
    expect(tokens.inLink(at('dan'))).toBe(false);
    expect(tokens.capitalized(at('rabu'))).toBe(true);
    expect(tokens.capitalized(at('lihat'))).toBe(false);
  });

  const view = (tokens: CalendarTokenList, i: number) =>
    i < 0 || i >= tokens.length
      ? undefined
      : [
          tokens.get(i),
          tokens.startAt(i),
          tokens.endAt(i),
          tokens.spaceBefore(i),
          tokens.lineBreakBefore(i),
          tokens.inLink(i),
        ];
  /** Whether a number token may start a date: a day or month, or a year with a dash or slash after it. */
  const mayStartDate = (tokens: CalendarTokenList, i: number) => {
    const digits = tokens.get(i)!.text.length;
    const next = tokens.get(i + 1);
    return digits <= 2 || (digits === 4 && next?.kind === 'mark' && (next.text === '/' || next.text === '-'));
  };
  /**
   * Whether, near numbers only, the numbers listed include all that may start a date (and maybe a
   * few others), and the 20 tokens before each and the 10 after are those of a whole reading.
   */
  const expectSameNearNumbers = (text: string) => {
    const all = calendarTokens(text);
    const near = calendarTokens(text, true, true);
    const starts = near.numbers.map((i) => near.startAt(i));
    const allStarts = all.numbers.map((i) => all.startAt(i));
    for (const start of starts) expect(allStarts).toContain(start);
    for (const i of all.numbers) if (mayStartDate(all, i)) expect(starts, text).toContain(all.startAt(i));
    near.numbers.forEach((m, k) => {
      const whole = all.numbers.find((i) => all.startAt(i) === starts[k])!;
      for (let d = -20; d <= 10; d++) expect(view(near, m + d), `${k}: ${d}`).toEqual(view(all, whole + d));
    });
  };

  it('near numbers only, records the 20 tokens before each number and the 10 after as a whole reading does', () => {
    const parts = fc.constantFrom(
      'Rabu',
      'tanggal',
      '(',
      ')',
      '/',
      '-',
      '.',
      ',',
      ' ',
      '   ',
      '\n',
      '\u00a0',
      ' \u0301',
      '24',
      '2023',
      '2024-',
      '2024\u0301-',
      '1\u0301234-',
      '123１-',
      '100.000',
      '7',
      '١٢',
      '１２',
      'November',
      "Jum'at",
      'Jum ́at',
      's.d.',
      'https://x.id/2024/',
      'IMG-2024.jpg',
      'kata dia',
    );
    // Long words: fewer tokens than a window needs in the characters before a number.
    const long = fc.constantFrom('x'.repeat(45), ` ${'y'.repeat(150)} `, 'a b c d e f g h i j k l ');
    fc.assert(
      fc.property(fc.array(fc.oneof(parts, long), { maxLength: 300 }), (words) => {
        expectSameNearNumbers(words.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('near numbers only, reads again from the last token when the characters before a number hold too few tokens', () => {
    const prose = 'kata '.repeat(50);
    // 19 tokens after the white space the window would start at: one too few.
    expectSameNearNumbers(`${prose}${'z'.repeat(200)}${' a'.repeat(19)} 24 Nov`);
    // The white space there is followed by a combining mark, which joins the words either side.
    expectSameNearNumbers(`${prose}${'x'.repeat(150)} \u0301at${' a'.repeat(19)} 24 Nov`.repeat(3));
  });
});
