import type { PositionCode } from './positionCodes';
import type { RankCode } from './rankCodes';
import type { UnitKind } from './unitKinds';

/**
 * What the library knows about one unit kind: names, nesting and command.
 *
 * @example
 * ```ts
 * const rule: UnitKindRule = UNIT_KIND_RULES.polres;
 * rule.commander?.ranks
 * //=> ['AKBP']
 * ```
 * @category Units
 */
export interface UnitKindRule {
  /** Indonesian name, e.g. `'Kepolisian Resor'`. */
  readonly name: string;
  /** Abbreviation as news writes it, e.g. `'Polres'`; for functional kinds the generic word. */
  readonly abbreviation: string;
  /** English name (literal; English usage varies across outlets, domain notes §8.11). */
  readonly englishName: string;
  /** Kesatuan kewilayahan (`true`) or a functional part of one (`false`). */
  readonly territorial: boolean;
  /** Kinds of unit this kind may sit directly under; empty for Mabes only. */
  readonly parentKinds: readonly UnitKind[];
  /** Classes of the kind (`UnitType`), with their meaning. */
  readonly types?: Readonly<Partial<Record<'A-K' | 'A' | 'B' | 'C' | 'D', string>>>;
  /** Head of a territorial unit: position code and authorised ranks (overall and per class). */
  readonly commander?: {
    readonly position: PositionCode;
    readonly ranks: readonly RankCode[];
    readonly ranksByType?: Readonly<Partial<Record<'A-K' | 'A' | 'B' | 'C' | 'D', readonly RankCode[]>>>;
  };
  /** Sources and UNCONFIRMED marks. */
  readonly note?: string;
}

const POLRES_KINDS = ['polrestabes', 'polres-metro', 'polresta', 'polres'] as const;

/**
 * Rules for every unit kind (domain notes `polri.md` §2–§3; sources S15, S22–S29, S36, S71, S89).
 * Ranks are authorised ranks: holders often sit one rank below right after appointment
 * (a Brigjen as type-A Kapolda), so check them as advisories, not errors.
 *
 * @example
 * ```ts
 * UNIT_KIND_RULES.polsek.parentKinds
 * //=> ['polrestabes', 'polres-metro', 'polresta', 'polres']
 * ```
 * @category Units
 */
