// Hostile-input properties of extractArticle: it never throws, on arbitrary strings, arbitrary JSON
// values and seed articles mutated at random; every evidence quote is its slice of the text; every
// draft passes validateDataset; and it stays linear on 400 kB adversarial articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findDistricts } from '@kamtibmas/core/districts';
import { validateDataset } from '@kamtibmas/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from './ArticleExtraction';
import { extractArticle } from './extractArticle';

const seedDir = path.resolve(import.meta.dirname, '../../fixtures/test/articles');
const seeds = readdirSync(seedDir).map((file) => readFileSync(path.join(seedDir, file), 'utf8'));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
// Words the extractor reacts to, so that random texts reach its decisions.
const articleWord = fc.constantFrom(
  'Polres Lebong',
  'Polsek Kedurang',
  'Polda Sumsel',
  'Kapolres',
  'AKBP Imam Tarmudi',
  'Ipda Suharno, SH',
  'melalui',
  'diwakili oleh',
  'mewakili',
  'menggelar',
  'dialog',
  'sosialisasi',
  'di',
  'bertempat di',
  'Aula',
  'Jumat (24/11/2023)',
  '(24/8)',
  'Senin 5 September 2024',
  'mendatang',
  'Pilkada 2024',
  'Pemilu',
  'Camat Kedurang',
  'Ketua KPU Balikpapan Prakoso',
  'Ketua',
  'tokoh agama',
  'puluhan',
  'hoaks',
  'Ops Mantap Praja',
  '“',
  '"',
  ',',
  '.',
  '\n',
  'ujarnya',
);
const articleText = fc
  .array(fc.oneof(articleWord, fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((words) => words.join(' '));

function checkExtraction(text: string, extraction: ArticleExtraction): void {
  for (const evidence of extraction.event?.sources[0]?.evidence ?? []) {
    expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
  }
  expect(extraction.dataset.events[0]).toBe(extraction.event);
  const result = validateDataset(extraction.dataset);
  expect(result.ok ? [] : result.issues).toEqual([]);
}

describe('extractArticle on hostile input', () => {
  it('never throws on arbitrary strings, and its draft is valid with quotes equal to their slices', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, articleText), (text) => {
        checkExtraction(text, extractArticle(text, { findDistricts }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON values as text or options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (text, options) => {
        const extraction = extractArticle(text as never, options as never);
        expect(Array.isArray(extraction.notes)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads seed articles mutated at random (cut, inserted, repeated, re-cased) into valid drafts', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      at: fc.nat(),
      length: fc.nat({ max: 200 }),
      insert: fc.oneof(anyText, articleText),
      kind: fc.constantFrom('cut', 'insert', 'repeat', 'upper', 'lower'),
      publishedOn: fc.option(fc.constantFrom('2023-11-25', '2024-08-25', '2024-02-30', 'x'), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ seed, at, length, insert, kind, publishedOn }) => {
        const original = seeds[seed]!;
        const from = at % (original.length + 1);
        const to = Math.min(original.length, from + length);
        const part = original.slice(from, to);
        const text =
          kind === 'cut'
            ? original.slice(0, from) + original.slice(to)
            : kind === 'insert'
              ? original.slice(0, from) + insert + original.slice(from)
              : kind === 'repeat'
                ? original.slice(0, to) + part + part + original.slice(to)
                : original.slice(0, from) +
                  (kind === 'upper' ? part.toUpperCase() : part.toLowerCase()) +
                  original.slice(to);
        const options =
          publishedOn === undefined ? { findDistricts } : { findDistricts, publishedOn: publishedOn as never };
        checkExtraction(text, extractArticle(text, options));
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractArticle stays linear on 400 kB adversarial articles', () => {
  const chunks = [
    'Kapolres Lebong AKBP Agus Salim melalui Kapolsek Kedurang Ipda Suharno, SH, menggelar dialog di Aula ',
    'Ketua Ketua KPU Camat Kades Pj. Bupati H. Adam, SE, Ketua Harian, ',
    'di di bertempat di Aula Gedung ',
    '“ " ” ujarnya, Jumat (24/11/2023) mendatang (24/8) ',
    'Polres Polsek Polda Mapolres Satbinmas Polres ',
    'tokoh agama, tokoh masyarakat, dan warga, puluhan 50 orang ',
    'Pilkada 2024 Pemilu 2019 tahapan kampanye Ops Mantap Praja ',
    'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    '\n\n\n. . . , , ,',
  ];
  it.each(chunks.map((chunk, i) => [i, chunk] as const))(
    'chunk %i',
    (_i, chunk) => {
      const small = chunk.repeat(Math.ceil(40_000 / chunk.length));
      const large = chunk.repeat(Math.ceil(400_000 / chunk.length));
      expect(large.length).toBeGreaterThanOrEqual(400_000);
      const time = (text: string) => {
        const t0 = performance.now();
        const extraction = extractArticle(text);
        const elapsed = performance.now() - t0;
        expect(extraction.dataset.events[0]).toBe(extraction.event);
        return elapsed;
      };
      time(small);
      const smallTime = Math.max(time(small), 5);
      const largeTime = time(large);
      // Ten times the text: a linear reader takes about ten times as long, a quadratic one a hundred.
      expect(largeTime / smallTime).toBeLessThan(40);
    },
    60_000,
  );
});
