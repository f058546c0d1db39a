// Type-checked by scripts/check-packages.mjs as a CommonJS consumer.
import core = require('@kamtibmas/core');
import validators = require('@kamtibmas/validators');
import extract = require('@kamtibmas/extract');

const rank: core.RankCode = 'AKBP';
const extraction: extract.ArticleExtraction = extract.extractArticle('Polres Lebong menggelar sosialisasi.');
export const ok: boolean =
  extract.mergeExtractions([extraction]).unresolved.length >= 0 &&
  core.isLocalDate('2024-02-14') &&
  validators.LocalDateSchema.safeParse('x').success === false &&
  rank === 'AKBP';
