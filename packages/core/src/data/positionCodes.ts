/**
 * Codes of the positions (jabatan) that appear in events: police command and staff posts, and
 * the civilian posts of officials. Expected rank ranges for the police posts are in
 * {@link POSITIONS}.
 *
 * @example
 * ```ts
 * POSITION_CODES.includes('kapolres')
 * //=> true
 * ```
 * @category Positions
 */
export const POSITION_CODES = [
  // Police, Mabes
  'kapolri',
  'wakapolri',
  'kabaharkam',
  'kakorbinmas',
  'kadiv-humas',
  'karo-penmas',
  // Police, Polda
  'kapolda',
  'wakapolda',
  'dirbinmas',
  'wadirbinmas',
  'dirintelkam',
  'kabid-humas',
  'kasubdit',
  // Police, Polres
  'kapolrestabes',
  'kapolres-metro',
  'kapolresta',
  'kapolres',
  'wakapolrestabes',
  'wakapolresta',
  'wakapolres',
  'kasat-binmas',
  'kasat-intelkam',
  'kasat-samapta',
  'kasi-humas',
  'kasubbag-humas',
  'kabag-ops',
  // Police, Polsek and below
  'kapolsek',
  'wakapolsek',
  'kapolsubsektor',
  'kanit-binmas',
  'kanit-intelkam',
  'bhabinkamtibmas',
  // Civilian
  'gubernur',
  'wakil-gubernur',
  'bupati',
  'wakil-bupati',
  'wali-kota',
  'wakil-wali-kota',
  'sekretaris-daerah',
  'camat',
  'sekretaris-camat',
  'kepala-desa',
  'lurah',
  'ketua-kpu',
  'anggota-kpu',
  'ketua-bawaslu',
  'anggota-bawaslu',
  'kepala-kesbangpol',
  'ketua-dprd',
  'danramil',
  'dandim',
  'babinsa',
] as const;

/**
 * A position code, e.g. `'kapolres'` or `'camat'`.
 *
 * @example
 * ```ts
 * const position: PositionCode = 'kasat-binmas';
 * ```
 * @category Positions
 */
export type PositionCode = (typeof POSITION_CODES)[number];
