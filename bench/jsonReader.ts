// The CLI's streaming JSON reader (`JsonRecordParser` of the built `@kamtibmas/cli`) in this
// process, without validation: 100 000 flat NDJSON events and the hostile NDJSON lines of the CLI
// section, fed in 64 KiB chunks (what `kamtibmas validate` reads) with `locate: true` (what it
// asks for). `JSON.parse` of each line is the reference: the reader does more (line:column of
// every value, bounded memory, recovery), so it is expected to be slower, not equal.

import type * as Cli from '@kamtibmas/cli';
import type * as Fixtures from '@kamtibmas/fixtures';
import { importBuilt } from './lib/load';
import { fmtNum, heading, target } from './lib/report';

const CHUNK = 64 * 1024;

function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  return chunks;
}

/** Best of `runs` wall times of `fn`, in seconds, and what its last run returned. */
function bestOf<T>(runs: number, fn: () => T): { seconds: number; result: T } {
  let seconds = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    result = fn();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds, result };
}

function readAll(cli: typeof Cli, chunks: readonly string[]): { records: number; errors: number } {
  const parser = new cli.JsonRecordParser({ lineDelimited: true, locate: true });
  let records = 0;
  let errors = 0;
  const count = (items: readonly Cli.JsonStreamItem[]) => {
    for (const item of items) {
      if (item.type === 'record') records++;
      else errors++;
    }
  };
  for (const chunk of chunks) count(parser.write(chunk));
  count(parser.end());
  return { records, errors };
}

export async function benchJsonReader(): Promise<void> {
  const cli = await importBuilt<typeof Cli>('cli');
  const fx = await importBuilt<typeof Fixtures>('fixtures');
  heading('JSON reader (JsonRecordParser, in process, 64 KiB chunks, locate: true)');

  const template = fx.makeEvent();
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(JSON.stringify({ ...template, id: `event-${i}` }));
  const flat = `${lines.join('\n')}\n`;
  const flatChunks = chunksOf(flat);
  const mib = flat.length / 2 ** 20;

  const reader = bestOf(3, () => readAll(cli, flatChunks));
  if (reader.result.records !== 100_000 || reader.result.errors !== 0) {
    throw new Error(`bench: the reader gave ${reader.result.records} records, ${reader.result.errors} errors`);
  }
  const reference = bestOf(3, () => {
    let n = 0;
    for (const line of lines) if (JSON.parse(line) !== null) n++;
    return n;
  });

  const hostile = `${[
    JSON.stringify({ ...template, title: 'A'.repeat(10 * 2 ** 20) }),
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    '{"__proto__":{"polluted":true},"id":"x"}',
    JSON.stringify({ ...template, topics: new Array(100_001).fill('hoaks') }),
  ].join('\n')}\n`;
  const hostileChunks = chunksOf(hostile);
  const h = bestOf(3, () => readAll(cli, hostileChunks));
  if (h.result.records !== 4) throw new Error(`bench: the reader gave ${h.result.records} hostile records, not 4`);

  console.table([
    {
      input: '100 000 flat NDJSON events',
      MiB: mib.toFixed(1),
      'reader s (best of 3)': reader.seconds.toFixed(3),
      'reader MiB/s': (mib / reader.seconds).toFixed(1),
      'records/s': fmtNum(100_000 / reader.seconds),
      'JSON.parse per line s': reference.seconds.toFixed(3),
    },
    {
      input: 'hostile NDJSON (4 lines)',
      MiB: (hostile.length / 2 ** 20).toFixed(1),
      'reader s (best of 3)': h.seconds.toFixed(3),
      'reader MiB/s': (hostile.length / 2 ** 20 / h.seconds).toFixed(1),
      'records/s': '',
      'JSON.parse per line s': '',
    },
  ]);
  target('JSON reader on hostile NDJSON ≤ 1 s (in process)', h.seconds, 1, 's');
}
