// Private recognizer: an officer at a word of a tokenised text — a rank and, when it follows, the
// name with its honorifics and titles ("AKBP Imam Tarmudi", "Irjen Pol (Purn) Drs. H. Rudi, M.Si").
// The name written before the rank, the position and the unit are found by the refiners
// (nameBeforeRank, attachPosition). Bounded work per call.
import type { RankCode } from '../data/rankCodes';
import { matchRankAt } from '../rank/matchRankAt';
import { asideEndAt } from '../text/asides';
import { GAP, isSoftGap, type WordList } from '../text/wordSpans';
import { type NameParts, readName } from './nameAt';
import { MILITARY_KEYS, NOT_RANK_BEFORE_JENDERAL_KEYS, RANK_SUFFIX_KEYS, RETIRED_KEYS } from './personWordSets';

/** An officer as the recognizer reads it; word indexes are into the text's WordList. */
export interface OfficerDraft {
  rank: RankCode;
  /** Words of the rank (`start` inclusive, `end` exclusive). */
  rankStart: number;
  rankEnd: number;
  /** The name and its titles; missing until a refiner finds the name before the rank. */
  parts?: NameParts;
  /** First word of the mention as found so far. */
  start: number;
  /** First word after the mention as found so far. */
  end: number;
  /** Offset after the mention's last character (a title's closing dot included). */
  endOffset: number;
}

/** What the recognizer found at a word: an officer, or the rank to skip when nothing follows it. */
export type OfficerAt = { draft: OfficerDraft } | { skipTo: number } | undefined;

/** A gap after "(Purn": its closing bracket and spaces. */
const RETIRED_GAP_MASK = GAP.CLOSE_BRACKET | GAP.SPACE | GAP.DOT | GAP.DOT_SPACE | GAP.COMMA;

/**
 * The officer whose rank starts at word `index`. `isStop(i)` tells whether word `i` starts a rank
 * or a position (a name stops there). Gives `undefined` when no rank starts here, `{ skipTo }` (the
 * rank's end) for a rank no name follows, else the draft with the name after the rank, if any.
 */
export function officerAt(text: string, spans: WordList, index: number, isStop: (i: number) => boolean): OfficerAt {
  const rank = matchRankAt(text, spans, index);
  if (rank === undefined) return undefined;
  const before = spans.get(index - 1);
  if (rank.code === 'JENDERAL' && before !== undefined && NOT_RANK_BEFORE_JENDERAL_KEYS.has(before.key)) {
    return { skipTo: rank.end };
  }
  // "Brigjen TNI …": a military officer.
  const mark = spans.get(rank.end);
  if (mark !== undefined && MILITARY_KEYS.has(mark.key) && isSoftGap(spans.gapBefore(rank.end))) {
    return { skipTo: rank.end + 1 };
  }
  let after = rank.end;
  let gapMask = -1;
  // "Irjen Pol (Purn) …", "AKBP Purnawirawan Jamalis": the retirement mark is not part of the name.
  const next = spans.get(after);
  if (
    next !== undefined &&
    RETIRED_KEYS.has(next.key) &&
    (spans.gapBefore(after) & ~(GAP.OPEN_BRACKET | GAP.SPACE)) === 0
  ) {
    after++;
    gapMask = RETIRED_GAP_MASK;
  }
  // "Brigjen (Pol) Lukman", "Brigadir Jenderal (Pol) Tugas": the force's word in brackets.
  const suffix = gapMask === -1 ? spans.get(after) : undefined;
  if (
    suffix !== undefined &&
    RANK_SUFFIX_KEYS.has(suffix.key) &&
    (spans.gapBefore(after) & ~(GAP.OPEN_BRACKET | GAP.SPACE)) === 0 &&
    (spans.gapBefore(after) & GAP.OPEN_BRACKET) !== 0 &&
    (spans.gapBefore(after + 1) & GAP.CLOSE_BRACKET) !== 0
  ) {
    after++;
    gapMask = RETIRED_GAP_MASK;
  }
  // "Inspektur Jenderal Polisi (Irjen Pol) Johnny …": the rank's abbreviation in brackets.
  const asideEnd = gapMask === -1 ? asideEndAt(spans, after) : -1;
  if (asideEnd !== -1 && matchRankAt(text, spans, after)?.end === asideEnd) {
    if (isSoftGap(spans.gapBefore(asideEnd) & ~GAP.CLOSE_BRACKET)) {
      after = asideEnd;
      gapMask = RETIRED_GAP_MASK;
      // "Komisaris Besar (Kombes) Pol Yudo Nugroho": the force's word after the brackets.
      const force = spans.get(after);
      if (force !== undefined && RANK_SUFFIX_KEYS.has(force.key) && (spans.gapBefore(after) & ~gapMask) === 0) {
        after++;
        gapMask = -1;
      }
    }
  }
  const draft: OfficerDraft = {
    rank: rank.code,
    rankStart: rank.start,
    rankEnd: rank.end,
    start: rank.start,
    end: rank.end,
    endOffset: spans.endAt(rank.end - 1),
  };
  const gap = spans.gapBefore(after);
  const gapOk =
    gapMask === -1 ? isSoftGap(gap) : (gap & ~gapMask) === 0 && spans.startAt(after) - spans.endAt(after - 1) <= 3;
  if (after < spans.length && gapOk) {
    const parts = readName(text, spans, after, isStop);
    if (parts !== undefined) {
      draft.parts = parts;
      draft.end = parts.end;
      draft.endOffset = parts.endOffset;
    }
  }
  return { draft };
}
