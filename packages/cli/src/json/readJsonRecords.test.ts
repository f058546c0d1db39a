import { describe, expect, it } from 'vitest';
import { readJsonRecords } from './readJsonRecords';

describe('readJsonRecords', () => {
  it('yields each record before the next chunk is read', async () => {
    let chunksRead = 0;
    async function* chunks() {
      for (let i = 0; i < 1000; i++) {
        chunksRead++;
        yield `${i === 0 ? '[' : ','}{"n":${i}}`;
      }
      chunksRead++;
      yield ']';
    }
    const seenAt: number[] = [];
    for await (const item of readJsonRecords(chunks())) {
      expect(item.type).toBe('record');
      seenAt.push(chunksRead);
    }
    expect(seenAt).toHaveLength(1000);
    // Record n is complete once chunk n + 1 (its closing brace) has been read, and not later.
    expect(seenAt.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('ends with the syntax error of an input cut short', async () => {
    const items = [];
    for await (const item of readJsonRecords(['{"id":"a"}\n', '{"id":'])) items.push(item);
    expect(items.map((item) => item.type)).toEqual(['record', 'syntax-error']);
    expect(items[1]).toMatchObject({ line: 2, found: undefined, expected: 'value' });
  });
});
