// findDateMentions on whole articles: the seed articles (2.1–2.9 kB of Indonesian police news, as
// users have them), as articles per second on one core. Linearity is in the parsers table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as Core from '@kamtibmas/core';
import { fmtMs, fmtNum, heading, measure } from './lib/report';

const ARTICLES = path.resolve(import.meta.dirname, '../packages/fixtures/test/articles');

/** The seed articles' texts. */
export function seedArticles(): string[] {
  return readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(ARTICLES, name), 'utf8'));
}

export async function benchFindDateMentions(core: typeof Core): Promise<void> {
  const articles = seedArticles();
  const bytes = articles.reduce((n, a) => n + a.length, 0);
  heading(
    `findDateMentions over the ${articles.length} seed articles (${fmtNum(bytes / articles.length)} characters each on average)`,
  );
  const [pass] = await measure([
    [
      'findDateMentions × seed articles',
      () => {
        let found = 0;
        for (const article of articles) found += core.findDateMentions(article, { referenceDate: '2024-11-27' }).length;
        return found;
      },
    ],
  ]);
  const perArticle = pass!.meanMs / articles.length;
  console.log(
    `${fmtMs(perArticle)} per article = ${fmtNum(1000 / perArticle)} articles/s on one core, ${fmtNum(bytes / 2 ** 20 / (pass!.meanMs / 1000), 1)} MiB/s`,
  );
}
