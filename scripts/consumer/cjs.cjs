// Loaded by scripts/check-packages.mjs inside a fresh project that installed the packed tarballs.
const assert = require('node:assert/strict');
const core = require('@kamtibmas/core');
const validators = require('@kamtibmas/validators');
const fixtures = require('@kamtibmas/fixtures');
const extract = require('@kamtibmas/extract');
const cli = require('@kamtibmas/cli');

assert.equal(core.RANK_CODES.length, 22);
assert.equal(core.isLocalDate('2023-02-29'), false);
assert.equal(validators.LocalDateSchema.safeParse('2024-02-14').success, true);
assert.equal(fixtures.makeUnit({ id: 'polres-banyuasin', kind: 'polres' }).kind, 'polres');
assert.equal(typeof cli.main, 'function');
{
  const text = 'Kapolsek Kedurang IPTU Susianto menggelar silaturahmi dengan tokoh masyarakat, Kamis (5/9/2024).';
  const extraction = extract.extractArticle(text, { publisher: 'example' });
  assert.equal(extraction.dataset.events[0], extraction.event);
  assert.equal(validators.validateDataset(extraction.dataset).ok, true);
  assert.equal(validators.validateDataset(extract.mergeExtractions([extraction]).dataset).ok, true);
}
console.log('CJS consumer: ok');
