// findUnitMentions on a whole article: the seed articles (2.1–2.9 kB of Indonesian police news, as
// users have them), as articles per second on one core, with the district table as the extractor
// passes it. Linearity is in the parsers table.
import type * as Core from '@kamtibmas/core';
import type * as Districts from '@kamtibmas/core/districts';
import { seedArticles } from './findDates';
import { importBuilt } from './lib/load';
import { fmtMs, fmtNum, heading, measure, target } from './lib/report';

export async function benchFindUnitMentions(core: typeof Core): Promise<void> {
  const { findDistricts } = await importBuilt<typeof Districts>('core', 'districts.js');
  const articles = seedArticles();
  const bytes = articles.reduce((n, a) => n + a.length, 0);
  heading(
    `findUnitMentions over the ${articles.length} seed articles (${fmtNum(bytes / articles.length)} characters each on average)`,
  );
  const [pass] = await measure([
    [
      'findUnitMentions × seed articles',
      () => {
        let found = 0;
        for (const article of articles) found += core.findUnitMentions(article, { findDistricts }).length;
        return found;
      },
    ],
  ]);
  const perArticle = pass!.meanMs / articles.length;
  console.log(
    `${fmtMs(perArticle)} per article = ${fmtNum(1000 / perArticle)} articles/s on one core, ${fmtNum(bytes / 2 ** 20 / (pass!.meanMs / 1000), 1)} MiB/s`,
  );
  // Half the officer finder's target rate: a unit mention also resolves its place through the
  // regency and district tables. Measured 0.20 ms per article (about the time of
  // parseOfficerMentions on the same run) on the 2-core bench machine under load.
  target('findUnitMentions on a 2.5 kB article ≤ 0.5 ms (≥ 2,000 articles/s)', perArticle, 0.5, 'ms');
}
