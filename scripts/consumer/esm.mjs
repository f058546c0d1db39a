// Loaded by scripts/check-packages.mjs inside a fresh project that installed the packed tarballs.
import assert from 'node:assert/strict';
import * as cli from '@kamtibmas/cli';
import * as core from '@kamtibmas/core';
import * as fixtures from '@kamtibmas/fixtures';
import * as validators from '@kamtibmas/validators';

assert.equal(core.RANK_CODES.length, 22);
assert.equal(core.isLocalDate('2024-02-29'), true);
assert.equal(validators.LocalDateSchema.safeParse('2024-02-30').success, false);
assert.equal(fixtures.makeUnit().kind, 'polda');
assert.equal(typeof cli.main, 'function');
console.log('ESM consumer: ok');
