/**
 * Territorial unit kinds (kesatuan kewilayahan), from national to sub-district level.
 *
 * - `mabes` — Markas Besar Polri (national headquarters).
 * - `polda` — Kepolisian Daerah (province).
 * - `polrestabes` — Kepolisian Resor Kota Besar, Polres type A.
 * - `polres-metro` — Kepolisian Resor Metropolitan, Polres type B (Polda Metro Jaya only).
 * - `polresta` — Kepolisian Resor Kota, Polres type C.
 * - `polres` — Kepolisian Resor, Polres type D (kabupaten/kota).
 * - `polsek` — Kepolisian Sektor (kecamatan).
 * - `polsubsektor` — Kepolisian Subsektor, an interim unit that later becomes a Polsek.
 *
 * @example
 * ```ts
 * TERRITORIAL_UNIT_KINDS.includes('polres')
 * //=> true
 * ```
 * @category Units
 */
export const TERRITORIAL_UNIT_KINDS = [
  'mabes',
  'polda',
  'polrestabes',
  'polres-metro',
  'polresta',
  'polres',
  'polsek',
  'polsubsektor',
] as const;

/**
 * Functional unit kinds: parts of a territorial unit (a Ditbinmas inside a Polda, a Satbinmas
 * inside a Polres). A functional unit always has a parent.
 *
 * - `divisi` — Divisi at Mabes (e.g. Divisi Humas Polri).
 * - `korps` — Korps at Mabes (e.g. Korbinmas Baharkam Polri).
 * - `biro` — Biro (Mabes or Polda).
 * - `direktorat` — Direktorat at a Polda (e.g. Ditbinmas).
 * - `bidang` — Bidang at a Polda (e.g. Bidhumas).
 * - `satuan` — Satuan at a Polres (e.g. Satbinmas, Sat Intelkam).
 * - `seksi` — Seksi at a Polres (e.g. Si Humas).
 * - `unit` — Unit at a Polsek or inside a Satuan (e.g. Unit Binmas).
 *
 * @example
 * ```ts
 * FUNCTIONAL_UNIT_KINDS.includes('direktorat')
 * //=> true
 * ```
 * @category Units
 */
export const FUNCTIONAL_UNIT_KINDS = [
  'divisi',
  'korps',
  'biro',
  'direktorat',
  'bidang',
  'satuan',
  'seksi',
  'unit',
] as const;

/**
 * Every unit kind, territorial first.
 *
 * @example
 * ```ts
 * UNIT_KINDS.length
 * //=> 16
 * ```
 * @category Units
 */
// A /* @__PURE__ */ call: bundlers keep a bare top-level spread (it could run an iterator), and the
// built entry is one file, so every import would pay for this list (see .size-limit.cjs).
export const UNIT_KINDS = /* @__PURE__ */ (() => [...TERRITORIAL_UNIT_KINDS, ...FUNCTIONAL_UNIT_KINDS] as const)();

/**
 * A territorial unit kind, e.g. `'polres'`.
 *
 * @example
 * ```ts
 * const kind: TerritorialUnitKind = 'polsek';
 * ```
 * @category Units
 */
export type TerritorialUnitKind = (typeof TERRITORIAL_UNIT_KINDS)[number];

/**
 * A functional unit kind, e.g. `'satuan'`.
 *
 * @example
 * ```ts
 * const kind: FunctionalUnitKind = 'direktorat';
 * ```
 * @category Units
 */
export type FunctionalUnitKind = (typeof FUNCTIONAL_UNIT_KINDS)[number];

/**
 * Any unit kind.
 *
 * @example
 * ```ts
 * const kind: UnitKind = 'polda';
 * ```
 * @category Units
 */
export type UnitKind = TerritorialUnitKind | FunctionalUnitKind;
