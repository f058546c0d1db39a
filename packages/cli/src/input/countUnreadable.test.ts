import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../test-support/captureIo';
import { countUnreadable } from './countUnreadable';

describe('countUnreadable', () => {
  it('counts the inputs that cannot be opened and names each on stderr, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kamtibmas-inputs-'));
    const file = path.join(dir, 'events.ndjson');
    writeFileSync(file, '{}\n');
    const missing = path.join(dir, 'nope.json');
    const c = captureIo();
    const count = await countUnreadable([file, missing, dir], c.io, 'validate', (e) => `${e.reason} ${e.path}`);
    expect(count).toBe(2);
    expect(c.stderr().split('\n').filter(Boolean)).toEqual([
      `kamtibmas validate: not-found ${missing}`,
      `kamtibmas validate: is-directory ${dir}`,
    ]);
    expect(c.stdout()).toBe('');
  });

  it('takes standard input only when there is one', async () => {
    expect(await countUnreadable(['-'], captureIo({ stdin: (async function* () {})() }).io, 'extract', String)).toBe(0);
    expect(await countUnreadable(['-'], captureIo().io, 'extract', String)).toBe(1);
  });
});
