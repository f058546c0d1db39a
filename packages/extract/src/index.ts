/**
 * `@kamtibmas/extract` — reads an Indonesian news article about a police community-engagement
 * activity into a draft kamtibmas `Dataset` (units, organisations, people and the main event) in
 * which every fact carries its evidence: a verbatim quote with its character offsets into the text.
 * {@link extractArticle} reads one article and never throws; {@link mergeExtractions} turns many
 * articles into one Dataset, linking the same unit or officer across articles and listing what it
 * could not link instead of guessing.
 *
 * @packageDocumentation
 */

export type * from './ArticleExtraction';
export * from './extractArticle';
export * from './mergeExtractions';
