// Loaded by scripts/check-packages.mjs inside a fresh project that installed the packed tarballs.
const assert = require('node:assert/strict');
const core = require('@kamtibmas/core');
const validators = require('@kamtibmas/validators');
const fixtures = require('@kamtibmas/fixtures');
const cli = require('@kamtibmas/cli');

assert.equal(core.RANK_CODES.length, 22);
assert.equal(core.isLocalDate('2023-02-29'), false);
assert.equal(validators.LocalDateSchema.safeParse('2024-02-14').success, true);
assert.equal(fixtures.makeUnit({ id: 'polres-banyuasin', kind: 'polres' }).kind, 'polres');
assert.equal(typeof cli.main, 'function');
assert.equal(validators.negotiateLocale('en-US'), 'en');
assert.equal(validators.createStandardSchema('dataset')['~standard'].vendor, 'kamtibmas');
console.log('CJS consumer: ok');
