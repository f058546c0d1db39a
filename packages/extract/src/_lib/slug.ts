/**
 * Kebab-case slug of a name, as the model's ids are written (`'Polres Lebong'` → `'polres-lebong'`,
 * `'Umi Fadilah Astutik'` → `'umi-fadilah-astutik'`). Marks are dropped, every run of other
 * characters becomes one hyphen. Never empty: a name with no letter or digit gives `'x'`.
 *
 * @param text - The name.
 * @returns The slug.
 * @example
 * ```ts
 * slugify('Ditbinmas Polda Sumsel')
 * //=> 'ditbinmas-polda-sumsel'
 * ```
 * @internal
 */
export function slugify(text: string): string {
  const folded = text.normalize('NFKD').toLowerCase();
  let out = '';
  let pendingDash = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWord) {
      if (pendingDash && out.length > 0) out += '-';
      out += folded[i];
      pendingDash = false;
    } else if (c < 0x300 || c > 0x36f) {
      pendingDash = true;
    }
  }
  return out.length === 0 ? 'x' : out;
}
