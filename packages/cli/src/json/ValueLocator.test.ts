import { describe, expect, it } from 'vitest';
import { ValueLocator } from './ValueLocator';

describe('ValueLocator', () => {
  it('locates nothing when not enabled', () => {
    const locator = new ValueLocator(false);
    locator.startRecord();
    expect(locator.wants(0)).toBe(false);
    expect(locator.take()).toBeUndefined();
  });

  it('hands over the locations of one record, then holds none until the next starts', () => {
    const locator = new ValueLocator(true);
    locator.startRecord();
    locator.add('[]', 2, 3);
    locator.add('["id"]', 2, 10);
    expect(Object.fromEntries(locator.take()!)).toEqual({
      '[]': { line: 2, column: 3 },
      '["id"]': { line: 2, column: 10 },
    });
    expect(locator.take()).toBeUndefined();
    expect(locator.wants(0)).toBe(false);
  });

  it('locates values at most 64 levels deep', () => {
    const locator = new ValueLocator(true);
    locator.startRecord();
    expect(locator.wants(64)).toBe(true);
    expect(locator.wants(65)).toBe(false);
  });

  it('past 50 000 located values, locates only the record and its items (depth 2 at most)', () => {
    const locator = new ValueLocator(true);
    locator.startRecord();
    for (let i = 0; i < 50_000; i++) locator.add(`[${i}]`, 1, 1);
    expect([locator.wants(1), locator.wants(2), locator.wants(3)]).toEqual([true, true, false]);
    // A new record has its budget back.
    locator.startRecord();
    expect(locator.wants(3)).toBe(true);
  });
});
