import { slugify } from '../_lib/slug';

/**
 * The words of a person's name, folded as ids are (`'Imam  Tarmudi'` → `['imam', 'tarmudi']`).
 *
 * @param name - The name as written.
 * @returns Its words, lower case, marks dropped.
 * @internal
 */
export function nameTokens(name: string): string[] {
  return slugify(name).split('-');
}

/**
 * Whether every word of `short` appears in `long`, in the same order, and `long` has more words
 * ("Imam" and "Imam Tarmudi"; "Tarmudi" and "Imam Tarmudi"; not "Tarmudi Imam" and "Imam Tarmudi").
 *
 * @param short - The shorter name's words.
 * @param long - The longer name's words.
 * @returns Whether `short` is a strict sub-sequence of `long`.
 * @internal
 */
export function isShorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  let i = 0;
  for (const word of long) if (i < short.length && word === short[i]) i++;
  return i === short.length;
}
