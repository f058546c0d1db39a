#!/usr/bin/env node
// Packaging gate: what users install must work, not just what the workspace sees.
// 1. pack every package with pnpm (which rewrites workspace:^ to real ranges);
// 2. publint --strict and attw on each tarball;
// 3. npm-install all tarballs into a fresh temporary project and prove each package loads from
//    ESM and CJS (with the same export names), type-checks from TypeScript under
//    moduleResolution node16 (ESM and CJS files) and bundler, and that the bin runs.
// Run after a build: `npx -y pnpm@10.34.9 build && node scripts/check-packages.mjs`.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bin, pnpm, root, run } from './lib/run.mjs';

const packsDir = path.join(root, '.packs');
const failures = [];
const step = (name, ok) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok) failures.push(name);
};

rmSync(packsDir, { recursive: true, force: true });
mkdirSync(packsDir);
const packageDirs = readdirSync(path.join(root, 'packages')).map((name) => path.join(root, 'packages', name));
for (const dir of packageDirs) {
  step(
    `pack ${path.basename(dir)}`,
    run(pnpm('pack', '--pack-destination', packsDir), { cwd: dir, quiet: true }).status === 0,
  );
}
const tarballs = readdirSync(packsDir)
  .filter((f) => f.endsWith('.tgz'))
  .map((f) => path.join(packsDir, f));

for (const tarball of tarballs) {
  const name = path.basename(tarball);
  step(`publint --strict ${name}`, run([bin('publint'), 'run', tarball, '--strict']).status === 0);
  // The CLI package's bin entry is ESM-only on purpose; its library entry is dual like the others.
  step(`attw ${name}`, run([bin('attw'), tarball, '--format', 'ascii']).status === 0);
}

const consumer = mkdtempSync(path.join(tmpdir(), 'kamtibmas-consumer-'));
cpSync(path.join(root, 'scripts', 'consumer'), consumer, { recursive: true });
writeFileSync(
  path.join(consumer, 'package.json'),
  JSON.stringify({ name: 'kamtibmas-consumer', private: true, type: 'module' }, null, 2),
);
const typescriptVersion = JSON.parse(
  await import('node:fs').then((fs) =>
    fs.readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8'),
  ),
).version;
const installed =
  run(
    [
      'npm',
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      'zod@^4.5',
      `typescript@${typescriptVersion}`,
      '@types/node@20',
    ],
    { cwd: consumer },
  ).status === 0;
step('npm install tarballs into a fresh project', installed);
if (installed) {
  step('ESM consumer (import)', run(['node', 'esm.mjs'], { cwd: consumer }).status === 0);
  step('CJS consumer (require)', run(['node', 'cjs.cjs'], { cwd: consumer }).status === 0);
  step('ESM and CJS export the same names', run(['node', 'same-exports.mjs'], { cwd: consumer }).status === 0);
  const tsc = path.join(consumer, 'node_modules', '.bin', 'tsc');
  step('TypeScript, moduleResolution node16', run([tsc, '-p', 'tsconfig.node16.json'], { cwd: consumer }).status === 0);
  step(
    'TypeScript, moduleResolution bundler',
    run([tsc, '-p', 'tsconfig.bundler.json'], { cwd: consumer }).status === 0,
  );
  const version = run([path.join(consumer, 'node_modules', '.bin', 'kamtibmas'), '--version'], {
    cwd: consumer,
    quiet: true,
  });
  step(`installed bin runs (kamtibmas --version → ${version.stdout.trim()})`, version.status === 0);
  // More lines than `kamtibmas extract` extracts in-process, so the packed worker entry
  // (dist/extractWorker.js) must load from the installed package; output keeps input order.
  const article = 'Kapolsek Kedurang IPDA Suharno menggelar silaturahmi dengan tokoh masyarakat, Kamis (5/9/2024).';
  const records = Array.from({ length: 80 }, (_, id) => JSON.stringify({ id, text: article }));
  writeFileSync(path.join(consumer, 'articles.ndjson'), `${records.join('\n')}\n`);
  const extracted = run(
    [
      path.join(consumer, 'node_modules', '.bin', 'kamtibmas'),
      'extract',
      'articles.ndjson',
      '--jobs',
      '2',
      '--validate',
    ],
    { cwd: consumer, quiet: true },
  );
  const lines = extracted.stdout.trim().split('\n').filter(Boolean);
  const inOrder = lines.every((line, i) => {
    const record = JSON.parse(line);
    return record.id === i && record.validation?.ok === true;
  });
  step(
    `installed bin extracts NDJSON on 2 worker threads (${lines.length} records, in order, valid)`,
    extracted.status === 0 && lines.length === records.length && inOrder,
  );
}
if (!process.env.KEEP_CONSUMER) rmSync(consumer, { recursive: true, force: true });
else console.log(`consumer project kept at ${consumer}`);

console.log(
  failures.length ? `packaging gate: ${failures.length} failed: ${failures.join('; ')}` : 'packaging gate: all passed',
);
process.exit(failures.length ? 1 : 0);
