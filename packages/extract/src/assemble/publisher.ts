import type { TextSpan } from '@kamtibmas/core';
import type { ArticleText } from '../_lib/ArticleText';
import { OUTLET_DOMAIN_ENDINGS, PUBLISHER_REACH } from '../data/publisherCues';

/**
 * The outlet's name as the article writes it near its start: the first word that is a domain
 * name ("KORANPALPRES.COM", "BuserNet.co.id"), not part of a longer address.
 *
 * @param article - The article.
 * @returns Where the outlet's name is written, or `undefined`.
 * @example
 * ```ts
 * findPublisher(readArticleText('PALEMBANG, KORANPALPRES.COM - Polda Sumsel menggelar FGD.'))
 * //=> { start: 11, end: 27 }
 * ```
 * @internal
 */
export function findPublisher(article: ArticleText): TextSpan | undefined {
  const { text, folded } = article;
  const limit = Math.min(text.length, PUBLISHER_REACH);
  let i = 0;
  while (i < limit) {
    while (i < limit && isBreak(text[i]!)) i++;
    const start = i;
    while (i < text.length && !isBreak(text[i]!)) i++;
    let end = i;
    while (end > start && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
    const word = folded.slice(start, end);
    if (word.includes('/') || word.includes('@') || word.startsWith('http') || word.startsWith('www.')) continue;
    if (OUTLET_DOMAIN_ENDINGS.some((ending) => word.endsWith(ending) && word.length > ending.length + 2)) {
      return { start, end };
    }
  }
  return undefined;
}

function isBreak(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '|' || c === '–' || c === '\u00a0' || c === '\r';
}
