// `pnpm bench` (after `pnpm build`): benchmarks of the built packages, run in one process so the
// ratios compare numbers from the same run. Sections: validators, parsers, CLI, JSON reader, type-check cost.
// `pnpm bench validators parsers` runs only the named sections. Exit code 1 when a target fails.
import { benchCli } from './cli';
import { benchJsonReader } from './jsonReader';
import { requireBuilt } from './lib/load';
import { heading, machine, targets } from './lib/report';
import { benchParsers } from './parsers';
import { benchTypes } from './types/bench';
import { benchValidators } from './validators';

const SECTIONS: Record<string, () => Promise<void>> = {
  validators: benchValidators,
  parsers: benchParsers,
  cli: benchCli,
  reader: benchJsonReader,
  types: benchTypes,
};

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
requireBuilt(['core', 'validators', 'fixtures', 'cli']);

console.log('# kamtibmas benchmarks\n');
console.log(machine());
console.log(`Date: ${new Date().toISOString()}`);

for (const [name, section] of Object.entries(SECTIONS)) {
  if (wanted.length === 0 || wanted.includes(name)) await section();
}

heading('targets');
for (const t of targets) {
  const measured = t.unit === '×' ? `${t.measured.toFixed(2)}×` : `${t.measured.toFixed(2)} ${t.unit}`;
  const limit = t.unit === '×' ? `${t.limit}×` : `${t.limit} ${t.unit}`;
  console.log(`${t.ok ? 'PASS' : 'FAIL'}  ${t.name}: ${measured} (limit ${limit})${t.note ? ` — ${t.note}` : ''}`);
}
const failed = targets.filter((t) => !t.ok && !t.note?.startsWith('informational'));
console.log(`\n${targets.length - failed.length} of ${targets.length} targets met`);
process.exitCode = failed.length > 0 ? 1 : 0;
