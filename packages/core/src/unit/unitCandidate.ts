// Private: one unit as a recognizer finds it, before the refiners link it into a chain and settle
// its place. Internal bookkeeping lives here, not on the public mention.
import type { UnitKind } from '../data/unitKinds';
import type { UnitMention } from './unitMention';
import type { UnitTokens } from './unitTokens';

/** A district as a {@link DistrictFinder} returns it. */
export interface DistrictHit {
  readonly code: string;
  readonly name: string;
  readonly regencyCode: string;
  readonly provinceCode: string;
}

/** One unit found at a word. */
export interface UnitCandidate {
  mention: UnitMention;
  /** Index of the first word (the head, or a headquarters word before it). */
  first: number;
  /** Index of the word after the unit (after a parenthetical that follows it). */
  next: number;
  /** Offsets of the unit in the text. */
  start: number;
  end: number;
  /** Kemendagri code of the regency the name settles. */
  regencyCode?: string;
  /** The unit is a Polda: its province is stated by its name. */
  provinceStated?: boolean;
  /** Province code the place name settles (a regency, or homonyms all in one province). */
  provinceCode?: string;
  /** Districts the name of a Polsek matches, to narrow by the parent. */
  districts?: readonly DistrictHit[];
  /** The name of a Polsek is exactly a district name: respell it once the district is settled. */
  nameIsDistrict?: boolean;
  /** Head label of a Polsek ("Polsek", "Polsek Metro"), to respell its name once a district is settled. */
  label?: string;
  /** Kinds of unit it may sit in, when its kind's rule does not say (functional units). */
  parentKinds?: readonly UnitKind[];
  /** A connector word ("jajaran") stands between it and the unit before it. */
  connectorBefore?: boolean;
  /** Named by a bare function ("Samapta" in "Samapta Polres Solok"): a unit only with its parent. */
  needsParent?: boolean;
  /** The bare national word ("Polri"): kept only as the parent at the end of a chain. */
  parentOnly?: boolean;
}

/**
 * Where a unit whose name ends before word `nameEnd` ends, with a parenthetical after it skipped:
 * the index of the next word and the end offset (after the `)` when one was skipped).
 */
export function unitEnd(tokens: UnitTokens, nameEnd: number, next: number): { next: number; end: number } {
  if (next > nameEnd) return { next, end: tokens.closeAfter(next) };
  return { next, end: tokens.get(nameEnd - 1)!.end };
}
