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
  // Every ending is a domain's last label with its dot ('.com'), so only the words with a dot are
  // read: from each dot (found natively) back to its word's start and on to its end.
  for (let dot = text.indexOf('.'); dot !== -1; ) {
    let start = dot;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    // Words are read while they start within the reach (a word may run past it).
    if (start > limit) return undefined;
    let i = dot;
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
    dot = text.indexOf('.', i);
    const word = folded.slice(start, end);
    if (word.includes('/') || word.includes('@') || word.startsWith('http') || word.startsWith('www.')) continue;
    if (OUTLET_DOMAIN_ENDINGS.some((ending) => word.endsWith(ending) && word.length > ending.length + 2)) {
      return { start, end };
    }
  }
  return undefined;
}

/** Space, line break, tab, '|', en dash, no-break space, carriage return. */
function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 124 || c === 0x2013 || c === 0xa0 || c === 13;
}
