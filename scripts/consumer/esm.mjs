// Loaded by scripts/check-packages.mjs inside a fresh project that installed the packed tarballs.
import assert from 'node:assert/strict';
import * as cli from '@kamtibmas/cli';
import * as core from '@kamtibmas/core';
import * as extract from '@kamtibmas/extract';
import * as fixtures from '@kamtibmas/fixtures';
import * as validators from '@kamtibmas/validators';

assert.equal(core.RANK_CODES.length, 22);
assert.equal(core.isLocalDate('2024-02-29'), true);
assert.equal(validators.LocalDateSchema.safeParse('2024-02-30').success, false);
assert.equal(fixtures.makeUnit().kind, 'polda');
assert.equal(typeof cli.main, 'function');
{
  const text =
    'Kapolres Banyuasin AKBP Ruri Prastowo menggelar doa bersama jelang Pilkada 2024 di Pangkalan Balai, Selasa (19/11/2024).';
  const extraction = extract.extractArticle(text, { publisher: 'example' });
  assert.equal(extraction.dataset.events[0], extraction.event);
  for (const evidence of extraction.event?.sources[0]?.evidence ?? []) {
    assert.equal(text.slice(evidence.start, evidence.end), evidence.quote);
  }
  assert.equal(validators.validateDataset(extraction.dataset).ok, true);
  const merged = extract.mergeExtractions([extraction, extraction]);
  assert.equal(validators.validateDataset(merged.dataset).ok, true);
}
console.log('ESM consumer: ok');
