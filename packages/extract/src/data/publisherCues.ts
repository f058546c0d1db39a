// How an article names its outlet in its first lines: a domain written in the dateline
// ("PALEMBANG, KORANPALPRES.COM - …", "Lamongan | antarwaktu.com – …") or on a line of its own
// ("BuserNet.co.id"). Seed articles 000, 001, 003, 004 and the development corpus. Data only.

/**
 * Top-level domains an outlet's name ends with, lower case.
 *
 * @example
 * ```ts
 * OUTLET_DOMAIN_ENDINGS.includes('.com')
 * //=> true
 * ```
 * @internal
 */
export const OUTLET_DOMAIN_ENDINGS = [
  '.com',
  '.co.id',
  '.id',
  '.co',
  '.net',
  '.news',
  '.org',
  '.or.id',
  '.go.id',
  '.info',
  '.online',
  '.web.id',
  '.my.id',
] as const satisfies readonly string[];

/** How far into the article (characters) the outlet's name is looked for. */
export const PUBLISHER_REACH = 800;
