// Recognizer: a Polda named by a whole word or short name ("Poldasu", "PMJ", "Polda PB"), or by its
// head and the province ("Polda Sumsel", "Kepolisian Daerah (Polda) Sumatera Selatan", "Mapolda Jatim").
import type { PoldaRecord } from '../data/polda';
import { poldaIndex } from './getPolda';
import { type UnitCandidate, unitEnd } from './unitCandidate';
import { type HeadMatch, joinRaw } from './unitHeads';
import { keyPrefixes, longestKnown, skipParenthetical } from './unitName';
import type { UnitTokens } from './unitTokens';

let poldaPrefixes: ReadonlySet<string> | undefined;
const poldaByKey = (key: string): PoldaRecord | undefined => poldaIndex().get(key);

function poldaCandidate(
  tokens: UnitTokens,
  match: HeadMatch,
  polda: PoldaRecord,
  name: string,
  nameEnd: number,
  headquarters: boolean,
): UnitCandidate {
  const { next, end } = unitEnd(tokens, nameEnd, skipParenthetical(tokens, nameEnd));
  return {
    mention: {
      kind: 'polda',
      name,
      displayName: polda.name,
      province: { code: polda.area.code, name: polda.area.name },
      headquarters,
    },
    provinceStated: true,
    first: match.start,
    next,
    start: tokens.get(match.start)!.start,
    end,
  };
}

/** The Polda the head `match` starts, or `undefined` when it is not a Polda head or no Polda follows. */
export function recognizePoldaName(tokens: UnitTokens, match: HeadMatch): UnitCandidate | undefined {
  const { head } = match;
  if (head.type === 'polda') return poldaCandidate(tokens, match, head.polda, match.raw, match.next, false);
  if (head.type !== 'territorial' || head.spelling.kind !== 'polda') return undefined;
  const from = skipParenthetical(tokens, match.next);
  poldaPrefixes ??= keyPrefixes(poldaIndex().keys());
  const found = longestKnown(tokens, from, poldaByKey, poldaPrefixes);
  if (found === undefined) return undefined;
  return poldaCandidate(tokens, match, found.value, joinRaw(tokens, from, found.next), found.next, head.headquarters);
}
