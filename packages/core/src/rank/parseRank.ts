import type { RankCode } from '../data/rankCodes';
import { strictLetterKey } from '../text/strictLetterKey';
import { MAX_RANK_KEY_LENGTH, RANK_BY_KEY } from './rankKeys';

// Generous bound: the longest form plus room for spaces and dots between its letters.
// /* @__PURE__ */ so that bundlers drop the rank tables with parseRank (see compareRanks.ts).
const MAX_INPUT_LENGTH: number = /* @__PURE__ */ (() => 4 * MAX_RANK_KEY_LENGTH)();

/**
 * Reads a Polri rank written in any of the forms news uses: official name, abbreviation, alias or
 * documented misspelling, in any case, with or without `Pol`, `Pol.` or `Polisi`, with spaces,
 * dots or commas anywhere between the letters (`Kombes Pol`, `KOMBESPOL`, `Kombes, Pol.`,
 * `Komisaris Besar Polisi`, `Irjen. Pol.`, `Brigjend`). English names (`Police Grand
 * Commissioner`, `Insp. Gen.`) are accepted too.
 *
 * The whole text must be the rank: `'AKBP Imam'` is not a rank. `Brigadir` alone is rank 9
 * (`BRIGPOL`); `Brigadir Jenderal` is `BRIGJEN`. Never throws; linear in the input length.
 *
 * @param text - The rank as written.
 * @returns The rank code, or `undefined` when the text is not a known rank form.
 * @example
 * ```ts
 * parseRank('Kombes Pol.')
 * //=> 'KOMBES'
 * parseRank('Brigadir')
 * //=> 'BRIGPOL'
 * parseRank('Brigadir Jenderal')
 * //=> 'BRIGJEN'
 * parseRank('iptu')
 * //=> 'IPTU'
 * parseRank('AKBP Imam')
 * //=> undefined
 * ```
 * @category Ranks
 */
export function parseRank(text: string): RankCode | undefined {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return undefined;
  const key = strictLetterKey(text);
  return key === undefined ? undefined : RANK_BY_KEY.get(key);
}
