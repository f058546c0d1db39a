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
  const plain = plainWordCase(text, 0, text.length);
  if (plain !== NOT_PLAIN) return plainKey(plain === PLAIN_LOWER ? text : text.toLowerCase());
  // NFKD leaves ASCII as it is; the parsers call this for every word, mostly plain ASCII.
  const lower = isAscii(text) ? text.toLowerCase() : text.normalize('NFKD').toLowerCase();
  return collapseRuns(withSumatera(lettersAndDigits(lower)));
}

/**
 * The {@link placeKey} of `text.slice(start, end)` (`raw`, that slice, made by the caller), its
 * characters read in `text`: a tokenizer's words are slices of many string shapes, and reading
 * each through its own shape cost more than the key. Internal helper, not exported by the package.
 *
 * @param text - The text a word is in.
 * @param start - Offset of the word's first character.
 * @param end - Offset after its last character.
 * @param raw - `text.slice(start, end)`.
 * @returns `placeKey(raw)`.
 * @example
 * ```ts
 * placeKeyOfRange('di Polres Lamsel', 3, 9, 'Polres')
 * //=> 'polres'
 * ```
 * @category Regions
 * @internal
 */
export function placeKeyOfRange(text: string, start: number, end: number, raw: string): string {
  const plain = plainWordCase(text, start, end);
  if (plain === NOT_PLAIN) return placeKey(raw);
  if (plain === PLAIN_LOWER) return plainKey(raw);
  // A capital only first ("Polres", the common case): its lower case joined to the rest costs a
  // third of toLowerCase.
  if (plain === PLAIN_INITIAL) return plainKey(LOWER_INITIAL[text.charCodeAt(start)]! + text.slice(start + 1, end));
  return plainKey(raw.toLowerCase());
}

const NOT_PLAIN = 0;
const PLAIN_LOWER = 1;
const PLAIN_CAPITALS = 2;
/** Plain, and the first character is the only capital. */
const PLAIN_INITIAL = 3;

/** Each ASCII character as a string, a capital in lower case. */
const LOWER_INITIAL: readonly string[] = /* @__PURE__ */ Array.from({ length: 128 }, (_, code) =>
  String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code),
);

/**
 * Whether `text[start…end)` is only ASCII letters and digits, with no character the same as the one
 * before it (case aside), and whether it has capitals (only the first, or others).
 */
function plainWordCase(text: string, start: number, end: number): number {
  let previous = -1;
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // `| 32` lower-cases an ASCII letter and leaves a digit as it is.
    const lower = code | 32;
    if (!isKept(lower) || lower === previous) return NOT_PLAIN;
    if (code !== lower) capitals++;
    previous = lower;
  }
  if (capitals === 0) return PLAIN_LOWER;
  return capitals === 1 && text.charCodeAt(start) !== (text.charCodeAt(start) | 32) ? PLAIN_INITIAL : PLAIN_CAPITALS;
}

/** The key of a plain word (see plainWordCase) in lower case. */
function plainKey(lower: string): string {
  const key = withSumatera(lower);
  return key === lower ? lower : collapseRuns(key);
}

/** `sumatra` read as `sumatera`, the spelling of Kemendagri's names ("Sumatra Selatan"). */
function withSumatera(letters: string): string {
  // A key shorter than "sumatra" has none: most words are told by their length.
  return letters.length >= 7 && letters.includes('sumatra') ? letters.replaceAll('sumatra', 'sumatera') : letters;
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
