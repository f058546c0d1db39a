import type { PositionCode } from '../data/positionCodes';
import { POSITIONS } from '../data/positions';
import type { Position } from '../model/position';

/**
 * Looks up a position by its code.
 *
 * @param code - A {@link PositionCode}.
 * @returns The {@link Position} entry of {@link POSITIONS}.
 * @throws {RangeError} When `code` is not a position code (possible only from untyped callers).
 * @example
 * ```ts
 * getPosition('wadirbinmas').abbreviation
 * //=> 'Wadirbinmas'
 * getPosition('kapolres').expectedRank
 * //=> { min: 'AKBP', max: 'AKBP' }
 * ```
 * @category Positions
 */
export function getPosition(code: PositionCode): Position {
  const position: Position | undefined = Object.hasOwn(POSITIONS, code)
    ? (POSITIONS as Record<string, Position>)[code]
    : undefined;
  if (position === undefined) throw new RangeError(`Unknown position code: ${String(code)}`);
  return position;
}
