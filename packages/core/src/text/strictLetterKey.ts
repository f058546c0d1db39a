// Private: the key of a whole short form (a rank, a title) as its readers look it up.

/**
 * The letters of a short written form, lower-cased, with the dots, commas and white space between
 * them dropped (`'Kombes, Pol.'` → `'kombespol'`, `'S. IK'` → `'sik'`); `undefined` as soon as any
 * other character appears (a digit, a hyphen, a slash, a letter outside a–z), since then the text
 * is not the form. Stricter than {@link letterKey}, which keys the words of running text. Linear.
 */
export function strictLetterKey(text: string): string | undefined {
  let key = '';
  for (const ch of text) {
    if (ch === '.' || ch === ',' || ch.trim() === '') continue;
    const lower = ch.toLowerCase();
    if (lower.length !== 1 || lower < 'a' || lower > 'z') return undefined;
    key += lower;
  }
  return key;
}
