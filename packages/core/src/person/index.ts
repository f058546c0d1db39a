// Public exports of this area; the package index re-exports this file.
export { POSITIONS } from '../data/positions';
export { TITLES } from '../data/titles';
export type { Position, PositionSector, RankRange } from '../model/position';
export type { TitleEntry } from '../model/title';
export { canonicalTitle } from './canonicalTitle';
export { getPosition } from './getPosition';
export { isRankInPositionRange } from './isRankInPositionRange';
export { type OfficerMention, parseOfficerMention } from './parseOfficerMention';
export { type FoundOfficerMention, parseOfficerMentions } from './parseOfficerMentions';
export { type PositionMention, parsePosition } from './parsePosition';
export { type NameAndTitles, splitNameAndTitles } from './splitNameAndTitles';
