import type { ExtractArticleOptions } from '../ArticleExtraction';
import { readArticleText } from './ArticleText';
import { findMentions } from './findMentions';
import type { ReadContext } from './ReadContext';

/**
 * The read context of a text, as `extractArticle` builds it: what the decisions' tests and
 * examples start from.
 *
 * @param text - An article.
 * @param options - Options as for `extractArticle`.
 * @returns The article, the options and core's mentions.
 * @example
 * ```ts
 * contextOf('Polres Lebong menggelar apel.').found.units.length
 * //=> 1
 * ```
 * @internal
 */
export function contextOf(text: string, options: ExtractArticleOptions = {}): ReadContext {
  const article = readArticleText(text);
  return { article, options, found: findMentions(article, options) };
}
