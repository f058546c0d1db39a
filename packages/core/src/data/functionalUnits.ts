import type { FunctionalUnitKind, UnitKind } from './unitKinds';
import type { UnitFunction } from './vocabularyCodes';

/**
 * A functional unit (a part of a territorial unit) as news names it.
 *
 * @example
 * ```ts
 * const entry: FunctionalUnitRecord = FUNCTIONAL_UNITS.ditbinmas;
 * entry.kind
 * //=> 'direktorat'
 * ```
 * @category Units
 */
export interface FunctionalUnitRecord {
  /** Kind of the functional unit. */
  readonly kind: FunctionalUnitKind;
  /** Police function it serves. */
  readonly function: UnitFunction;
  /** Canonical short name, e.g. `'Ditbinmas'`. */
  readonly name: string;
  /** Expanded name, e.g. `'Direktorat Pembinaan Masyarakat'`. */
  readonly fullName: string;
  /** Other spellings in news (`'Dit Binmas'`, `'Sie Humas'`), matched in any case. */
  readonly aliases: readonly string[];
  /** Kinds of unit it sits in. */
  readonly parentKinds: readonly UnitKind[];
  /** Source notes and UNCONFIRMED marks. */
  readonly note?: string;
}

const POLRES_TYPES = ['polrestabes', 'polres-metro', 'polresta', 'polres'] as const;

/**
 * Functional units commonly named in Binmas/Humas news (domain notes `polri.md` §2 "Binmas and
 * Humas functions per level" and §8 gotcha 6; sources S36, S38, S42–S48, S59–S63, S73).
 *
 * @example
 * ```ts
 * FUNCTIONAL_UNITS.satbinmas.aliases.includes('Sat Binmas')
 * //=> true
 * ```
 * @category Units
 */
export const FUNCTIONAL_UNITS = {
  korbinmas: {
    kind: 'korps',
    function: 'binmas',
    name: 'Korbinmas Baharkam Polri',
    fullName: 'Korps Pembinaan Masyarakat Badan Pemelihara Keamanan Polri',
    aliases: ['Korbinmas', 'Korbinmas Baharkam', 'Korbinmas Baharkam Polri'],
    parentKinds: ['mabes'],
    note: 'Binmas at national level, under Baharkam (S38, S43); the expansion "Korps Pembinaan Masyarakat" is UNCONFIRMED.',
  },
  divhumas: {
    kind: 'divisi',
    function: 'humas',
    name: 'Divisi Humas Polri',
    fullName: 'Divisi Hubungan Masyarakat Polri',
    aliases: ['Divisi Humas', 'Div Humas', 'Divhumas', 'Divisi Humas Polri'],
    parentKinds: ['mabes'],
    note: 'Headed by the Kadiv Humas (Irjen) (S73).',
  },
  ropenmas: {
    kind: 'biro',
    function: 'humas',
    name: 'Biro Penmas',
    fullName: 'Biro Penerangan Masyarakat',
    aliases: ['Biro Penmas', 'Ropenmas', 'Ro Penmas'],
    parentKinds: ['divisi'],
    note: 'Headed by the Karo Penmas (Brigjen) (S29); placement under Divisi Humas and expansion UNCONFIRMED.',
  },
  ditbinmas: {
    kind: 'direktorat',
    function: 'binmas',
    name: 'Ditbinmas',
    fullName: 'Direktorat Pembinaan Masyarakat',
    aliases: ['Ditbinmas', 'Dit Binmas', 'Direktorat Binmas', 'Direktorat Pembinaan Masyarakat'],
    parentKinds: ['polda'],
    note: 'Headed by the Dirbinmas (Kombes), deputy Wadirbinmas (AKBP) (S42, S43, S45, S46).',
  },
  ditintelkam: {
    kind: 'direktorat',
    function: 'intelkam',
    name: 'Ditintelkam',
    fullName: 'Direktorat Intelijen Keamanan',
    aliases: ['Ditintelkam', 'Dit Intelkam', 'Direktorat Intelkam'],
    parentKinds: ['polda'],
    note: 'Name by the pattern of Ditbinmas; not described in the domain notes (UNCONFIRMED).',
  },
  bidhumas: {
    kind: 'bidang',
    function: 'humas',
    name: 'Bidhumas',
    fullName: 'Bidang Hubungan Masyarakat',
    aliases: ['Bidhumas', 'Bid Humas', 'Bidang Humas'],
    parentKinds: ['polda'],
    note: 'Headed by the Kabid Humas (Kombes) (S59, S61, S124).',
  },
  satbinmas: {
    kind: 'satuan',
    function: 'binmas',
    name: 'Satbinmas',
    fullName: 'Satuan Pembinaan Masyarakat',
    aliases: ['Satbinmas', 'Sat Binmas', 'Satuan Binmas', 'Satuan Pembinaan Masyarakat'],
    parentKinds: POLRES_TYPES,
    note: 'Headed by the Kasat Binmas (AKP; Iptu seen) (S36, S47, S48).',
  },
  satintelkam: {
    kind: 'satuan',
    function: 'intelkam',
    name: 'Sat Intelkam',
    fullName: 'Satuan Intelijen Keamanan',
    aliases: ['Sat Intelkam', 'Satintelkam', 'Satuan Intelkam'],
    parentKinds: POLRES_TYPES,
    note: 'Expansion UNCONFIRMED in the domain notes.',
  },
  satsamapta: {
    kind: 'satuan',
    function: 'samapta',
    name: 'Sat Samapta',
    fullName: 'Satuan Samapta',
    aliases: ['Sat Samapta', 'Satsamapta', 'Satuan Samapta'],
    parentKinds: POLRES_TYPES,
    note: 'Named after the Kasat Samapta position code; not described in the domain notes (UNCONFIRMED).',
  },
  sihumas: {
    kind: 'seksi',
    function: 'humas',
    name: 'Si Humas',
    fullName: 'Seksi Hubungan Masyarakat',
    aliases: ['Si Humas', 'Sie Humas', 'Sihumas', 'Seksi Humas'],
    parentKinds: POLRES_TYPES,
    note: 'Headed by the Kasi Humas (AKP) (S63); the rename from Subbag Humas under Perpol 2/2021 is UNCONFIRMED.',
  },
  subbaghumas: {
    kind: 'seksi',
    function: 'humas',
    name: 'Subbag Humas',
    fullName: 'Subbagian Hubungan Masyarakat',
    aliases: ['Subbag Humas', 'Subbaghumas'],
    parentKinds: POLRES_TYPES,
    note: 'Older name of Si Humas (S62); recorded as kind `seksi` because the model has no subbagian kind.',
  },
  unitbinmas: {
    kind: 'unit',
    function: 'binmas',
    name: 'Unit Binmas',
    fullName: 'Unit Pembinaan Masyarakat',
    aliases: ['Unit Binmas', 'Unitbinmas', 'Unit Pembinaan Masyarakat'],
    parentKinds: ['polsek', 'satuan'],
    note: 'Headed by the Kanit Binmas (rank UNCONFIRMED, typically Aiptu–Iptu).',
  },
} as const satisfies Record<string, FunctionalUnitRecord>;
