// Every package must expose the same names to import and to require: a name present in one build
// and missing in the other is a packaging bug users hit only in one module system.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
for (const name of [
  '@kamtibmas/core',
  '@kamtibmas/validators',
  '@kamtibmas/fixtures',
  '@kamtibmas/extract',
  '@kamtibmas/cli',
]) {
  const esm = Object.keys(await import(name))
    .filter((k) => k !== 'default')
    .sort();
  const cjs = Object.keys(require(name))
    .filter((k) => k !== 'default' && k !== '__esModule')
    .sort();
  assert.ok(esm.length > 0, `${name} exports nothing`);
  assert.deepEqual(esm, cjs, `${name}: ESM and CJS exports differ`);
  console.log(`${name}: ${esm.length} exports, same in ESM and CJS`);
}
