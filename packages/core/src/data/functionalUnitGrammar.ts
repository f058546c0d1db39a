import type { FunctionalUnitKind, UnitKind } from './unitKinds';
import type { UnitFunction } from './vocabularyCodes';

/**
 * The word that makes a function a functional unit ("**Sat** Reskrim", "**Dit**samapta",
 * "**Bid** Humas"), glued to the function or spaced, with the kinds of unit it sits in.
 *
 * @example
 * ```ts
 * const word: FunctionalUnitWord = { kind: 'satuan', spellings: ['Sat', 'Satuan'], display: 'Sat', glued: true, parentKinds: ['polres'] };
 * ```
 * @category Units
 */
export interface FunctionalUnitWord {
  /** Kind of unit the word makes. */
  readonly kind: FunctionalUnitKind;
  /** Spellings news uses, matched in any case, glued to the function or spaced. */
  readonly spellings: readonly string[];
  /** Canonical prefix of the display name (`'Sat'` → `'Satreskrim'`). */
  readonly display: string;
  /** Whether the display name glues the prefix to the function (`'Satreskrim'`) or spaces it (`'Unit Reskrim'`). */
  readonly glued: boolean;
  /** Kinds of unit it may sit in, unless the function says otherwise. */
  readonly parentKinds: readonly UnitKind[];
}

const POLRES_TYPES = ['polrestabes', 'polres-metro', 'polresta', 'polres'] as const;

/**
 * Words that make a function a functional unit, by kind (domain notes `polri.md` §2 and the unit
 * kind rules; glued and spaced forms as news writes them: "Satbinmas"/"Sat Binmas" S36, S47, S48;
 * "Ditbinmas"/"Dit Binmas" S42, S46; "Bidhumas" S59; "Si Humas" S63). "Ditrektorat" is a misspelling
 * of Direktorat seen in news (batamnews.co.id, "Ditrektorat Samapta Polda Kepri").
 *
 * @example
 * ```ts
 * FUNCTIONAL_UNIT_WORDS.find((w) => w.kind === 'satuan')?.spellings
 * //=> ['Sat', 'Satuan']
 * ```
 * @category Units
 */
export const FUNCTIONAL_UNIT_WORDS = [
  { kind: 'satuan', spellings: ['Sat', 'Satuan'], display: 'Sat', glued: true, parentKinds: POLRES_TYPES },
  {
    kind: 'direktorat',
    spellings: ['Dit', 'Direktorat', 'Ditrektorat'],
    display: 'Dit',
    glued: true,
    parentKinds: ['polda'],
  },
  { kind: 'bidang', spellings: ['Bid', 'Bidang'], display: 'Bid', glued: true, parentKinds: ['polda'] },
  { kind: 'seksi', spellings: ['Si', 'Sie', 'Seksi'], display: 'Si', glued: false, parentKinds: POLRES_TYPES },
  { kind: 'unit', spellings: ['Unit'], display: 'Unit', glued: false, parentKinds: ['polsek', 'satuan'] },
  { kind: 'biro', spellings: ['Ro', 'Biro'], display: 'Ro', glued: true, parentKinds: ['mabes', 'polda', 'divisi'] },
  { kind: 'divisi', spellings: ['Div', 'Divisi'], display: 'Div', glued: true, parentKinds: ['mabes'] },
] as const satisfies readonly FunctionalUnitWord[];

/**
 * A police function as news names it, and the unit that a bare mention of it before a unit
 * ("**Samapta** Polres Solok", "**Propam** Polres Kampar") stands for at each level.
 *
 * @example
 * ```ts
 * const fn: UnitFunctionSpelling = { function: 'humas', display: 'Humas', spellings: ['Humas'], kinds: ['bidang', 'seksi'], implied: { polda: 'bidang', polres: 'seksi' } };
 * ```
 * @category Units
 */
export interface UnitFunctionSpelling {
  readonly function: UnitFunction;
  /** Canonical stem of display names (`'Reskrim'` → `'Satreskrim'`, `'Ditreskrim'`). */
  readonly display: string;
  /** Spellings news uses, matched in any case. */
  readonly spellings: readonly string[];
  /** Kinds of functional unit the function forms ("Sat Reskrim", "Unit Reskrim"; not "Bid Reskrim"). */
  readonly kinds: readonly FunctionalUnitKind[];
  /** The unit a bare mention stands for, by the level of the unit written after it. */
  readonly implied: Readonly<Partial<Record<'polda' | 'polres' | 'polsek', FunctionalUnitKind>>>;
  /** Kinds of unit the function's `satuan` sits in when not a Polres ("Satbrimob Polda Riau"). */
  readonly satuanParentKinds?: readonly UnitKind[];
}

/**
 * Police functions with the spellings news uses (domain notes `polri.md` §2, position list of
 * `positions.ts`; Perpol 2/2021 organisation of Polres and Polsek as the notes describe it). The
 * implied units of bare mentions follow the levels of the notes: at a Polres a function is a
 * Satuan (Sat Samapta) except Humas and Propam, which are Seksi (Si Humas, Si Propam); at a Polda a
 * Direktorat except Humas and Propam (Bidang); at a Polsek a Unit. `Bimas` is the older name of
 * Binmas, still printed ("Sat Bimas Polres Bengkulu Selatan"); `Sabhara` the older name of
 * Samapta. Levels not in the notes are UNCONFIRMED.
 *
 * @example
 * ```ts
 * UNIT_FUNCTION_SPELLINGS.find((f) => f.function === 'samapta')?.spellings.includes('Sabhara')
 * //=> true
 * ```
 * @category Units
 */
