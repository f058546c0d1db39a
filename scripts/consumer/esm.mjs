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
// Standard Schema with our rules: a self-delegation, which zod's own ~standard lets through.
const selfDelegating = fixtures.makeEvent({
  participants: [{ personId: 'budi', role: 'attendee', onBehalfOf: 'budi' }],
});
const standard = validators.createStandardSchema('event', { locale: validators.negotiateLocale('en-GB,en;q=0.9') });
assert.deepEqual(
  standard['~standard'].validate(selfDelegating).issues?.map((issue) => issue.code),
  ['self_delegation'],
);
assert.equal(validators.negotiateLocale('id-ID,id;q=0.9'), 'id');
console.log('ESM consumer: ok');
