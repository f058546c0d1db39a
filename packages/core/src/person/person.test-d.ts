import { expectTypeOf, test } from 'vitest';
import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { TextSpan } from '../text/textSpan';
import type { UnitMention } from '../unit/parseUnitMention';
import {
  type FoundOfficerMention,
  getPosition,
  isRankInPositionRange,
  type OfficerMention,
  POSITIONS,
  type Position,
  type PositionMention,
  parseOfficerMention,
  parseOfficerMentions,
  parsePosition,
} from './index';

test('OfficerMention has exactly the contract shape', () => {
  expectTypeOf<OfficerMention>().toEqualTypeOf<{
    rank: RankCode;
    name: string;
    titles: string[];
    honorifics: string[];
    position?: { code?: PositionCode; text: string };
    unit?: UnitMention;
    village?: string;
    former: boolean;
    acting?: string;
  }>();
  expectTypeOf(parseOfficerMention).returns.toEqualTypeOf<OfficerMention | undefined>();
  // Every finder returns its mentions with their span (issue 10).
  expectTypeOf(parseOfficerMentions).returns.toEqualTypeOf<FoundOfficerMention[]>();
  expectTypeOf<FoundOfficerMention>().toEqualTypeOf<OfficerMention & TextSpan>();
});

test('positions', () => {
  expectTypeOf(POSITIONS.kapolres).toMatchTypeOf<Position>();
  expectTypeOf(POSITIONS.kapolres.expectedRank.min).toEqualTypeOf<'AKBP'>();
  expectTypeOf(getPosition).returns.toEqualTypeOf<Position>();
  expectTypeOf(parsePosition).returns.toEqualTypeOf<PositionMention | undefined>();
  expectTypeOf(isRankInPositionRange).returns.toEqualTypeOf<boolean>();
  // @ts-expect-error — not a position code
  getPosition('kapolwil');
});
