// Private refiner: an officer whose name is written before the rank, "Sofyan Hidayat, S.I.K.,
// Kombes Pol". Runs on a draft the officer recognizer found without a name after its rank.
import { GAP, isSoftGap, type WordList } from '../text/wordSpans';
import { readName } from './nameAt';
import type { OfficerDraft } from './officerAt';
import { isUnitOpeningKey } from './personWordSets';

/** How far (in words) the refiner looks back for the name. */
const LOOK_BACK = 12;

/** Most words between a position or unit word and a name candidate that make it the place. */
const MAX_PLACE_WORDS = 3;

/**
 * Whether word `s` follows a position or unit word within a few capitalised words ("Kapolda
 * **Papua Barat**, Irjen …", "Polres **Lebong**, AKBP …"): then it is that post's place, not a name.
 */
function isPlaceOfPosition(spans: WordList, s: number, floor: number, isStop: (i: number) => boolean): boolean {
  for (let k = s - 1; k >= floor && k >= s - MAX_PLACE_WORDS; k--) {
    if (!isSoftGap(spans.gapBefore(k + 1) & ~GAP.CLOSE_BRACKET)) return false;
    const word = spans.get(k)!;
    if (isUnitOpeningKey(word.key) || isStop(k)) return true;
    if (!word.capitalized) return false;
  }
  return false;
}

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
    if (isPlaceOfPosition(spans, s, floor, isStop)) continue;
    const parts = readName(text, spans, s, isStop);
    if (parts !== undefined && parts.end === rankStart) {
      draft.parts = parts;
      draft.start = s;
      return true;
    }
  }
  return false;
}
