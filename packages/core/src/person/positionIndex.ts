// Private: lookup of positions, acting prefixes and "mantan" in tokenised text.
import type { PositionCode } from '../data/positionCodes';
import { POSITIONS } from '../data/positions';
import type { ActingKind } from '../data/vocabularyCodes';
import { type KeyMatch, longestKeyAt } from '../text/longestKeyAt';
import { letterKey, type WordList } from '../text/wordSpans';

function buildPositionIndex(): Map<string, PositionCode> {
  const map = new Map<string, PositionCode>();
  for (const position of Object.values(POSITIONS)) {
    for (const form of [position.name, position.abbreviation, ...position.aliases]) {
      const key = letterKey(form);
      if (key !== '' && !map.has(key)) map.set(key, position.code);
    }
  }
  return map;
}

// Built in /* @__PURE__ */ calls, so that bundlers drop the index with its users (see
// rank/compareRanks.ts).
const POSITION_BY_KEY: ReadonlyMap<string, PositionCode> = /* @__PURE__ */ buildPositionIndex();
const MAX_POSITION_KEY_LENGTH: number = /* @__PURE__ */ (() =>
  Math.max(...[...POSITION_BY_KEY.keys()].map((key) => key.length)))();

const ACTING_BY_KEY: ReadonlyMap<string, ActingKind> = new Map<string, ActingKind>([
  ['pj', 'pj'],
  ['penjabat', 'pj'],
  ['plt', 'plt'],
  ['pelaksanatugas', 'plt'],
  ['plh', 'plh'],
  ['pelaksanaharian', 'plh'],
  ['ps', 'ps'],
  ['pejabatsementara', 'ps'],
]);

/** Words that mark a former holder: "mantan Kapolres", "eks Kapolda". */
export const FORMER_KEYS: ReadonlySet<string> = new Set(['mantan', 'eks']);

/** A phrase found in running text (`start` inclusive, `end` exclusive, in words). */
/** The longest position form starting at word `start` (`Kapolres Metro` over `Kapolres`). */
export function matchPositionAt(text: string, spans: WordList, start: number): KeyMatch<PositionCode> | undefined {
  return longestKeyAt(text, spans, start, POSITION_BY_KEY, { maxWords: 8, maxKeyLength: MAX_POSITION_KEY_LENGTH });
}

/** An acting prefix starting at word `start`: `Pj.`, `Plt.`, `Plh.`, `Ps.` or their long forms. */
export function matchActingAt(text: string, spans: WordList, start: number): KeyMatch<ActingKind> | undefined {
  return longestKeyAt(text, spans, start, ACTING_BY_KEY, { maxWords: 2, maxKeyLength: 16 });
}
