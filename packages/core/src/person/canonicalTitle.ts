import { strictLetterKey } from '../text/strictLetterKey';
import { TITLE_BY_KEY } from './titlesAt';

/**
 * Writes an academic title or honorific in canonical form (PUEBI / EYD V: a dot after every
 * element). Accepts the variants news prints, in any case, with or without dots or spaces:
 * `SIK`, `S.IK`, `S IK`, `S.I.K` → `S.I.K.`; `SH` → `S.H.`; `M.SI` → `M.Si.`; `Hj` → `Hj.`.
 * Never throws.
 *
 * @param text - One title as written.
 * @returns The canonical form, or `undefined` when the text is not one known title.
 * @example
 * ```ts
 * canonicalTitle('SIK')
 * //=> 'S.I.K.'
 * canonicalTitle('S.Tr.k')
 * //=> 'S.Tr.K.'
 * canonicalTitle('M.SI')
 * //=> 'M.Si.'
 * canonicalTitle('SH MH')
 * //=> undefined
 * ```
 * @category People
 */
export function canonicalTitle(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const key = strictLetterKey(text);
  return key === undefined ? undefined : TITLE_BY_KEY.get(key)?.canonical;
}
