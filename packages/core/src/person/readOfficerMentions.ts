// Private: the officer-mention pipeline behind parseOfficerMention and parseOfficerMentions. The text
// is tokenised once (text/wordSpans); the officer recognizer (officerAt) runs at each word, then
// the refiners run in order on what it found: nameBeforeRank (the name written before the rank),
// attachPosition (the position before or after, with prefixes, village and unit). Each step looks
// a bounded number of words around its officer, so the whole read is linear.
import { matchRankAt } from '../rank/matchRankAt';
import { MENTION_RANK_FIRST_PAIRS } from '../rank/rankKeys';
import { nextKeyStartFrom } from '../text/firstPairs';
import { type WordList, wordSpans } from '../text/wordSpans';
import { type AttachedPosition, positionAfter, positionBefore, unitBefore } from './attachPosition';
import { nameBeforeRank } from './nameBeforeRank';
import { type OfficerDraft, officerAt } from './officerAt';
import type { FoundOfficerMention } from './parseOfficerMentions';
import { isUnitPartAt, matchPositionAt } from './positionAt';

function mentionOf(text: string, spans: WordList, draft: OfficerDraft, position: AttachedPosition | undefined) {
  const parts = draft.parts!;
  const mention: FoundOfficerMention = {
    rank: draft.rank,
    name: text.slice(parts.nameStart, parts.nameEnd),
    titles: parts.titles,
    honorifics: parts.honorifics,
    former: false,
    start: spans.startAt(draft.start),
    end: draft.endOffset,
  };
  if (position !== undefined) {
    mention.position =
      position.code === undefined ? { text: position.text } : { code: position.code, text: position.text };
    mention.former = position.former;
    if (position.acting !== undefined) mention.acting = position.acting;
    if (position.unit !== undefined) mention.unit = position.unit;
    if (position.village !== undefined) mention.village = position.village;
    if (position.start < draft.start) mention.start = spans.startAt(position.start);
    else if (position.end > draft.end) mention.end = spans.endAt(position.end - 1);
  }
  return mention;
}

/** All officer mentions of `text` in order (at most `limit`). Never throws; linear time. */
export function readOfficerMentions(text: string, limit = Number.POSITIVE_INFINITY): FoundOfficerMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans = wordSpans(text);
  const isStop = (index: number): boolean =>
    matchRankAt(text, spans, index) !== undefined ||
    matchPositionAt(text, spans, index) !== undefined ||
    isUnitPartAt(text, spans, index);
  const mentions: FoundOfficerMention[] = [];
  // Word index the previous mention ended at: no refiner looks back past it.
  let floor = 0;
  for (let i = 0; i < spans.length && mentions.length < limit; i++) {
    // Most words open no rank (officerAt would find none): passed over in one loop.
    i = nextKeyStartFrom(spans, i, MENTION_RANK_FIRST_PAIRS);
    if (i === spans.length) break;
    const found = officerAt(text, spans, i, isStop);
    if (found === undefined) continue;
    if ('skipTo' in found) {
      i = found.skipTo - 1;
      continue;
    }
    const { draft } = found;
    if (draft.parts === undefined && !nameBeforeRank(text, spans, draft, floor, isStop)) {
      i = draft.rankEnd - 1;
      continue;
    }
    const before = positionBefore(text, spans, draft.start, floor);
    const position = before ?? positionAfter(text, spans, draft.end);
    const mention = mentionOf(text, spans, draft, position);
    if (position === undefined) {
      const unit = unitBefore(text, spans, draft.start, floor);
      if (unit !== undefined) {
        mention.unit = unit.unit;
        mention.start = spans.startAt(unit.start);
      }
    }
    mentions.push(mention);
    const end = before === undefined && position !== undefined ? Math.max(draft.end, position.end) : draft.end;
    floor = end;
    i = end - 1;
  }
  return mentions;
}
