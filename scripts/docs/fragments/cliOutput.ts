// The CLI guide: `kamtibmas` run from source on the fixtures, its output captured as the reader
// would see it in a terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataset } from '../../../packages/fixtures/src/index';
import type { Fragment } from './Fragment';
import { brokenFgd } from './fgdPayloads';
import { fence, json } from './markdown';
import { readFileSafe, root } from './paths';

function cli(args: string[], input?: string): { command: string; output: string; status: number } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@kamtibmas/source', 'packages/cli/src/bin.ts', ...args],
    { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  if (result.error) throw result.error;
  const quoted = args.map((arg) => (/^[\w./@=:-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`));
  return {
    command: `kamtibmas ${quoted.join(' ')}`,
    output: `${result.stdout}${result.stderr}`.replace(/\s+$/, ''),
    status: result.status ?? 1,
  };
}

interface CliRun {
  args: string[];
  /** The exit status the page describes; anything else means the command is not ready. */
  expect: number;
  input?: string;
  inputLabel?: string;
  /** Show at most this many lines of output. */
  maxLines?: number;
}

function cliFragment(runs: CliRun[]): string {
  if (!readFileSafe('packages/cli/src/bin.ts')) throw new Error('packages/cli/src/bin.ts does not exist yet');
  return runs
    .map(({ args, expect, input, inputLabel, maxLines }) => {
      const run = cli(args, input);
      if (run.status !== expect) {
        throw new Error(
          `\`${run.command}\` exited ${run.status}, expected ${expect}: ${run.output.split('\n')[0]?.slice(0, 200)}`,
        );
      }
      let lines = run.output.split('\n');
      if (maxLines && lines.length > maxLines) {
        lines = [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`];
      }
      const prefix = inputLabel ? `${inputLabel} | ` : '';
      return fence('sh', `$ ${prefix}${run.command}\n${lines.join('\n')}\n# exit status ${run.status}`);
    })
    .join('\n\n');
}

function validateRuns(): string {
  const tmp = path.join(root, '.tmp', 'docs');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(path.join(tmp, 'dataset.json'), json(dataset));
  writeFileSync(path.join(tmp, 'broken-event.json'), json(brokenFgd()));
  const lines = dataset.events.map((event) => JSON.stringify(event)).join('\n');
  const out = cliFragment([
    { args: ['validate', '.tmp/docs/dataset.json'], expect: 0 },
    { args: ['validate', '--locale', 'en', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--locale', 'id', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--format', 'json', '--locale', 'en', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--kind', 'event', '-'], expect: 0, input: `${lines}\n`, inputLabel: 'cat events.ndjson' },
    {
      args: ['validate', '--errors-only', '--format', 'ndjson', '--locale', 'en', '-'],
      expect: 1,
      input: `${lines}\n${JSON.stringify(brokenFgd())}\n`,
      inputLabel: 'cat events.ndjson',
    },
  ]);
  return out.replaceAll(`${root}/`, '');
}

/** cli-help.md, cli-validate.md, cli-parse.md, cli-phase.md and cli-schema.md. */
export function cliFragments(): Fragment[] {
  return [
    ['cli-help.md', () => cliFragment([{ args: ['--help'], expect: 0 }])],
    ['cli-validate.md', validateRuns],
    [
      'cli-parse.md',
      () =>
        cliFragment([
          { args: ['parse', 'officer', 'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi'], expect: 0 },
          { args: ['parse', 'unit', 'Polsek Kedurang'], expect: 0 },
          { args: ['parse', 'date', 'Jumat (24/11/2023)'], expect: 0 },
        ]),
    ],
    [
      'cli-phase.md',
      () =>
        cliFragment([
          { args: ['phase', '2024-09-28'], expect: 0 },
          { args: ['phase', '2023-11-24', '--election', 'pemilu-2024'], expect: 0 },
        ]),
    ],
    ['cli-schema.md', () => cliFragment([{ args: ['schema', 'Venue'], expect: 0, maxLines: 40 }])],
  ];
}
