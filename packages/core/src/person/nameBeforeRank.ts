// Private refiner: an officer whose name is written before the rank, "Sofyan Hidayat, S.I.K.,
// Kombes Pol". Runs on a draft the officer recognizer found without a name after its rank.
import { GAP, isSoftGap, type WordList } from '../text/wordSpans';
import { readName } from './nameAt';
import type { OfficerDraft } from './officerAt';
import { isUnitOpeningKey } from './personWordSets';

/** How far (in words) the refiner looks back for the name. */
const LOOK_BACK = 12;

/**
 * Fills `draft.parts` with the name that ends right before the rank, when a comma separates them
 * ("Name, Rank": without the comma the words before a rank belong to something else). Does not
 * look back past word `floor` (the end of the previous mention). Returns whether it found one.
 */
export function nameBeforeRank(
  text: string,
  spans: WordList,
  draft: OfficerDraft,
  floor: number,
  isStop: (i: number) => boolean,
): boolean {
  const { rankStart } = draft;
  if (rankStart === 0 || (spans.gapBefore(rankStart) & GAP.COMMA) === 0) return false;
  let farthest = rankStart;
  for (let k = rankStart - 1; k >= floor && k >= rankStart - LOOK_BACK; k--) {
    if (!isSoftGap(spans.gapBefore(k + 1))) break;
    farthest = k;
  }
  for (let s = farthest; s < rankStart; s++) {
    // "Kapolda Papua Barat, Irjen …": the words after a position or a unit word are its place.
    const previous = spans.get(s - 1);
    if (previous !== undefined && isSoftGap(spans.gapBefore(s) & ~GAP.CLOSE_BRACKET)) {
      if (isUnitOpeningKey(previous.key) || isStop(s - 1)) continue;
    }
    const parts = readName(text, spans, s, isStop);
    if (parts !== undefined && parts.end === rankStart) {
      draft.parts = parts;
      draft.start = s;
      return true;
    }
  }
  return false;
}
