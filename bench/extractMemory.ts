// `npx tsx bench/extractMemory.ts [counts…] [--jobs n]` (after `pnpm build`): peak memory of
// `kamtibmas extract` (the built bin, in a child process) on NDJSON inputs of 2 000 and 20 000
// articles (the five seed articles in turn, ~2.3 kB each, every 1 000th line malformed). The
// command streams and keeps at most a few batches per worker in flight, so 20 000 articles must
// cost no more memory than 2 000 (check: ≤ 1.2×). A memory check, not a timed test: the wall
// times are printed for the record only (the machine's other load changes them).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distOf, requireBuilt, root } from './lib/load';

const TIME = '/usr/bin/time';
const args = process.argv.slice(2).filter((a) => a !== '--');
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? args.splice(jobsAt, 2)[1] : undefined;
const counts = args.length > 0 ? args.map(Number) : [2_000, 20_000];

requireBuilt(['core', 'validators', 'extract', 'cli']);
const articlesDir = path.join(root, 'packages/fixtures/test/articles');
const texts = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(articlesDir, f), 'utf8'));

async function writeNdjson(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const line =
      i % 1000 === 999
        ? '{"text": not json}'
        : JSON.stringify({ id: i, publishedOn: '2024-09-05', text: texts[i % texts.length] });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kamtibmas-extract-memory-'));
try {
  console.log(`# kamtibmas extract: peak memory by input size (${os.cpus().length} cores, Node ${process.version})\n`);
  console.log('| articles | input | exit | wall | articles/s | peak RSS |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  const peaks: number[] = [];
  for (const count of counts) {
    const file = path.join(tmp, `articles-${count}.ndjson`);
    await writeNdjson(file, count);
    const cliArgs = ['extract', file, ...(jobs === undefined ? [] : ['--jobs', jobs])];
    const start = process.hrtime.bigint();
    const r = spawnSync(TIME, ['-v', process.execPath, distOf('cli', 'bin.js'), ...cliArgs], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    const peakMb = rss ? Number(rss[1]) / 1024 : Number.NaN;
    peaks.push(peakMb);
    console.log(
      `| ${count} | ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB | ${r.status} | ${seconds.toFixed(1)} s | ${Math.round(count / seconds)} | ${peakMb.toFixed(0)} MiB |`,
    );
    rmSync(file);
  }
  if (peaks.length >= 2) {
    const ratio = peaks[peaks.length - 1]! / peaks[0]!;
    console.log(
      `\npeak RSS ${counts[counts.length - 1]} / ${counts[0]}: ${ratio.toFixed(2)}× (check ≤ 1.2×: ${ratio <= 1.2 ? 'ok' : 'FAIL'})`,
    );
    process.exitCode = ratio <= 1.2 ? 0 : 1;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
