import { describe, expect, it } from 'vitest';
import { readLines } from './readLines';

async function all(chunks: string[]) {
  const out: { line: number; text: string }[] = [];
  for await (const item of readLines(chunks)) out.push(item);
  return out;
}

describe('readLines', () => {
  it('numbers lines across chunks, skips blank ones, drops \\r of \\r\\n', async () => {
    expect(await all(['{"a":1}\r\n\n  \n{"b', '":2}\n{"c":3}'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it('gives nothing for an empty input', async () => {
    expect(await all([])).toEqual([]);
    expect(await all(['\n\n'])).toEqual([]);
  });
});
