#!/usr/bin/env node
// Everything CI checks, in order, after `pnpm install --frozen-lockfile`:
// build → bundle budgets → type-check cost → typecheck → lint → tests (runtime + type tests, with
// coverage) → packaging gate → docs → docs in a browser (headless Chromium renders the built
// site; screenshots in docs/site/screenshots/) → the playground in a browser (an article and a
// broken payload opened from the URL fragment, offline).
// Every step runs even when an earlier one failed (a red build still gets its test report), and the
// last line is "N passed, N failed": the vitest tests plus one check per gate step, because the CI
// that reads this line does not understand vitest's own summary.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bin, pnpm, root, run } from './lib/run.mjs';

const results = [];
function gate(name, command, options) {
  console.log(`\n=== ${name} ===`);
  const { status } = run(command, options);
  results.push({ name, ok: status === 0 });
  console.log(`--- ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`}`);
  return status === 0;
}

gate('build', pnpm('run', 'build'));
// Budgets in .size-limit.cjs, measured on the built entries (so after the build).
gate('bundle budgets (size-limit)', [bin('size-limit')]);
// A consumer of every schema and exported type type-checks against the built declarations, with no
// "excessively deep" instantiation (bench/types/check-types.mjs prints tsc's instantiation count).
gate('type-check cost (consumer of every schema and type)', ['node', 'bench/types/check-types.mjs']);
gate('typecheck', [bin('tsc'), '-p', 'tsconfig.json', '--noEmit']);
gate('lint', [bin('biome'), 'ci', '--colors=off', '.']);

console.log('\n=== tests ===');
const report = path.join(root, '.vitest-results.json');
rmSync(report, { force: true });
const tests = run([
  bin('vitest'),
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  // A suite that fails to load has no failed test but must still fail the run.
  if (tests.status !== 0 && failed === 0) failed = 1;
} else {
  failed = 1;
}
console.log(`--- tests: ${passed} passed, ${failed} failed`);

gate('packaging (pack, publint --strict, attw, fresh-project install)', ['node', 'scripts/check-packages.mjs']);
const docsBuilt = gate('docs (generated tables and diagrams, typedoc, warnings are errors)', pnpm('run', 'docs'));
if (docsBuilt) {
  gate('docs in a browser (Chromium renders the start page and the calendar SVGs)', [
    'node',
    'scripts/docs/browser-check.mjs',
  ]);
  gate('playground in a browser (an article and a broken payload from the URL fragment, offline)', [
    'node',
    'scripts/docs/playground-check.mjs',
  ]);
} else {
  // Still counted, so a broken docs build cannot hide the browser gate from the summary.
  console.log('\n=== docs in a browser ===\n--- skipped: the docs build failed');
  results.push({ name: 'docs in a browser (skipped: the docs build failed)', ok: false });
  results.push({ name: 'playground in a browser (skipped: the docs build failed)', ok: false });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
const gatesPassed = results.filter((r) => r.ok).length;
const gatesFailed = results.length - gatesPassed;
console.log(`${passed + gatesPassed} passed, ${failed + gatesFailed} failed`);
process.exit(failed + gatesFailed === 0 ? 0 : 1);
