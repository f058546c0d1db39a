import type { RankCode } from '../data/rankCodes';
import { RANK_CODES } from '../data/rankCodes';

// Built in a /* @__PURE__ */ call so that bundlers can drop it when compareRanks is not imported
// (the built entry is one file: an unannotated top-level call would be kept; see .size-limit.cjs).
const LEVEL: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(RANK_CODES.map((code, index) => [code, index + 1])))();

/**
 * Orders two ranks by seniority, for `Array.prototype.sort`: negative when `a` is junior to `b`,
 * zero when equal, positive when `a` is senior.
 *
 * @param a - A rank code.
 * @param b - Another rank code.
 * @returns `-1`, `0` or `1`.
 * @throws {RangeError} When either argument is not a rank code (possible only from untyped callers).
 * @example
 * ```ts
 * compareRanks('AKP', 'AKBP')
 * //=> -1
 * compareRanks('KOMBES', 'AKBP')
 * //=> 1
 * ['KOMBES', 'IPDA', 'AKBP'].sort(compareRanks)
 * //=> ['IPDA', 'AKBP', 'KOMBES']
 * ```
 * @category Ranks
 */
export function compareRanks(a: RankCode, b: RankCode): number {
  const levelA = LEVEL.get(a);
  const levelB = LEVEL.get(b);
  if (levelA === undefined || levelB === undefined) {
    throw new RangeError(`Unknown rank code: ${String(levelA === undefined ? a : b)}`);
  }
  return Math.sign(levelA - levelB);
}
