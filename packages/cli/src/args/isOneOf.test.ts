import { describe, expect, it } from 'vitest';
import { isOneOf } from './isOneOf';

describe('isOneOf', () => {
  it('accepts exactly the allowed strings', () => {
    expect(isOneOf('json', ['text', 'json'] as const)).toBe(true);
    expect(isOneOf('JSON', ['text', 'json'] as const)).toBe(false);
    expect(isOneOf('', ['text', 'json'] as const)).toBe(false);
    expect(isOneOf(undefined, ['text', 'json'] as const)).toBe(false);
    expect(isOneOf(true, ['text', 'json'] as const)).toBe(false);
    expect(isOneOf('toString', ['text', 'json'] as const)).toBe(false);
  });
});
