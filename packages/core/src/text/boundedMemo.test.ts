import { describe, expect, it } from 'vitest';
import { boundedMemo } from './boundedMemo';

describe('boundedMemo', () => {
  it('computes once per key, an undefined answer included, and empties itself when full', () => {
    const asked: string[] = [];
    const memo = boundedMemo((key: string) => {
      asked.push(key);
      return key.startsWith('Polres') ? key.length : undefined;
    }, 2);
    expect([memo('Polres Bone'), memo('Kegiatan'), memo('Polres Bone'), memo('Kegiatan')]).toEqual([
      11,
      undefined,
      11,
      undefined,
    ]);
    expect(asked).toEqual(['Polres Bone', 'Kegiatan']);
    // A third key finds the memo full: it is emptied, so the first two are computed again.
    memo('Polsek Tanete');
    memo('Polres Bone');
    expect(asked).toEqual(['Polres Bone', 'Kegiatan', 'Polsek Tanete', 'Polres Bone']);
  });
});
