import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleText } from './ArticleText';
import { findPhrases } from './findPhrases';
import { hitsIn } from './hitsIn';

// Lists are module constants for hitsIn (their identity is the cache key): these are made once.
const VERBS = ['menggelar', 'gelar', 'melaksanakan', 'kegiatan'] as const;
const CUES = ['dibuka oleh', 'dibuka', 'oleh', 'kapolres', 'kapolres lebong', '(24/8)'] as const;
const LATE = ['apel', 'apel pagi', 'pagi'] as const;

describe('hitsIn', () => {
  it('finds whole words only, the longest phrase where two start together, in text order', () => {
    const article = readArticleText('Kapolres Lebong menggelar apel pagi; kegiatan dibuka oleh Kapolres (24/8).');
    expect(hitsIn(article, CUES).map((hit) => [hit.phrase, hit.start])).toEqual([
      ['kapolres lebong', 0],
      ['dibuka oleh', 46],
      ['kapolres', 58],
      ['(24/8)', 67],
    ]);
    // "gelar" inside "menggelar" is no word of its own.
    expect(hitsIn(article, VERBS).map((hit) => hit.phrase)).toEqual(['menggelar', 'kegiatan']);
  });

  it('cuts windows: hits that start at or after `from` and end by `to`', () => {
    const article = readArticleText('Kapolres Lebong menggelar apel pagi; kegiatan dibuka oleh Kapolres (24/8).');
    expect(hitsIn(article, CUES, 1, 66).map((hit) => hit.phrase)).toEqual(['dibuka oleh', 'kapolres']);
    expect(hitsIn(article, CUES, 46, 52).map((hit) => hit.phrase)).toEqual([]);
  });

  it('gives what a plain search of the folded text gives, for lists met before and after an article is read', () => {
    const word = fc.constantFrom(
      'Kapolres',
      'Lebong',
      'menggelar',
      'gelar',
      'apel',
      'pagi',
      'dibuka',
      'oleh',
      '(24/8)',
      'Kegiatan',
      'x',
    );
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', '-', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (written) => {
        const article = readArticleText(written);
        for (const list of [VERBS, CUES, LATE]) {
          expect(hitsIn(article, list)).toEqual(findPhrases(article.folded, list));
        }
        // A second article whose first list asked for is one not yet read elsewhere.
        const again = readArticleText(`${written} `);
        expect(hitsIn(again, LATE)).toEqual(findPhrases(again.folded, LATE));
      }),
      { numRuns: 300 },
    );
  });
});