export const UNIT_KIND_RULES = {
  mabes: {
    name: 'Markas Besar Polri',
    abbreviation: 'Mabes Polri',
    englishName: 'National Police Headquarters',
    territorial: true,
    parentKinds: [],
    commander: { position: 'kapolri', ranks: ['JENDERAL'] },
  },
  polda: {
    name: 'Kepolisian Daerah',
    abbreviation: 'Polda',
    englishName: 'Regional Police',
    territorial: true,
    parentKinds: ['mabes'],
    types: { 'A-K': 'A khusus ("A+"), Polda Metro Jaya only', A: 'type A', B: 'type B' },
    commander: {
      position: 'kapolda',
      ranks: ['BRIGJEN', 'IRJEN'],
      ranksByType: { 'A-K': ['IRJEN'], A: ['IRJEN'], B: ['BRIGJEN'] },
    },
    note: 'Perpol 14/2018 (S28, S23).',
  },
  polrestabes: {
    name: 'Kepolisian Resor Kota Besar',
    abbreviation: 'Polrestabes',
    englishName: 'Big City Resort Police',
    territorial: true,
    parentKinds: ['polda'],
    commander: { position: 'kapolrestabes', ranks: ['KOMBES'] },
    note: 'Polres type A (S22, S26, S27).',
  },
  'polres-metro': {
    name: 'Kepolisian Resor Metropolitan',
    abbreviation: 'Polres Metro',
    englishName: 'Metropolitan Resort Police',
    territorial: true,
    parentKinds: ['polda'],
    commander: { position: 'kapolres-metro', ranks: ['KOMBES'] },
    note: 'Polres type B, seen in the Polda Metro Jaya area (exclusivity UNCONFIRMED) (S22, S85, S86).',
  },
  polresta: {
    name: 'Kepolisian Resor Kota',
    abbreviation: 'Polresta',
    englishName: 'City Resort Police',
    territorial: true,
    parentKinds: ['polda'],
    commander: { position: 'kapolresta', ranks: ['KOMBES'] },
    note: 'Polres type C (S22, S27, S88).',
  },
  polres: {
    name: 'Kepolisian Resor',
    abbreviation: 'Polres',
    englishName: 'Resort Police',
    territorial: true,
    parentKinds: ['polda'],
    commander: { position: 'kapolres', ranks: ['AKBP'] },
    note: 'Polres type D, kabupaten/kota (S22, S23, S27).',
  },
  polsek: {
    name: 'Kepolisian Sektor',
    abbreviation: 'Polsek',
    englishName: 'Sector Police',
    territorial: true,
    parentKinds: POLRES_KINDS,
    types: { A: 'Polsek Metro', B: 'Urban', C: 'Rural', D: 'Prarural' },
    commander: {
      position: 'kapolsek',
      ranks: ['IPDA', 'IPTU', 'AKP', 'KOMPOL', 'AKBP'],
      ranksByType: { A: ['AKBP'], B: ['KOMPOL'], C: ['AKP'], D: ['IPDA', 'IPTU'] },
    },
    note: 'Kapolsek AKBP (Polsek Metro, PMJ only), Kompol (urban), AKP (rural); Iptu/Ipda in some areas — the link to type D (prarural) is UNCONFIRMED (S22, S23, S25, S26, S51).',
  },
  polsubsektor: {
    name: 'Kepolisian Subsektor',
    abbreviation: 'Polsubsektor',
    englishName: 'Subsector Police',
    territorial: true,
    // Written out, not spread from POLRES_KINDS: bundlers keep a table holding a spread even when
    // nothing imports it (see .size-limit.cjs).
    parentKinds: ['polsek', 'polrestabes', 'polres-metro', 'polresta', 'polres'],
    commander: { position: 'kapolsubsektor', ranks: [] },
    note: 'Interim unit that later becomes a Polsek (S89, S72); its parent kind and the Kapolsubsektor rank are UNCONFIRMED.',
  },
  divisi: {
    name: 'Divisi',
    abbreviation: 'Div',
    englishName: 'Division',
    territorial: false,
    parentKinds: ['mabes'],
    note: 'E.g. Divisi Humas Polri (S73).',
  },
  korps: {
    name: 'Korps',
    abbreviation: 'Kor',
    englishName: 'Corps',
    territorial: false,
    parentKinds: ['mabes'],
    note: 'E.g. Korbinmas Baharkam Polri (S43); Baharkam itself is not modelled as a kind.',
  },
  biro: {
    name: 'Biro',
    abbreviation: 'Ro',
    englishName: 'Bureau',
    territorial: false,
    parentKinds: ['mabes', 'polda', 'divisi'],
    note: 'E.g. Biro Penmas (Karo Penmas, S29).',
  },
  direktorat: {
    name: 'Direktorat',
    abbreviation: 'Dit',
    englishName: 'Directorate',
    territorial: false,
    parentKinds: ['polda'],
    note: 'E.g. Ditbinmas (S42, S46).',
  },
  bidang: {
    name: 'Bidang',
    abbreviation: 'Bid',
    englishName: 'Division (Polda)',
    territorial: false,
    parentKinds: ['polda'],
    note: 'E.g. Bidhumas (S59).',
  },
  satuan: {
    name: 'Satuan',
    abbreviation: 'Sat',
    englishName: 'Unit (Polres)',
    territorial: false,
    parentKinds: POLRES_KINDS,
    note: 'E.g. Satbinmas (S36, S48).',
  },
  seksi: {
    name: 'Seksi',
    abbreviation: 'Si',
    englishName: 'Section',
    territorial: false,
    parentKinds: POLRES_KINDS,
    note: 'E.g. Si Humas (S63).',
  },
  unit: {
    name: 'Unit',
    abbreviation: 'Unit',
    englishName: 'Unit',
    territorial: false,
    parentKinds: ['polsek', 'satuan'],
    note: 'E.g. Unit Binmas of a Polsek, Unit Bhabinkamtibmas of a Satbinmas (S36).',
  },
} as const satisfies Record<UnitKind, UnitKindRule>;
