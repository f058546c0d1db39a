// Private: finds the longest rank form that starts at a given word of a tokenised text.
import type { RankCode } from '../data/rankCodes';
import { isSoftGapBetween, type WordList } from '../text/wordSpans';
import { MENTION_RANK_BY_KEY, MENTION_RANK_PREFIXES } from './rankKeys';

/** A rank found in running text: its code and the words it spans (`start` inclusive, `end` exclusive). */
export interface RankMatch {
  code: RankCode;
  start: number;
  end: number;
}

/**
 * The longest rank form (Indonesian, not a misspelling) that starts at `spans.get(start)`, allowing
 * spaces, dots and commas between its words (`Kombes, Pol.`). Constant work per call.
 */
export function matchRankAt(text: string, spans: WordList, start: number): RankMatch | undefined {
  let key = '';
  let best: RankMatch | undefined;
  for (let i = start; i < spans.length; i++) {
    const span = spans.get(i)!;
    if (i > start && !isSoftGapBetween(text, spans.get(i - 1)!, span)) break;
    key += span.key;
    // No rank form starts with these letters: no longer run of words can match either.
    if (!MENTION_RANK_PREFIXES.has(key)) break;
    const code = MENTION_RANK_BY_KEY.get(key);
    if (code !== undefined) best = { code, start, end: i + 1 };
  }
  return best;
}
