// Refiner: links units written one after another into chains ("Polsek Tanjung Batu Polres OI",
// "Ditbinmas Polda Sumsel", "Korbinmas Baharkam Polri"): a unit is the parent of the one before it
// when nothing but spaces stands between them and its kind may contain the other's.
import { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
import { UNIT_KIND_RULES, type UnitKindRule } from '../data/unitKindRules';
import type { UnitKind } from '../data/unitKinds';
import { isFunctionalKind } from './isFunctionalKind';
import type { UnitCandidate } from './unitCandidate';
import type { UnitMention } from './unitMention';
import type { UnitTokens } from './unitTokens';

/** Most units in one chain. */
const MAX_CHAIN = 5;

let functionalParents: Map<string, readonly UnitKind[]> | undefined;

/** Kinds of unit a mention may sit in: its kind's rule, or its functional record's when it has one. */
export function parentKindsOf(mention: UnitMention): readonly UnitKind[] {
  const rule: UnitKindRule = UNIT_KIND_RULES[mention.kind];
  if (!isFunctionalKind(mention.kind)) return rule.parentKinds;
  if (functionalParents === undefined) {
    functionalParents = new Map();
    for (const record of Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]) {
      functionalParents.set(record.name, record.parentKinds);
    }
  }
  return functionalParents.get(mention.displayName) ?? rule.parentKinds;
}

/** Province codes the place name of a unit settles (its regency, its districts, its Polda). */
function provincesOf(candidate: UnitCandidate): ReadonlySet<string> {
  const codes = new Set<string>();
  if (candidate.mention.province !== undefined) codes.add(candidate.mention.province.code);
  if (candidate.provinceCode !== undefined) codes.add(candidate.provinceCode);
  for (const district of candidate.districts ?? []) codes.add(district.provinceCode);
  return codes;
}

/**
 * Whether the place of `parent` agrees with the place of `child`: the parent's regency holds one of
 * the child's districts, or the parent's province is one the child's name settles. What a comma
 * between them needs ("Polres Bengkulu Selatan, Polda Bengkulu" is one chain; "Polres Lebong, Polda
 * Lampung" names two units).
 */
function placesAgree(child: UnitCandidate, parent: UnitCandidate): boolean {
  if (parent.regencyCode !== undefined) {
    if (child.regencyCode !== undefined) return child.regencyCode === parent.regencyCode;
    if ((child.districts ?? []).some((d) => d.regencyCode === parent.regencyCode)) return true;
  }
  const above = parent.mention.province?.code ?? parent.provinceCode;
  return above !== undefined && provincesOf(child).has(above);
}

/**
 * Groups the units found in a text, in order, into chains (each innermost first) and sets each
 * unit's `parent`. Units written one after another chain; across one comma only when their
 * places agree. A bare "Polri" or a bare function ("Samapta") that heads no chain is dropped. A bare "Polri" that ends no chain is dropped. Linear in the number of units.
 */
export function refineUnitChains(tokens: UnitTokens, candidates: readonly UnitCandidate[]): UnitCandidate[][] {
  const chains: UnitCandidate[][] = [];
  let chain: UnitCandidate[] = [];
  for (const candidate of candidates) {
    const child = chain[chain.length - 1];
    const gap = child === undefined ? undefined : tokens.get(candidate.first);
    const linked =
      child !== undefined &&
      gap !== undefined &&
      chain.length < MAX_CHAIN &&
      child.parentOnly !== true &&
      (candidate.first === child.next || (candidate.connectorBefore === true && candidate.first === child.next + 1)) &&
      (child.parentKinds ?? parentKindsOf(child.mention)).includes(candidate.mention.kind) &&
      (!gap.stop || (gap.comma && placesAgree(child, candidate)));
    if (linked) {
      child.mention.parent = candidate.mention;
    } else {
      if (namesUnit(chain)) chains.push(chain);
      chain = [];
    }
    chain.push(candidate);
  }
  if (namesUnit(chain)) chains.push(chain);
  return chains;
}

/** A bare "Polri" alone, or a bare function without the unit it belongs to, names no unit. */
function namesUnit(chain: readonly UnitCandidate[]): boolean {
  const first = chain[0];
  return first !== undefined && first.parentOnly !== true && (first.needsParent !== true || chain.length > 1);
}
