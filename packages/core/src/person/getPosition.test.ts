import { describe, expect, it } from 'vitest';
import { POSITION_CODES, type PositionCode } from '../data/positionCodes';
import { POSITIONS } from '../data/positions';
import { compareRanks } from '../rank/compareRanks';
import { getPosition } from './getPosition';

describe('getPosition and POSITIONS', () => {
  it('has one entry per position code, keyed by it', () => {
    expect(Object.keys(POSITIONS).sort()).toEqual([...POSITION_CODES].sort());
    for (const code of POSITION_CODES) expect(getPosition(code).code).toBe(code);
  });

  it('gives police posts a unit kind and non-police posts none', () => {
    for (const code of POSITION_CODES) {
      const position = getPosition(code);
      if (position.sector === 'police') expect(position.unitKind, code).toBeDefined();
      else {
        expect(position.unitKind, code).toBeUndefined();
        expect(position.expectedRank, code).toBeUndefined();
      }
    }
  });

  it('has ranges with min ≤ max', () => {
    for (const code of POSITION_CODES) {
      const range = getPosition(code).expectedRank;
      if (range) expect(compareRanks(range.min, range.max), code).toBeLessThanOrEqual(0);
    }
  });

  it('carries the sourced ranges and marks inferred ones', () => {
    expect(getPosition('kapolres').expectedRank).toEqual({ min: 'AKBP', max: 'AKBP' });
    expect(getPosition('kapolda').expectedRank).toEqual({ min: 'BRIGJEN', max: 'IRJEN' });
    expect(getPosition('wakapolresta').expectedRank?.unconfirmed).toBe(true);
    expect(getPosition('babinsa').sector).toBe('military');
    expect(getPosition('bupati').sector).toBe('civilian');
  });

  it('throws a RangeError for an unknown code', () => {
    expect(() => getPosition('kapolwil' as PositionCode)).toThrow(RangeError);
    expect(() => getPosition('toString' as PositionCode)).toThrow(RangeError);
  });
});
