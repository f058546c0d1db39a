import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@kamtibmas/fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIo } from '../test-support/captureIo';

// Through main() with the real @kamtibmas/validators and fixtures: what `pnpm run main` checks.
const brokenExample = join(import.meta.dirname, '../../../../examples/broken-event.json');
const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-integration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kamtibmas validate with @kamtibmas/validators', () => {
  it('accepts the fixtures dataset', async () => {
    const path = join(dir, 'dataset.json');
    writeFileSync(path, JSON.stringify(dataset, null, 2));
    const c = captureIo();
    expect(await main(['validate', path, '--locale', 'en'], c.io)).toBe(0);
    expect(c.stdout()).toContain(`${path}:1:1 dataset: ✓ valid`);
  });

  it('accepts the fixtures events as NDJSON, one line each', async () => {
    const path = join(dir, 'events.ndjson');
    writeFileSync(path, dataset.events.map((event) => JSON.stringify(event)).join('\n'));
    const c = captureIo();
    expect(await main(['validate', path, '--format', 'json'], c.io)).toBe(0);
    const report = JSON.parse(c.stdout());
    expect(report.records.map((record: { line: number; kind: string }) => [record.line, record.kind])).toEqual(
      dataset.events.map((_, index) => [index + 1, 'event']),
    );
  });

  it.each(['id', 'en'] as const)('reports the located mistakes of examples/broken-event.json (%s)', async (locale) => {
    const c = captureIo();
    expect(await main(['validate', brokenExample, '--locale', locale, '--format', 'json'], c.io)).toBe(1);
    const [record] = JSON.parse(c.stdout()).records;
    const found = record.issues.map((issue: { path: unknown[]; code: string }) => [issue.path.join('.'), issue.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['people.0.rank', expect.any(String)],
        ['events.0.date', expect.any(String)],
        ['events.0.lokasi', expect.any(String)],
        ['events.0.sources', expect.any(String)],
      ]),
    );
    const rank = record.issues.find((issue: { path: unknown[] }) => issue.path.join('.') === 'people.0.rank');
    expect(rank.message).toContain('KOMBESS');
  });
});
