// Private tokenizer for the date parser: one linear pass, no regular expressions.

/** A token of date text: a run of digits, a folded word, or one punctuation character. */
export type CalendarToken =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'word'; text: string }
  | { kind: 'mark'; text: string };

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ']);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Splits text into numbers, words (lower case, diacritics and in-word apostrophes removed, so
 * "Jum’at" is `jumat`) and punctuation marks; white space only separates. Digit runs longer than
 * 8 keep their text but get value `NaN`, so no date pattern accepts them.
 */
export function calendarTokens(text: string): CalendarToken[] {
  const chars = Array.from(text.normalize('NFKD').toLowerCase()).filter((ch) => {
    const code = ch.charCodeAt(0);
    return !(code >= 0x300 && code <= 0x36f);
  });
  const tokens: CalendarToken[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (isDigit(ch)) {
      let j = i;
      while (isDigit(chars[j])) j++;
      const digits = chars.slice(i, j).join('');
      tokens.push({ kind: 'number', text: digits, value: digits.length <= 8 ? Number(digits) : Number.NaN });
      i = j;
    } else if (isLetter(ch)) {
      let word = '';
      let j = i;
      while (j < chars.length) {
        const c = chars[j]!;
        if (isLetter(c)) {
          word += c;
          j++;
        } else if (APOSTROPHES.has(c) && isLetter(chars[j + 1])) {
          j++; // Jum'at, Jum’at
        } else {
          break;
        }
      }
      tokens.push({ kind: 'word', text: word });
      i = j;
    } else {
      if (ch.trim() !== '') tokens.push({ kind: 'mark', text: ch });
      i++;
    }
  }
  return tokens;
}
