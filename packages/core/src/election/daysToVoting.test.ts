import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysToVoting } from './daysToVoting';
import { formatHMinus } from './formatHMinus';

const MS_PER_DAY = 86_400_000;
function jsDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY;
}

describe('daysToVoting', () => {
  it('counts calendar days to the voting day (positive before, negative after)', () => {
    expect(daysToVoting('pemilu-2024', '2024-02-14')).toBe(0);
    expect(daysToVoting('pemilu-2024', '2024-02-13')).toBe(1);
    // The Banyuasin article of Rabu 31 Januari 2024 is 14 days before Rabu 14 Februari 2024.
    expect(daysToVoting('pemilu-2024', '2024-01-31')).toBe(14);
    // 2024 is a leap year: 1 Jan → 14 Feb is 31 + 13 days.
    expect(daysToVoting('pemilu-2024', '2024-01-01')).toBe(44);
    expect(daysToVoting('pilkada-2024', '2024-09-05')).toBe(83);
    expect(daysToVoting('pilkada-2024', '2024-12-16')).toBe(-19);
    expect(daysToVoting('pemilu-2019', '2018-09-23')).toBe(206);
  });

  it('agrees with the JS calendar on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), (offset) => {
        const date = new Date(Date.UTC(2024, 10, 27 + offset)).toISOString().slice(0, 10);
        expect(daysToVoting('pilkada-2024', date)).toBe(jsDays(date, '2024-11-27'));
      }),
    );
  });

  it('returns undefined for unknown elections and invalid dates', () => {
    expect(daysToVoting('pemilu-2029', '2029-01-01')).toBeUndefined();
    expect(daysToVoting('pemilu-2024', '2024-02-30')).toBeUndefined();
    expect(daysToVoting('pemilu-2024', 'besok')).toBeUndefined();
  });
});

describe('formatHMinus', () => {
  it.each([
    ['pemilu-2024', '2024-02-07', 'H-7'],
    ['pemilu-2024', '2024-02-13', 'H-1'],
    ['pemilu-2024', '2024-02-14', 'Hari H'],
    ['pemilu-2024', '2024-02-15', 'H+1'],
    ['pilkada-2024', '2024-11-24', 'H-3'],
    ['pilkada-2024', '2024-12-07', 'H+10'],
    ['pilkada-2020', '2020-12-09', 'Hari H'],
  ])('%s on %s is %s', (election, date, label) => {
    expect(formatHMinus(election, date)).toBe(label);
  });

  it('returns undefined for unknown elections and invalid dates', () => {
    expect(formatHMinus('pilkada-2031', '2031-10-01')).toBeUndefined();
    expect(formatHMinus('pilkada-2024', '2024-11-31')).toBeUndefined();
  });
});
