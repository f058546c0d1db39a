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
  // NFKD leaves ASCII as it is: most names skip the normalisation.
  const folded = (isAscii(text) ? text : text.normalize('NFKD')).toLowerCase();
  let out = '';
  let pendingDash = false;
  // Runs of letters and digits are copied whole, not a character at a time.
  let run = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWord) {
      if (run === -1) {
        if (pendingDash && out.length > 0) out += '-';
        pendingDash = false;
        run = i;
      }
      continue;
    }
    if (run !== -1) {
      out += folded.slice(run, i);
      run = -1;
    }
    if (c < 0x300 || c > 0x36f) pendingDash = true;
  }
  return out.length === 0 ? 'x' : out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
