import { expectTypeOf, test } from 'vitest';
import type { RankCode } from '../data/rankCodes';
import type { Rank, RankGroup } from '../model/rank';
import { compareRanks, formatRank, getRank, parseRank, RANKS } from './index';

test('Rank has the contract fields', () => {
  expectTypeOf<Rank['code']>().toEqualTypeOf<RankCode>();
  expectTypeOf<Rank['name']>().toEqualTypeOf<string>();
  expectTypeOf<Rank['abbreviation']>().toEqualTypeOf<string>();
  expectTypeOf<Rank['aliases']>().toEqualTypeOf<readonly string[]>();
  expectTypeOf<Rank['group']>().toEqualTypeOf<RankGroup>();
  expectTypeOf<Rank['level']>().toEqualTypeOf<number>();
  expectTypeOf<Rank['englishName']>().toEqualTypeOf<string>();
  expectTypeOf<Rank['insignia']>().toEqualTypeOf<string>();
  expectTypeOf<RankGroup>().toEqualTypeOf<'pati' | 'pamen' | 'pama' | 'bintara-tinggi' | 'bintara' | 'tamtama'>();
});

test('RANKS entries are Ranks with literal codes', () => {
  expectTypeOf(RANKS[0]).toMatchTypeOf<Rank>();
  expectTypeOf(RANKS[0].code).toEqualTypeOf<'BHARADA'>();
  expectTypeOf(RANKS[21].code).toEqualTypeOf<'JENDERAL'>();
});

test('function signatures', () => {
  expectTypeOf(getRank).parameter(0).toEqualTypeOf<RankCode>();
  expectTypeOf(getRank).returns.toEqualTypeOf<Rank>();
  expectTypeOf(parseRank).returns.toEqualTypeOf<RankCode | undefined>();
  expectTypeOf(compareRanks).returns.toEqualTypeOf<number>();
  expectTypeOf(formatRank).returns.toEqualTypeOf<string>();
  // @ts-expect-error — not a rank code
  getRank('BRIGADIR');
  // @ts-expect-error — not a style
  formatRank('AKBP', 'short');
});
