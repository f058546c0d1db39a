// Recognizer: a functional unit named at a word ("Ditbinmas", "Sat Binmas", "Divisi Humas Polri").
import { type UnitCandidate, unitEnd } from './unitCandidate';
import type { HeadMatch } from './unitHeads';
import { skipParenthetical } from './unitName';
import type { UnitTokens } from './unitTokens';

/** The functional unit whose name is the head `match`, or `undefined` for another kind of head. */
export function recognizeFunctionalUnit(tokens: UnitTokens, match: HeadMatch): UnitCandidate | undefined {
  if (match.head.type !== 'functional') return undefined;
  const { record } = match.head;
  const { next, end } = unitEnd(tokens, match.next, skipParenthetical(tokens, match.next));
  return {
    mention: { kind: record.kind, name: match.raw, displayName: record.name, headquarters: false },
    first: match.start,
    next,
    start: tokens.get(match.start)!.start,
    end,
  };
}
