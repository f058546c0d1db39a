import { readdirSync, readFileSync } from 'node:fs';
import { dataset as fixtures } from '@kamtibmas/fixtures';
import { validateDataset } from '@kamtibmas/validators';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extractArticle';
import { mergeExtractions } from './mergeExtractions';

// The five seed articles, read by extractArticle, then merged.
const dir = new URL('../../fixtures/test/articles/', import.meta.url);
const texts = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(new URL(file, dir), 'utf8'));
const extractions = texts.map((text) => extractArticle(text));

describe('mergeExtractions on the five seed articles', () => {
  const merged = mergeExtractions(extractions);

  it('gives a valid dataset with one event per article', () => {
    const result = validateDataset(merged.dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(merged.dataset.events).toHaveLength(5);
  });

  it('keeps Polda Sumsel once: the Ditbinmas of article 000 and the Polres Banyuasin of article 003 are both under it', () => {
    expect(merged.dataset.units.filter((unit) => unit.id === 'polda-sumsel')).toHaveLength(1);
    const parents = merged.dataset.units
      .filter((unit) => unit.id === 'ditbinmas-polda-sumsel' || unit.id === 'polres-banyuasin')
      .map((unit) => unit.parentId);
    expect(parents).toEqual(['polda-sumsel', 'polda-sumsel']);
  });

  it("maps every article's records into the dataset, and each event's evidence still quotes its own article", () => {
    const unitIds = new Set(merged.dataset.units.map((unit) => unit.id));
    const personIds = new Set(merged.dataset.people.map((person) => person.id));
    extractions.forEach((extraction, i) => {
      const ids = merged.ids[i]!;
      for (const unit of extraction.dataset.units) expect(unitIds.has(ids.units[unit.id]!)).toBe(true);
      for (const person of extraction.dataset.people) expect(personIds.has(ids.people[person.id]!)).toBe(true);
      const event = merged.dataset.events.find((e) => e.id === ids.events[extraction.event!.id])!;
      for (const evidence of event.sources[0]!.evidence ?? []) {
        expect(texts[i]!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    });
  });

  it('merges an article given twice into the same records (one event, its source once)', () => {
    const twice = mergeExtractions([...extractions, ...extractions]);
    expect(twice.dataset).toEqual(merged.dataset);
  });

  it('links to the fixtures as known records: the officers found keep the fixtures’ ids, the result validates', () => {
    const linked = mergeExtractions(extractions, { known: fixtures });
    const result = validateDataset(linked.dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const knownIds = new Set(fixtures.people.map((person) => person.id));
    for (const [i, extraction] of extractions.entries()) {
      for (const person of extraction.dataset.people) {
        if (knownIds.has(person.id)) expect(linked.ids[i]!.people[person.id]).toBe(person.id);
      }
    }
    // Units linked to the fixtures are the fixtures' records (with their area codes and time zones).
    const polres = linked.dataset.units.find((unit) => unit.id === 'polres-banyuasin');
    expect(polres).toEqual(fixtures.units.find((unit) => unit.id === 'polres-banyuasin'));
  });
});
