// How news writes that one person acted for another. "A melalui B" and "A (yang) diwakili (oleh)
// B" put the principal first; "B mewakili A" and "B selaku perwakilan A" put the delegate first.
// "melakui" is a misspelling in a seed article (004: "Kapolres BS … melakui Kapolsek Kedurang …").
// "melalui" links two people only when both sides are people: "melalui cooling system" is not a
// delegation. Lower case. Data only: no logic.

/**
 * Cues with the principal before them and the delegate after them.
 *
 * @example
 * ```ts
 * PRINCIPAL_FIRST_CUES.includes('diwakili oleh')
 * //=> true
 * ```
 * @internal
 */
export const PRINCIPAL_FIRST_CUES = [
  'melalui',
  'melakui',
  'melaui',
  'lewat',
  'yang diwakili oleh',
  'yang diwakili',
  'diwakili oleh',
  'diwakili',
  'yang dalam hal ini diwakili oleh',
  'dalam hal ini diwakili oleh',
  'dalam hal ini',
] as const satisfies readonly string[];

/**
 * Cues with the delegate before them and the principal after them.
 *
 * @example
 * ```ts
 * DELEGATE_FIRST_CUES.includes('mewakili')
 * //=> true
 * ```
 * @internal
 */
export const DELEGATE_FIRST_CUES = [
  'mewakili',
  'yang mewakili',
  'selaku perwakilan',
  'sebagai perwakilan',
  'perwakilan dari',
] as const satisfies readonly string[];

/** Characters allowed between a person's mention and a cue (commas, spaces, brackets, short titles). */
export const DELEGATION_GAP_MAX = 14;

/** Short titles (all capitals or with a period: "MT", "MS", "S.IK") allowed in that gap. */
export const DELEGATION_GAP_WORDS = 2;
