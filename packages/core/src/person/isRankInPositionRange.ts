import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { Position } from '../model/position';
import { compareRanks } from '../rank/compareRanks';
import { getPosition } from './getPosition';

/**
 * Tells whether a rank lies within a position's usual rank range ({@link Position.expectedRank}).
 * Positions without a range (civilian and military posts, police posts no source ranks) accept
 * every rank. A `false` is an advisory, not an error: officers often hold a post one rank below
 * its authorisation right after appointment (polri.md §8 gotcha 7).
 *
 * @param rank - The holder's rank.
 * @param position - A position code or entry.
 * @returns `false` only when the position has a range and the rank is outside it.
 * @throws {RangeError} When `position` is an unknown code (possible only from untyped callers).
 * @example
 * ```ts
 * isRankInPositionRange('AKBP', 'kapolres')
 * //=> true
 * isRankInPositionRange('KOMPOL', 'kapolres')
 * //=> false
 * isRankInPositionRange('BRIGJEN', 'kapolda')
 * //=> true
 * ```
 * @category Positions
 */
export function isRankInPositionRange(rank: RankCode, position: PositionCode | Position): boolean {
  const entry = typeof position === 'string' ? getPosition(position) : position;
  const range = entry.expectedRank;
  if (range === undefined) return true;
  return compareRanks(rank, range.min) >= 0 && compareRanks(rank, range.max) <= 0;
}
