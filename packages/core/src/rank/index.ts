// Public exports of this area; the package index re-exports this file.
export { RANKS } from '../data/ranks';
export type { LegalRankGroup, Rank, RankGroup, TniRankEquivalent } from '../model/rank';
export { compareRanks } from './compareRanks';
export { formatRank, type RankStyle } from './formatRank';
export { getRank } from './getRank';
export { parseRank } from './parseRank';
