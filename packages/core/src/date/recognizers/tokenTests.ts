// Private: small tests on calendar tokens shared by the date recognizers.
import type { CalendarToken, CalendarTokenList } from '../calendarTokens';

export type NumberToken = CalendarToken & { kind: 'number' };

/** Whether a token is a number of at most `maxDigits` digits. */
export function isNumber(token: CalendarToken | undefined, maxDigits: number): token is NumberToken {
  return token?.kind === 'number' && token.text.length <= maxDigits && !Number.isNaN(token.value);
}

/** Whether a token is one of the given marks. */
export function isMark(token: CalendarToken | undefined, marks: ReadonlySet<string>): boolean {
  return token?.kind === 'mark' && marks.has(token.text);
}

/** Whether a token is one of the given (folded) words. */
export function isWord(token: CalendarToken | undefined, words: ReadonlySet<string>): boolean {
  return token?.kind === 'word' && words.has(token.text);
}

/** A four-digit year 1900–2100, or a two-digit one read as 20yy; `undefined` otherwise. */
export function fullYear(token: NumberToken, twoDigits: boolean): number | undefined {
  if (twoDigits && token.text.length === 2) return 2000 + token.value;
  if (token.text.length === 4 && token.value >= 1900 && token.value <= 2100) return token.value;
  return undefined;
}

/** Whether token `i` is on the same line as token `i - 1` (no line break between them). */
export function sameLine(tokens: CalendarTokenList, i: number): boolean {
  return !tokens.lineBreakBefore(i);
}

/** Whether tokens `from` … `to` (inclusive) are written without white space between them. */
export function glued(tokens: CalendarTokenList, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens.spaceBefore(k)) return false;
  return true;
}
