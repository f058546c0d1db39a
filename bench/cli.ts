// `kamtibmas validate` (the built bin, in a child process) on 10 000 and 100 000 NDJSON events:
// wall time, throughput and peak memory (max RSS). The CLI streams, so peak memory at 100k
// should stay close to peak memory at 10k (target ≤ 1.2×).

import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Fixtures from '@kamtibmas/fixtures';
import { distOf, importBuilt } from './lib/load';
import { fmtNum, heading, target } from './lib/report';

const TIME = '/usr/bin/time';

async function writeNdjson(file: string, count: number, fx: typeof Fixtures): Promise<void> {
  const out = createWriteStream(file);
  const template = fx.makeEvent();
  for (let i = 0; i < count; i++) {
    // Every 100th event is invalid (an impossible date), so the report path is exercised too.
    const event = { ...template, id: `event-${i}`, ...(i % 100 === 99 ? { date: '2024-02-30' } : {}) };
    if (!out.write(`${JSON.stringify(event)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * One dataset file of about `mib` MiB: the fixtures dataset with its events repeated under new ids
 * (compact JSON, every 100th event with an impossible date). Returns the number of events.
 */
async function writeDataset(file: string, mib: number, fx: typeof Fixtures): Promise<number> {
  const out = createWriteStream(file);
  const { units, organizations, people, events } = fx.dataset;
  out.write(
    `{"units":${JSON.stringify(units)},"organizations":${JSON.stringify(organizations)},"people":${JSON.stringify(people)},"events":[\n`,
  );
  let bytes = 0;
  let count = 0;
  while (bytes < mib * 2 ** 20) {
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

interface Run {
  seconds: number;
  maxRssKb: number;
  status: number | null;
}

function runCli(file: string, tmp: string, kind: 'event' | 'dataset' = 'event'): Run {
  const bin = distOf('cli', 'bin.js');
  const cliArgs = ['validate', '--kind', kind, '--locale', 'en', file];
  const start = process.hrtime.bigint();
  if (existsSync(TIME)) {
    const r = spawnSync(TIME, ['-v', process.execPath, bin, ...cliArgs], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    return { seconds, maxRssKb: rss ? Number(rss[1]) : Number.NaN, status: r.status };
  }
  const rssFile = path.join(tmp, 'rss.txt');
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, 'lib/rss-wrapper.mjs'), bin, ...cliArgs], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, maxRssKb: Number(readFileSync(rssFile, 'utf8')), status: r.status };
}

export async function benchCli(): Promise<void> {
  const fx = await importBuilt<typeof Fixtures>('fixtures');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kamtibmas-bench-'));
  try {
    heading('kamtibmas validate on NDJSON (built bin in a child process, text report to /dev/null)');
    console.log(`peak memory from ${existsSync(TIME) ? `${TIME} -v` : 'process.resourceUsage().maxRSS in a wrapper'}`);
    const rows: Record<string, string>[] = [];
    const best: Record<number, Run> = {};
    for (const count of [10_000, 100_000]) {
      const file = path.join(tmp, `events-${count}.ndjson`);
      await writeNdjson(file, count, fx);
      const bytes = statSync(file).size;
      // Two runs each; the faster one is reported (the machine is shared), the larger RSS kept.
      const runs = [runCli(file, tmp), runCli(file, tmp)];
      for (const r of runs) {
        if (r.status !== 1) throw new Error(`bench: kamtibmas validate exited ${r.status} (expected 1: 1% invalid)`);
      }
      const run: Run = {
        seconds: Math.min(...runs.map((r) => r.seconds)),
        maxRssKb: Math.max(...runs.map((r) => r.maxRssKb)),
        status: 1,
      };
      best[count] = run;
      rows.push({
        events: fmtNum(count),
        'input MiB': (bytes / 2 ** 20).toFixed(1),
        'wall s (best of 2)': run.seconds.toFixed(2),
        'events/s': fmtNum(count / run.seconds),
        'MiB/s': (bytes / 2 ** 20 / run.seconds).toFixed(1),
        'peak RSS MiB': (run.maxRssKb / 1024).toFixed(1),
      });
    }
    console.table(rows);
    const ratio = best[100_000]!.maxRssKb / best[10_000]!.maxRssKb;
    console.log(`peak RSS 100k / 10k = ${ratio.toFixed(2)}×`);
    target('CLI peak memory at 100k ≤ 1.2× at 10k', ratio, 1.2);

    // One big dataset file, read as one record: 40 MiB (under the validators' 2 million values,
    // so validated in full) and 118 MiB (refused as too_large after reading). Peak RSS ≤ 4× the
    // file + 100 MiB.
    const big: Record<string, string>[] = [];
    for (const mib of [40, 118]) {
      const file = path.join(tmp, `dataset-${mib}.json`);
      const events = await writeDataset(file, mib, fx);
      const bytes = statSync(file).size;
      const run = runCli(file, tmp, 'dataset');
      if (run.status !== 1)
        throw new Error(`bench: kamtibmas validate exited ${run.status} on the dataset (expected 1)`);
      const limitMib = Math.round((4 * bytes) / 2 ** 20 + 100);
      big.push({
        'dataset MiB': (bytes / 2 ** 20).toFixed(1),
        events: fmtNum(events),
        'wall s': run.seconds.toFixed(2),
        'peak RSS MiB': (run.maxRssKb / 1024).toFixed(0),
        'limit MiB (4× + 100)': String(limitMib),
      });
      target(
        `CLI peak memory on one ${mib} MiB dataset file ≤ 4× its size + 100 MiB`,
        run.maxRssKb / 1024,
        limitMib,
        'MiB',
      );
      rmSync(file, { force: true });
    }
    console.table(big);

    // Hostile lines: a 10 MB string, 100 000 nested arrays, a __proto__ key, a 100 001-item array.
    const hostile = path.join(tmp, 'hostile.ndjson');
    const event = fx.makeEvent();
    writeFileSync(
      hostile,
      `${[
        JSON.stringify({ ...event, title: 'A'.repeat(10 * 2 ** 20) }),
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        '{"__proto__":{"polluted":true},"id":"x"}',
        JSON.stringify({ ...event, topics: new Array(100_001).fill('hoaks') }),
      ].join('\n')}\n`,
    );
    const h = runCli(hostile, tmp);
    console.log(
      `hostile NDJSON (10 MB string, 100 000-deep nesting, __proto__ key, 100 001 items; ${(statSync(hostile).size / 2 ** 20).toFixed(1)} MiB): ${h.seconds.toFixed(2)} s, peak RSS ${(h.maxRssKb / 1024).toFixed(0)} MiB, exit ${h.status}`,
    );
    target(
      'CLI on hostile NDJSON: done in ≤ 5 s, exit 1 (all four refused)',
      h.status === 1 ? h.seconds : Number.POSITIVE_INFINITY,
      5,
      's',
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
