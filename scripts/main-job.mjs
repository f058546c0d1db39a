// The repository's main job (`npx -y pnpm@10.34.9 run main`, after a build): runs the built
// `kamtibmas` CLI on real data. It validates the fixtures dataset (must be valid: exit 0) and the
// README's broken example in both locales (must be invalid: exit 1), printing each step first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');
const fixturesEntry = join(root, 'packages/fixtures/dist/index.js');
const brokenExample = join(root, 'examples/broken-event.json');

function fail(message) {
  console.error(`main: ${message}`);
  process.exit(1);
}

for (const [path, what] of [
  [bin, 'the CLI'],
  [fixturesEntry, '@kamtibmas/fixtures'],
]) {
  if (!existsSync(path)) fail(`${what} is not built (${path} is missing). Run 'npx -y pnpm@10.34.9 build' first.`);
}
if (!existsSync(brokenExample)) fail(`${brokenExample} is missing; restore it from git.`);

function runCli(args) {
  console.log(`\n$ kamtibmas ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  if (result.error) fail(`could not run the CLI: ${result.error.message}`);
  return result.status;
}

const { dataset } = await import(pathToFileURL(fixturesEntry).href);
const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-main-'));
const datasetFile = join(dir, 'fixtures-dataset.json');
let failures = 0;
try {
  console.log(`Writing the fixtures dataset (${dataset.events.length} events) to ${datasetFile}`);
  writeFileSync(datasetFile, `${JSON.stringify(dataset, null, 2)}\n`);

  console.log('Step 1: the fixtures dataset must be valid (exit code 0).');
  const datasetStatus = runCli(['validate', datasetFile, '--locale', 'en']);
  if (datasetStatus !== 0) {
    console.error(`main: the fixtures dataset gave exit code ${datasetStatus}, expected 0.`);
    failures++;
  }

  for (const locale of ['id', 'en']) {
    console.log(
      `\nStep ${locale === 'id' ? 2 : 3}: examples/broken-event.json must be invalid (exit code 1), locale ${locale}.`,
    );
    const status = runCli(['validate', brokenExample, '--locale', locale]);
    if (status !== 1) {
      console.error(`main: examples/broken-event.json gave exit code ${status} with --locale ${locale}, expected 1.`);
      failures++;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures > 0) fail(`${failures} step(s) did not give the expected exit code (see above).`);
console.log('\nmain: OK — the dataset is valid and the broken example is reported as invalid in both locales.');