export const UNIT_FUNCTION_SPELLINGS = [
  {
    function: 'binmas',
    display: 'Binmas',
    spellings: ['Binmas', 'Bimas', 'Pembinaan Masyarakat'],
    kinds: ['direktorat', 'satuan', 'unit'],
    implied: { polda: 'direktorat', polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'reskrim',
    display: 'Reskrim',
    spellings: ['Reskrim', 'Reserse Kriminal', 'Reserse'],
    kinds: ['satuan', 'unit'],
    implied: { polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'reskrimum',
    display: 'Reskrimum',
    spellings: ['Reskrimum', 'Krimum', 'Reserse Kriminal Umum'],
    kinds: ['direktorat'],
    implied: { polda: 'direktorat' },
  },
  {
    function: 'reskrimsus',
    display: 'Reskrimsus',
    spellings: ['Reskrimsus', 'Krimsus', 'Reserse Kriminal Khusus'],
    kinds: ['direktorat'],
    implied: { polda: 'direktorat' },
  },
  {
    function: 'narkoba',
    display: 'Resnarkoba',
    spellings: ['Resnarkoba', 'Res Narkoba', 'Narkoba', 'Reserse Narkoba'],
    kinds: ['direktorat', 'satuan', 'unit'],
    implied: { polda: 'direktorat', polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'intelkam',
    display: 'Intelkam',
    // "Intelijen dan Keamanan" as news expands it ("Polda Kepri melalui Direktorat Intelijen dan
    // Keamanan (Intelkam)"; held-out corpus 111).
    spellings: ['Intelkam', 'Intel', 'Intelijen Keamanan', 'Intelijen dan Keamanan'],
    kinds: ['direktorat', 'satuan', 'unit'],
    implied: { polda: 'direktorat', polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'lantas',
    display: 'Lantas',
    spellings: ['Lantas', 'Lalu Lintas'],
    kinds: ['direktorat', 'satuan', 'unit'],
    implied: { polda: 'direktorat', polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'samapta',
    display: 'Samapta',
    spellings: ['Samapta', 'Sabhara', 'Samapta Bhayangkara'],
    kinds: ['direktorat', 'satuan', 'unit'],
    implied: { polda: 'direktorat', polres: 'satuan', polsek: 'unit' },
  },
  {
    function: 'polairud',
    display: 'Polairud',
    spellings: ['Polairud', 'Polair', 'Pol Airud', 'Polisi Perairan dan Udara'],
    kinds: ['direktorat', 'satuan'],
    implied: { polda: 'direktorat', polres: 'satuan' },
  },
  {
    function: 'tahti',
    display: 'Tahti',
    spellings: ['Tahti', 'Tahanan dan Barang Bukti'],
    kinds: ['direktorat', 'satuan'],
    implied: { polda: 'direktorat', polres: 'satuan' },
  },
  {
    function: 'pamobvit',
    display: 'Pamobvit',
    spellings: ['Pamobvit', 'Pengamanan Objek Vital'],
    kinds: ['direktorat', 'satuan'],
    implied: { polda: 'direktorat', polres: 'satuan' },
  },
  {
    function: 'propam',
    display: 'Propam',
    spellings: ['Propam', 'Profesi dan Pengamanan'],
    kinds: ['divisi', 'bidang', 'seksi'],
    implied: { polda: 'bidang', polres: 'seksi' },
  },
  {
    function: 'humas',
    display: 'Humas',
    spellings: ['Humas', 'Hubungan Masyarakat'],
    kinds: ['divisi', 'bidang', 'seksi'],
    implied: { polda: 'bidang', polres: 'seksi' },
  },
  // Bureaus of a Polda: Roops, Rosdm, Rolog (positions Karo Ops, Karo SDM in positions.ts); a bare
  // "Ops" names no unit.
  {
    function: 'operasi',
    display: 'Ops',
    spellings: ['Ops', 'Operasi'],
    kinds: ['biro'],
    implied: {},
  },
  {
    function: 'sdm',
    display: 'SDM',
    spellings: ['SDM', 'Sumber Daya Manusia'],
    kinds: ['biro'],
    implied: {},
  },
  {
    function: 'logistik',
    display: 'Log',
    spellings: ['Log', 'Logistik'],
    kinds: ['biro'],
    implied: {},
  },
  {
    function: 'brimob',
    display: 'Brimob',
    spellings: ['Brimob'],
    kinds: ['satuan'],
    implied: { polda: 'satuan' },
    satuanParentKinds: ['polda'],
    // Satbrimob sits in a Polda ("Satbrimob Polda Riau", "Sat Brimob Polda Babel"); not described in the domain notes (UNCONFIRMED).
  },
] as const satisfies readonly UnitFunctionSpelling[];

/**
 * Position words written before a function ("**Kasat** Samapta", "**Dir** Binmas", "**Kabid**
 * Humas", "**Ba** Propam"): the function then names a post, not a unit, and the unit is the one
 * after it (domain notes `polri.md` §2–§3; position forms of `positions.ts`).
 *
 * @example
 * ```ts
 * FUNCTION_POSITION_WORDS.includes('Kasat')
 * //=> true
 * ```
 * @category Units
 */
export const FUNCTION_POSITION_WORDS = [
  'Ka',
  'Waka',
  'Kasat',
  'Wakasat',
  'Kasi',
  'Kanit',
  'Wakanit',
  'Kasubnit',
  'Kasubsi',
  'Kabag',
  'Kasubbag',
  'Karo',
  'Wakaro',
  'Kabid',
  'Wakabid',
  'Kasubbid',
  'Dir',
  'Wadir',
  'Kasubdit',
  'Kadiv',
  'Wakadiv',
  'Kakor',
  'Kapus',
  'Paur',
  'Panit',
  'Kaur',
  'Ba',
  'Bamin',
  'Banit',
  'Bintara',
] as const satisfies readonly string[];
