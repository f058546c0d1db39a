// Private: finds the longest rank form that starts at a given word of a tokenised text.
import type { RankCode } from '../data/rankCodes';
import { startsNoKeyAt } from '../text/firstPairs';
import { longestKeyAt } from '../text/longestKeyAt';
import type { WordList } from '../text/wordSpans';
import { MENTION_RANK_FIRST_PAIRS, MENTION_RANK_INDEX } from './rankKeys';

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
  // Most words cannot open a rank: tell from their first two letters, without making their span.
  if (startsNoKeyAt(spans, start, MENTION_RANK_FIRST_PAIRS)) return undefined;
  // No rank form starts with a key outside MENTION_RANK_PREFIXES: no longer run of words can match.
  const found = longestKeyAt(text, spans, start, MENTION_RANK_INDEX);
  return found && { code: found.value, start: found.start, end: found.end };
}
