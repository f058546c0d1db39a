// Recognizer: the brackets news puts around a date ("Rabu (21/2/2024)", "(24/8)"); a mention's
// span includes them.
import type { CalendarTokenList } from '../calendarTokens';

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/** Whether tokens `first` … `last` are enclosed by a pair of brackets written just around them. */
export function isEnclosed(tokens: CalendarTokenList, first: number, last: number): boolean {
  const open = tokens.get(first - 1);
  const close = tokens.get(last + 1);
  return (
    open?.kind === 'mark' &&
    close?.kind === 'mark' &&
    CLOSING[open.text] !== undefined &&
    CLOSING[open.text] === close.text
  );
}
