// Recognizer: a functional unit named at a word — by its own name ("Ditbinmas", "Divisi Humas
// Polri"), by a unit word and a function glued or spaced ("Sat Reskrim", "Satpolairud",
// "Ditrektorat Samapta"), or by a bare function written right before a unit ("Samapta Polres
// Solok" is the Sat Samapta of Polres Solok) unless a position word stands before it ("Kasat
// Samapta Polres Solok" names a post and Polres Solok).
import { FUNCTION_POSITION_WORDS } from '../data/functionalUnitGrammar';
import type { FunctionalUnitKind } from '../data/unitKinds';
import { placeKey } from '../region/placeKey';
import { type UnitCandidate, unitEnd } from './unitCandidate';
import { type FunctionalUnitSpec, functionalUnitSpec, type HeadMatch, matchHead } from './unitHeads';
import { skipParenthetical } from './unitName';
import type { UnitTokens } from './unitTokens';

let positionWords: ReadonlySet<string> | undefined;

/** The level of the unit a head starts, for the implied unit of a bare function. */
function levelOf(match: HeadMatch | undefined): 'polda' | 'polres' | 'polsek' | undefined {
  const head = match?.head;
  if (head === undefined) return undefined;
  if (head.type === 'polda') return 'polda';
  if (head.type !== 'territorial') return undefined;
  const kind = head.spelling.kind;
  if (kind === 'polda') return 'polda';
  if (kind === 'polsek' || kind === 'polsubsektor') return 'polsek';
  return kind === 'mabes' ? undefined : 'polres';
}

/** The unit a bare function before a unit stands for, or `undefined` when it names no unit here. */
function impliedUnit(tokens: UnitTokens, match: HeadMatch): FunctionalUnitSpec | undefined {
  if (match.head.type !== 'function') return undefined;
  const first = tokens.get(match.start)!;
  if (!first.upper) return undefined;
  positionWords ??= new Set(FUNCTION_POSITION_WORDS.map(placeKey));
  const before = tokens.get(match.start - 1);
  if (before !== undefined && !first.stop && positionWords.has(before.key)) return undefined;
  const after = tokens.get(match.next);
  if (after === undefined || after.stop || after.open) return undefined;
  const level = levelOf(matchHead(tokens, match.next));
  const implied: Readonly<Partial<Record<string, FunctionalUnitKind>>> = match.head.spelling.implied;
  const kind = level === undefined ? undefined : implied[level];
  return kind === undefined ? undefined : functionalUnitSpec(kind, match.head.spelling);
}

/** The functional unit the head `match` names, or `undefined` for another kind of head. */
export function recognizeFunctionalUnit(tokens: UnitTokens, match: HeadMatch): UnitCandidate | undefined {
  const unit = match.head.type === 'functional' ? match.head.unit : impliedUnit(tokens, match);
  if (unit === undefined) return undefined;
  const { next, end } = unitEnd(tokens, match.next, skipParenthetical(tokens, match.next));
  return {
    mention: { kind: unit.kind, name: match.raw, displayName: unit.name, headquarters: false },
    first: match.start,
    next,
    start: tokens.get(match.start)!.start,
    end,
    parentKinds: unit.parentKinds,
  };
}
