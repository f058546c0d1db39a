// The repository's main job (`npx -y pnpm@10.34.9 run main`, after a build): runs the built
// `kamtibmas` CLI on real data. It extracts a seed article into a draft dataset, shows the draft
// event with the evidence of each fact and validates the draft (must be valid: exit 0); validates
// the fixtures dataset (exit 0) and the README's broken example in both locales (must be invalid:
// exit 1), printing each step first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/dist/bin.js');
const fixturesEntry = join(root, 'packages/fixtures/dist/index.js');
const brokenExample = join(root, 'examples/broken-event.json');
const seedArticle = 'packages/fixtures/test/articles/004_b6255de1fb23a302.txt';

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
for (const path of [brokenExample, join(root, seedArticle)]) {
  if (!existsSync(path)) fail(`${path} is missing; restore it from git.`);
}

/** Runs the CLI and returns its exit code and stdout (stderr is shown). */
function captureCli(args) {
  console.log(`\n$ kamtibmas ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.error) fail(`could not run the CLI: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout };
}

/** The draft event of an extraction, one fact a line, each with the words that back it. */
function showDraft(extraction) {
  const { event, dataset } = extraction;
  if (event === undefined) {
    console.log('(no event found)');
    return;
  }
  const show = (label, value) => value !== undefined && console.log(`  ${label.padEnd(12)} ${value}`);
  show('event', event.id);
  show('kinds', event.kinds.join(', '));
  show('date', event.date === undefined ? undefined : `${event.date} (${event.datePrecision})`);
  show('venue', event.venue?.name);
  show('organisers', event.organizerIds.join(', '));
  show(
    'election',
    event.election === undefined ? undefined : `${event.election.electionId} ${event.election.phaseId ?? ''}`,
  );
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  for (const p of event.participants) {
    const person = people.get(p.personId);
    const who =
      person === undefined ? p.personId : `${person.kind === 'officer' ? `${person.rank} ` : ''}${person.name}`;
    show('participant', `${who} — ${p.role}${p.onBehalfOf === undefined ? '' : `, on behalf of ${p.onBehalfOf}`}`);
  }
  show('groups', event.participantGroups.map((g) => g.group).join(', '));
  show('topics', event.topics.join(', '));
  const evidence = event.sources[0]?.evidence ?? [];
  console.log(`  evidence (${evidence.length} facts, each quote is the article's text between its offsets):`);
  const width = Math.max(0, ...evidence.map((e) => e.claim.length)) + 1;
  for (const e of evidence) {
    const quote = e.quote.length > 70 ? `${e.quote.slice(0, 67)}…` : e.quote;
    console.log(`    ${e.claim.padEnd(width)} ${`[${e.start}, ${e.end})`.padEnd(12)} "${quote.replace(/\s+/g, ' ')}"`);
  }
}

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
  console.log(`Step 1: extract a seed article (${seedArticle}) into a draft dataset; --validate checks it.`);
  const extracted = captureCli(['extract', seedArticle, '--validate', '--locale', 'en']);
  let extraction;
  try {
    extraction = JSON.parse(extracted.stdout);
  } catch {
    fail(`kamtibmas extract did not print one JSON extraction (exit code ${extracted.status}).`);
  }
  showDraft(extraction);
  console.log(`  validation: ${JSON.stringify(extraction.validation)}`);
  if (extracted.status !== 0 || extraction.validation?.ok !== true) {
    console.error(`main: the draft of ${seedArticle} is not valid (exit code ${extracted.status}), expected 0.`);
    failures++;
  }
  const draftFile = join(dir, 'draft-dataset.json');
  writeFileSync(draftFile, `${JSON.stringify(extraction.dataset, null, 2)}\n`);
  console.log(`\nStep 2: the draft dataset, written to ${draftFile}, passes kamtibmas validate (exit code 0).`);
  const draftStatus = runCli(['validate', draftFile, '--locale', 'en']);
  if (draftStatus !== 0) {
    console.error(`main: the draft dataset gave exit code ${draftStatus}, expected 0.`);
    failures++;
  }

  console.log(`\nWriting the fixtures dataset (${dataset.events.length} events) to ${datasetFile}`);
  writeFileSync(datasetFile, `${JSON.stringify(dataset, null, 2)}\n`);

  console.log('Step 3: the fixtures dataset must be valid (exit code 0).');
  const datasetStatus = runCli(['validate', datasetFile, '--locale', 'en']);
  if (datasetStatus !== 0) {
    console.error(`main: the fixtures dataset gave exit code ${datasetStatus}, expected 0.`);
    failures++;
  }

  for (const locale of ['id', 'en']) {
    console.log(
      `\nStep ${locale === 'id' ? 4 : 5}: examples/broken-event.json must be invalid (exit code 1), locale ${locale}.`,
    );
    // Relative to the repository (the CLI runs there), so the output reads as in the README.
    const status = runCli(['validate', 'examples/broken-event.json', '--locale', locale]);
    if (status !== 1) {
      console.error(`main: examples/broken-event.json gave exit code ${status} with --locale ${locale}, expected 1.`);
      failures++;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures > 0) fail(`${failures} step(s) did not give the expected exit code (see above).`);
console.log(
  '\nmain: OK — the seed article gave a valid draft with its evidence, the fixtures dataset is valid, and the broken example is reported as invalid in both locales.',
);
