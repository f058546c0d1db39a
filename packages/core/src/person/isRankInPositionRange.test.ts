import { describe, expect, it } from 'vitest';
import { RANK_CODES } from '../data/rankCodes';
import { getPosition } from './getPosition';
import { isRankInPositionRange } from './isRankInPositionRange';

describe('isRankInPositionRange', () => {
  it('follows the expected ranks of polri.md §3', () => {
    expect(isRankInPositionRange('AKBP', 'kapolres')).toBe(true);
    expect(isRankInPositionRange('KOMPOL', 'kapolres')).toBe(false);
    expect(isRankInPositionRange('KOMBES', 'kapolres')).toBe(false);
    expect(isRankInPositionRange('KOMBES', 'kapolrestabes')).toBe(true);
    expect(isRankInPositionRange('KOMBES', 'kapolresta')).toBe(true);
    expect(isRankInPositionRange('KOMBES', 'kapolres-metro')).toBe(true);
    expect(isRankInPositionRange('IRJEN', 'kapolda')).toBe(true);
    expect(isRankInPositionRange('BRIGJEN', 'kapolda')).toBe(true);
    expect(isRankInPositionRange('KOMBES', 'kapolda')).toBe(false);
    expect(isRankInPositionRange('KOMBES', 'dirbinmas')).toBe(true);
    expect(isRankInPositionRange('AKBP', 'wadirbinmas')).toBe(true);
    expect(isRankInPositionRange('IPTU', 'kasat-binmas')).toBe(true);
    expect(isRankInPositionRange('AKP', 'kasat-binmas')).toBe(true);
    expect(isRankInPositionRange('IPDA', 'kapolsek')).toBe(true); // seed article 004
    expect(isRankInPositionRange('BRIPKA', 'bhabinkamtibmas')).toBe(true);
    expect(isRankInPositionRange('BHARADA', 'bhabinkamtibmas')).toBe(false);
    expect(isRankInPositionRange('JENDERAL', 'kapolri')).toBe(true);
    expect(isRankInPositionRange('KOMJEN', 'kapolri')).toBe(false);
  });

  it('accepts every rank for posts without a range', () => {
    for (const rank of RANK_CODES) {
      expect(isRankInPositionRange(rank, 'camat')).toBe(true);
      expect(isRankInPositionRange(rank, 'kabag-ops')).toBe(true);
    }
  });

  it('takes a Position entry too', () => {
    expect(isRankInPositionRange('AKP', getPosition('kasi-humas'))).toBe(true);
    expect(
      isRankInPositionRange('AKP', { ...getPosition('kasi-humas'), expectedRank: { min: 'KOMPOL', max: 'AKBP' } }),
    ).toBe(false);
  });
});
