import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@kamtibmas/fixtures';
import { afterAll, describe, expect, it } from 'vitest';

// `kamtibmas validate` on one big dataset file must stay within 4× the file's size + 100 MB of
// memory. Measured in a child process (the CLI from source through tsx), whose own start-up —
// Node, tsx and the packages, about 100 MB — is not the CLI's doing: the allowance for the run is
// 4× the file + (100 MB − what a bare `node` takes). Before the parser owned its strings and
// bounded its locations, a 24 MB file took 400 MB over start-up; the allowance is 156 MB.
const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 2 ** 20;
const TARGET_BYTES = 24 * MB;

/** The fixtures dataset with its events repeated under new ids; every 100th has an impossible date. */
async function writeBigDataset(file: string): Promise<number> {
  const out = createWriteStream(file);
  const { units, organizations, people, events } = dataset;
  out.write(
    `{"units":${JSON.stringify(units)},"organizations":${JSON.stringify(organizations)},"people":${JSON.stringify(people)},"events":[\n`,
  );
  let bytes = 0;
  let count = 0;
  while (bytes < TARGET_BYTES) {
    const event = events[count % events.length]!;
    const copy = { ...event, id: `${event.id}-${count}`, ...(count % 100 === 99 ? { date: '2024-02-30' } : {}) };
    const text = `${count === 0 ? '' : ',\n'}${JSON.stringify(copy)}`;
    bytes += text.length;
    count++;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end(']}\n');
  await once(out, 'finish');
  return count;
}

function node(args: string[]): { stdout: string; status: number | null } {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * MB });
  return { stdout: result.stdout, status: result.status };
}

describe('kamtibmas validate on one big dataset file', () => {
  it('stays within 4× the file size + 100 MB of memory', async () => {
    const file = join(dir, 'dataset.json');
    const events = await writeBigDataset(file);
    const size = statSync(file).size;
    const bareKb = Number(node(['-e', 'console.log(process.resourceUsage().maxRSS)']).stdout);
    const child = node([
      '--conditions=@kamtibmas/source',
      '--import',
      'tsx',
      join(import.meta.dirname, '../test-support/measureValidate.ts'),
      file,
      '--kind',
      'dataset',
      '--format',
      'ndjson',
      '--errors-only',
    ]);
    const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      status: number;
      beforeKb: number;
      maxRssKb: number;
    };
    // Every 100th event has 2024-02-30: the dataset is invalid, and was read to the end.
    expect(run.status).toBe(1);
    expect(events).toBeGreaterThan(1000);
    const usedKb = run.maxRssKb - run.beforeKb;
    const allowedKb = (4 * size + 100 * MB) / 1024 - bareKb;
    console.log(
      `validate ${(size / MB).toFixed(1)} MiB dataset (${events} events): ${(usedKb / 1024).toFixed(0)} MiB over start-up, ` +
        `allowed ${(allowedKb / 1024).toFixed(0)} MiB (peak ${(run.maxRssKb / 1024).toFixed(0)} MiB)`,
    );
    expect(usedKb).toBeLessThanOrEqual(allowedKb);
  }, 180_000);
});
