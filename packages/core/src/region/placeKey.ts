/**
 * Folds a place or unit name to a lookup key: lower case, diacritics and every non-letter/digit
 * removed, `sumatra` read as `sumatera`, and runs of one repeated letter collapsed (so `Okuu`,
 * `Tanjung  Balai` and `Tanjungbalai` meet). Linear time. Internal helper, not exported by the package.
 *
 * @param text - A name as written, e.g. `'Sumatra Selatan'`.
 * @returns The key, e.g. `'sumaterselatan'`; empty for a text without letters or digits.
 * @example
 * ```ts
 * placeKey('Tanjung Balai') === placeKey('TANJUNGBALAI')
 * //=> true
 * ```
 * @category Regions
 * @internal
 */
export function placeKey(text: string): string {
  // Most words are ASCII letters and digits with no run of one letter: their key is the text in
  // lower case, told in one pass (the passes below each read the text again).
  if (isPlainWord(text)) {
    const key = text.toLowerCase();
    return key.includes('sumatra') ? collapseRuns(key.replaceAll('sumatra', 'sumatera')) : key;
  }
  // NFKD leaves ASCII as it is; the parsers call this for every word, mostly plain ASCII.
  const lower = isAscii(text) ? text.toLowerCase() : text.normalize('NFKD').toLowerCase();
  let letters = lettersAndDigits(lower);
  if (letters.includes('sumatra')) letters = letters.replaceAll('sumatra', 'sumatera');
  return collapseRuns(letters);
}

/** Only ASCII letters and digits, and no character the same as the one before it (case aside). */
function isPlainWord(text: string): boolean {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    // `| 32` lower-cases an ASCII letter and leaves a digit as it is.
    const code = text.charCodeAt(i) | 32;
    if (!isKept(code) || code === previous) return false;
    previous = code;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isKept(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The a–z and 0–9 characters of `text` (the text itself when it has nothing else). */
function lettersAndDigits(text: string): string {
  let i = 0;
  while (i < text.length && isKept(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (isKept(text.charCodeAt(i))) out += text[i];
  return out;
}

/** `text` with every run of one repeated character cut to one. */
function collapseRuns(text: string): string {
  let i = 1;
  while (i < text.length && text.charCodeAt(i) !== text.charCodeAt(i - 1)) i++;
  if (i >= text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (text.charCodeAt(i) !== out.charCodeAt(out.length - 1)) out += text[i];
  return out;
}
