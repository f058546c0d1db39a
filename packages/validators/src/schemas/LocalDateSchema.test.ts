import { describe, expect, it } from 'vitest';
import { LocalDateSchema } from './LocalDateSchema';

describe('LocalDateSchema', () => {
  it('accepts a real day and rejects an impossible one', () => {
    expect(LocalDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(LocalDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(LocalDateSchema.safeParse(20240214).success).toBe(false);
  });
});
