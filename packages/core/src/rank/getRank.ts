import type { RankCode } from '../data/rankCodes';
import { RANKS } from '../data/ranks';
import type { Rank } from '../model/rank';

// /* @__PURE__ */ so that bundlers drop the table with getRank (see compareRanks.ts).
const BY_CODE: ReadonlyMap<string, Rank> = /* @__PURE__ */ (() => new Map(RANKS.map((rank) => [rank.code, rank])))();

/**
 * Looks up a rank of the ladder by its code.
 *
 * @param code - A {@link RankCode}.
 * @returns The {@link Rank} entry of {@link RANKS}.
 * @throws {RangeError} When `code` is not a rank code (possible only from untyped callers).
 * @example
 * ```ts
 * getRank('AKBP').name
 * //=> 'Ajun Komisaris Besar Polisi'
 * getRank('KOMBES').level
 * //=> 18
 * ```
 * @category Ranks
 */
export function getRank(code: RankCode): Rank {
  const rank = BY_CODE.get(code);
  if (rank === undefined) throw new RangeError(`Unknown rank code: ${String(code)}`);
  return rank;
}
