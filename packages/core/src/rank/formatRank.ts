import type { RankCode } from '../data/rankCodes';
import { getRank } from './getRank';

/**
 * How {@link formatRank} writes a rank: `abbreviated` (`Kombes Pol`, `AKBP`), `full` (the
 * official name, `Komisaris Besar Polisi`) or `english` (`Police Grand Commissioner`).
 *
 * @example
 * ```ts
 * const style: RankStyle = 'full';
 * ```
 * @category Ranks
 */
export type RankStyle = 'abbreviated' | 'full' | 'english';

/**
 * Writes a rank in one of three styles. The output always reads back with {@link parseRank}.
 *
 * @param code - A rank code.
 * @param style - `abbreviated` (default), `full` or `english`.
 * @returns The rank as text.
 * @throws {RangeError} When `code` is not a rank code (possible only from untyped callers).
 * @example
 * ```ts
 * formatRank('KOMBES')
 * //=> 'Kombes Pol'
 * formatRank('KOMBES', 'full')
 * //=> 'Komisaris Besar Polisi'
 * formatRank('AKBP', 'english')
 * //=> 'Police Grand Commissioner Adjutant'
 * ```
 * @category Ranks
 */
export function formatRank(code: RankCode, style: RankStyle = 'abbreviated'): string {
  const rank = getRank(code);
  if (style === 'full') return rank.name;
  if (style === 'english') return rank.englishName;
  return rank.abbreviation;
}
