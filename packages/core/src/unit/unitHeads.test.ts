import { describe, expect, it } from 'vitest';
import { matchHead, mayStartHeadIn } from './unitHeads';
import { UnitTokens } from './unitTokens';

describe('matchHead', () => {
  it('finds no head at a short word that only opens a head key, and the head after it', () => {
    // "di" opens the key of "Dit Binmas" (polri.md: Direktorat Binmas), but "di Polres" is no such name.
    const tokens = new UnitTokens('Kapolres hadir di Polres Lebong di sana', mayStartHeadIn);
    expect(matchHead(tokens, 2)).toBeUndefined();
    expect(matchHead(tokens, 3)?.head.type).toBe('territorial');
    expect(matchHead(tokens, 5)).toBeUndefined();
  });

  it('joins a short first word to the next when together they spell a head', () => {
    const tokens = new UnitTokens('oleh Dit Binmas Polda', mayStartHeadIn);
    const match = matchHead(tokens, 1);
    expect(match?.head.type).toBe('functional');
    expect(match?.next).toBe(3);
  });
});
