// extractArticle on whole articles: the five seed articles (2.1–2.9 kB), as articles per second on
// one core, with the district table as users pass it; beside it the naive composition of core's
// parsers the scoring script compares with (every finder once over the text, no decisions), so
// the cost of the decisions shows. Needs the built extract package (`pnpm build`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as Core from '@kamtibmas/core';
import type * as Districts from '@kamtibmas/core/districts';
import type * as Extract from '@kamtibmas/extract';
import { seedArticles } from './findDates';
import { distOf, importBuilt, root } from './lib/load';
import { fmtMs, fmtNum, heading, measure, target } from './lib/report';

export async function benchExtractArticle(core: typeof Core): Promise<void> {
  if (!existsSync(distOf('extract'))) {
    console.log('\n(extractArticle: no build of @kamtibmas/extract — run `pnpm build` to measure it)');
    return;
  }
  const { extractArticle } = await importBuilt<typeof Extract>('extract');
  const { findDistricts } = await importBuilt<typeof Districts>('core', 'districts.js');
  const articles = seedArticles();
  const bytes = articles.reduce((n, a) => n + a.length, 0);
  heading(
    `extractArticle over the ${articles.length} seed articles (${fmtNum(bytes / articles.length)} characters each on average)`,
  );
  const [full, naive, bare] = await measure(
    [
      [
        'extractArticle × seed articles',
        () => {
          let facts = 0;
          for (const article of articles)
            facts += extractArticle(article, { findDistricts }).event?.sources[0]?.evidence?.length ?? 0;
          return facts;
        },
      ],
      [
        'naive composition of core finders × seed articles',
        () => {
          let found = 0;
          for (const article of articles) {
            found += core.parseOfficerMentions(article).length;
            found += core.findUnitMentions(article, { findDistricts }).length;
            found += core.findDateMentions(article).length;
            found += core.findVocabularyCodes(core.EVENT_KINDS, article).length;
            found += core.findVocabularyCodes(core.PARTICIPANT_GROUPS, article).length;
            found += core.findVocabularyCodes(core.TOPICS, article).length;
          }
          return found;
        },
      ],
      // The machine's speed, for reading the rows above on another machine: one pass over the text
      // that counts its words (runs of ASCII letters and digits, or of any other script), the least
      // any reader of an article does.
      [
        'bare word scan × seed articles',
        () => {
          let words = 0;
          for (const article of articles) words += countWords(article);
          return words;
        },
      ],
    ],
    // Steady state, as over a stream of articles: the extractor's many paths take longer than the
    // default 100 ms to be compiled (a first pass measured about 1.7× the steady time).
    { warmupTime: 2_000 },
  );
  const perArticle = full!.meanMs / articles.length;
  const perNaive = naive!.meanMs / articles.length;
  console.log(
    `extractArticle: ${fmtMs(perArticle)} per article = ${fmtNum(1000 / perArticle)} articles/s on one core; naive core composition: ${fmtMs(perNaive)} = ${fmtNum(1000 / perNaive)} articles/s (decisions cost ${fmtNum(perArticle / perNaive, 1)}× the finders)`,
  );
  const perBare = bare!.meanMs / articles.length;
  console.log(
    `machine: a bare word scan of the same articles takes ${fmtMs(perBare)} per article (${fmtNum((perBare * 1e6) / (bytes / articles.length), 1)} ns a character); extractArticle costs ${fmtNum(perArticle / perBare)}× it, core's finders ${fmtNum(perNaive / perBare)}×`,
  );
  // The seed rows repeat five articles, so every per-word memo of the extractor hits; a stream of
  // distinct articles (the development corpus) is what users run.
  const corpus = corpusArticles();
  if (corpus.length > 0) {
    const corpusBytes = corpus.reduce((n, a) => n + a.length, 0);
    const [stream] = await measure(
      [
        [
          `extractArticle × ${corpus.length} corpus articles`,
          () => {
            let facts = 0;
            for (const article of corpus)
              facts += extractArticle(article, { findDistricts }).event?.sources[0]?.evidence?.length ?? 0;
            return facts;
          },
        ],
      ],
      { warmupTime: 2_000 },
    );
    const perStream = stream!.meanMs / corpus.length;
    console.log(
      `extractArticle over ${corpus.length} distinct corpus articles (${fmtNum(corpusBytes / corpus.length)} characters each on average): ${fmtMs(perStream)} per article = ${fmtNum(1000 / perStream)} articles/s`,
    );
  }
  target('extractArticle on a 2.5 kB article ≤ 0.5 ms (≥ 2,000 articles/s, issue 11)', perArticle, 0.5, 'ms');
}

/** Words of a text: runs of ASCII letters and digits or of non-ASCII characters (a lower bound on
 * what any tokenizer does, not a tokenizer). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32;
    const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return words;
}

/** The development corpus's articles (corpus/articles/*.txt; in the repository, never published). */
function corpusArticles(): string[] {
  const dir = path.join(root, 'corpus', 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
}
