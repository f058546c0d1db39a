import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { UnitKind } from '../data/unitKinds';
import type { OrganizationKind } from '../data/vocabularyCodes';

/**
 * The usual rank range of a police post, inclusive. Holders outside it are not errors (a Brigjen
 * as Kapolda of a type-A Polda happens): validators turn a mismatch into an advisory.
 *
 * @example
 * ```ts
 * const kapolda: RankRange = { min: 'BRIGJEN', max: 'IRJEN' };
 * ```
 * @category Positions
 */
export interface RankRange {
  /** Lowest usual rank. */
  min: RankCode;
  /** Highest usual rank. */
  max: RankCode;
  /** `true` when no source confirms the range (it is inferred by analogy); see the entry's comment. */
  unconfirmed?: boolean;
}

/**
 * Who holds a position: a Polri officer, a civilian official, or a TNI soldier.
 *
 * @example
 * ```ts
 * const sector: PositionSector = 'civilian'; // Camat
 * ```
 * @category Positions
 */
export type PositionSector = 'police' | 'civilian' | 'military';

/**
 * A position (jabatan) as news writes it, with its usual rank range for police posts.
 *
 * @example
 * ```ts
 * const kapolres: Position = {
 *   code: 'kapolres',
 *   name: 'Kepala Kepolisian Resor',
 *   abbreviation: 'Kapolres',
 *   aliases: ['Kepala Polres'],
 *   englishName: 'Regency/City Police Chief',
 *   sector: 'police',
 *   unitKind: 'polres',
 *   expectedRank: { min: 'AKBP', max: 'AKBP' },
 * };
 * ```
 * @category Positions
 */
export interface Position {
  /** Stable code. */
  code: PositionCode;
  /** Full Indonesian name, e.g. `'Direktur Pembinaan Masyarakat'`. */
  name: string;
  /** The short form news uses most, e.g. `'Dirbinmas'`, `'Kapolres'`. */
  abbreviation: string;
  /** Other forms printed in news (spacing variants, old spellings, long forms). */
  aliases: readonly string[];
  /** English name. */
  englishName: string;
  /** Police, civilian or military post. */
  sector: PositionSector;
  /** Kind of police unit the post commands or sits in. */
  unitKind?: UnitKind;
  /** Kind of organisation a civilian or military post belongs to. */
  organizationKind?: OrganizationKind;
  /** Usual rank range (police posts with a sourced or inferable range only). */
  expectedRank?: RankRange;
}
