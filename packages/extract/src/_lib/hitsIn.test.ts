import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleText, spanIndexAt } from './ArticleText';
import { findPhrases } from './findPhrases';
import { hitsIn } from './hitsIn';

// Lists are module constants for hitsIn (their identity is the cache key): these are made once.
const VERBS = ['menggelar', 'gelar', 'melaksanakan', 'kegiatan'] as const;
const CUES = ['dibuka oleh', 'dibuka', 'oleh', 'kapolres', 'kapolres lebong', '(24/8)'] as const;
const LATE = ['apel', 'apel pagi', 'pagi'] as const;
const ELECTION_WORDS = ['pemilu'] as const;

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

  it('finds nothing in page noise: a "Baca juga" link, a ticker of other stories', () => {
    const ticker =
      'Antisipasi 1 Desember, TNI Polri Patroli 2×24 jam di Kota Jayapura Pesan Sejuk Polri di Deklarasi Pemilu Ceria Tanah Papua Gedung Perpustakaan SMPN 5 Sentani Terbakar Hibah Pilkada Jayapura Cair 10 Persen Disorot Warga';
    const article = readArticleText(
      `${ticker}\nBaca juga: Polres Lebong menggelar apel\nPolres Jayawijaya melaksanakan patroli gabungan.`,
    );
    expect(article.lines).toHaveLength(1);
    expect(hitsIn(article, VERBS).map((hit) => hit.phrase)).toEqual(['melaksanakan']);
  });

  it('reads a letter beyond ASCII as part of its word, the first time it is seen', () => {
    // U+015D (ŝ) and U+0800 (a Samaritan letter) occur in no other test, and stand after the
    // article's first body line, where only the scan reads them.
    const lead = 'Polres Lebong menggelar apel pagi bersama tokoh agama dan tokoh masyarakat di halaman Mapolres.';
    const article = readArticleText(`${lead}\nŝpemilu damai. \u0800pemilu aman. Pemilu kita.`);
    expect(hitsIn(article, ELECTION_WORDS).map((hit) => hit.start - lead.length - 1)).toEqual([29]);
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
        // What a plain search finds in the article's lines (page noise is no part of it).
        const inLines = (found: ReturnType<typeof findPhrases>, lines: typeof article.lines) =>
          found.filter((hit) => spanIndexAt(lines, hit.start) !== -1);
        for (const list of [VERBS, CUES, LATE]) {
          expect(hitsIn(article, list)).toEqual(inLines(findPhrases(article.folded, list), article.lines));
        }
        // A second article whose first list asked for is one not yet read elsewhere.
        const again = readArticleText(`${written} `);
        expect(hitsIn(again, LATE)).toEqual(inLines(findPhrases(again.folded, LATE), again.lines));
      }),
      { numRuns: 300 },
    );
  });
});
