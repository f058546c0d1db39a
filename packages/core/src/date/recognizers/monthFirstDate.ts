// Recognizer: a date written month first, as English-language widgets and some outlets do —
// "November 27, 2024", "Nov 27, 2024". Only with its comma and year: "November 27" alone is not
// read (it is as often "November, 27 orang").
import type { CalendarTokenList } from '../calendarTokens';
import { monthOfWord } from './monthWord';
import type { RecognizedDate } from './numericDate';
import { fullYear, isMark, isNumber } from './tokenTests';

const COMMA: ReadonlySet<string> = /* @__PURE__ */ new Set([',']);
const DOT: ReadonlySet<string> = /* @__PURE__ */ new Set(['.']);

/**
 * The month-first date starting at token `i` (a capitalized month word), or `undefined`. Constant
 * work: the number after the month is checked before the word is looked up.
 */
export function monthFirstDateAt(tokens: CalendarTokenList, i: number): RecognizedDate | undefined {
  let d = i + 1;
  if (isMark(tokens.get(d), DOT) && !tokens.spaceBefore(d)) d++; // "Nov. 27, 2024"
  if (!tokens.isNumberAt(d) || !tokens.capitalized(i)) return undefined;
  const day = tokens.get(d);
  const comma = tokens.get(d + 1);
  const year = tokens.get(d + 2);
  if (!isNumber(day, 2) || !isMark(comma, COMMA) || year?.kind !== 'number' || year.text.length !== 4) return undefined;
  for (let k = i + 1; k <= d + 2; k++) if (tokens.lineBreakBefore(k)) return undefined;
  const word = tokens.get(i);
  const month = word?.kind === 'word' ? monthOfWord(word.text) : undefined;
  const fullYearValue = fullYear(year, false);
  if (month === undefined || fullYearValue === undefined) return undefined;
  return { last: d + 2, day: day.value, month, year: fullYearValue };
}
