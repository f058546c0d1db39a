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
  const lower = text.normalize('NFKD').toLowerCase();
  let letters = '';
  for (const ch of lower) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) letters += ch;
  }
  letters = letters.replaceAll('sumatra', 'sumatera');
  let out = '';
  for (const ch of letters) {
    if (out.length === 0 || out[out.length - 1] !== ch) out += ch;
  }
  return out;
}
