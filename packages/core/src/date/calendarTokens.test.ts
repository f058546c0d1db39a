import { describe, expect, it } from 'vitest';
import { type CalendarToken, calendarTokens } from './calendarTokens';

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
});
