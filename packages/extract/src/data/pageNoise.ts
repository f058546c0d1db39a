// Lines that web pages put around an article and that are not the article: share buttons,
// "read also" links, comment forms, theme residue. Seen in the seed articles
// (packages/fixtures/test/articles: "Scroll untuk baca artikel", "Sebarkan artikel ini",
// "spot_img", "BACA JUGA:", "Tinggalkan Balasan") and the development corpus (corpus/articles:
// "Leave a Reply", "Baca Juga"). Lower case; a line starting with one of them is page noise.
// Data only: no logic.

/**
 * Starts of lines that are page furniture, not article text.
 *
 * @example
 * ```ts
 * PAGE_NOISE_LINE_STARTS.includes('baca juga')
 * //=> true
 * ```
 * @internal
 */
export const PAGE_NOISE_LINE_STARTS = [
  'scroll untuk baca artikel',
  'sebarkan artikel ini',
  'spot_img',
  'baca juga',
  'baca berita',
  'berita terkait',
  'tinggalkan balasan',
  'alamat email anda',
  'leave a reply',
  'your email address',
  'img ',
  'foto:',
  'editor:',
  'penulis:',
  'share',
  'bagikan',
  'advertisement',
  'iklan',
] as const satisfies readonly string[];

/**
 * Words after which quotation marks enclose a name (an event's title, a theme, a slogan), not a
 * statement: "menggelar acara “Ngopi Bareng Forkopimda …”", "mengusung tema “…”".
 *
 * @example
 * ```ts
 * QUOTED_NAME_CUES.includes('tema')
 * //=> true
 * ```
 * @internal
 */
export const QUOTED_NAME_CUES = [
  'acara',
  'tema',
  'bertema',
  'bertajuk',
  'berjudul',
  'kegiatan',
  'program',
  'slogan',
  'tagline',
  'moto',
  'motto',
  'istilah',
  'giat',
  'menggelar',
  'melaksanakan',
] as const satisfies readonly string[];

/** How far before the opening mark a naming cue is looked for. */
export const NAMING_REACH = 24;
