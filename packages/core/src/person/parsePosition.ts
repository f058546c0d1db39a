import type { PositionCode } from '../data/positionCodes';
import type { ActingKind } from '../data/vocabularyCodes';
import { wordSpans } from '../text/wordSpans';
import { FORMER_KEYS } from './personWordSets';
import { matchActingAt, matchPositionAt } from './positionAt';

/**
 * A position title as {@link parsePosition} reads it.
 *
 * @example
 * ```ts
 * const pjBupati: PositionMention = { code: 'bupati', text: 'Bupati', acting: 'pj', former: false };
 * ```
 * @category Positions
 */
export interface PositionMention {
  /** The position's code, when the title is a known one. */
  code?: PositionCode;
  /** The position as written, without acting prefix or "mantan" (`'Wadir Binmas'`). */
  text: string;
  /** Acting prefix: `Pj.` → `'pj'`, `Plt.` → `'plt'`, `Plh.` → `'plh'`, `Ps.` → `'ps'`. */
  acting?: ActingKind;
  /** `true` for "mantan …" / "eks …". */
  former: boolean;
}

/** Longest input {@link parsePosition} reads; a title is a few words. */
const MAX_LENGTH = 300;

/**
 * Reads a position title as news writes it: an optional `mantan`/`eks` and acting prefix (`Pj.`,
 * `Plt.`, `Plh.`, `Ps.`, `Penjabat`, `Pelaksana Tugas` …), then the title in any spacing or case
 * (`Dir Binmas`, `Wadir Binmas`, `Waka Polres`, `Kasatbinmas`, `Babinkamtibmas`, `Kades`).
 * Police titles the list does not know are read by a grammar of head words × functions, glued or
 * spaced (`Kasat Reskrim`, `Kasatreskrim`, `Ka SPKT III`, `Ba Propam`) and kept as written without
 * a code. Words after a title (usually its unit, "Kapolres **Banyuasin**") are not part of it.
 * Any other text is returned as written, without a code. Never throws.
 *
 * @param text - The position as written.
 * @returns The position, or `undefined` for text without words (or longer than 300 characters).
 * @example
 * ```ts
 * parsePosition('Pj. Bupati')
 * //=> { code: 'bupati', text: 'Bupati', acting: 'pj', former: false }
 * parsePosition('mantan Kapolres Metro')
 * //=> { code: 'kapolres-metro', text: 'Kapolres Metro', former: true }
 * parsePosition('Wadir Binmas Polda Sumsel')
 * //=> { code: 'wadirbinmas', text: 'Wadir Binmas', former: false }
 * parsePosition('Kasat Reskrim Polres Kampar')
 * //=> { text: 'Kasat Reskrim', former: false }
 * parsePosition('Ketua Panitia')
 * //=> { text: 'Ketua Panitia', former: false }
 * ```
 * @category Positions
 */
export function parsePosition(text: string): PositionMention | undefined {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
  const spans = wordSpans(text);
  let i = 0;
  let former = false;
  let acting: ActingKind | undefined;
  for (let n = 0; n < 2 && i < spans.length; n++) {
    if (!former && FORMER_KEYS.has(spans.get(i)!.key)) {
      former = true;
      i++;
      continue;
    }
    const prefix = acting === undefined && i + 1 < spans.length ? matchActingAt(text, spans, i) : undefined;
    if (prefix === undefined) break;
    acting = prefix.value;
    i = prefix.end;
  }
  const first = spans.get(i);
  if (first === undefined) return undefined;
  const match = matchPositionAt(text, spans, i);
  const result: PositionMention = match
    ? {
        ...(match.code === undefined ? {} : { code: match.code }),
        text: text.slice(first.start, spans.get(match.end - 1)!.end),
        former,
      }
    : { text: text.slice(first.start, spans.get(spans.length - 1)!.end), former };
  if (acting !== undefined) result.acting = acting;
  return result;
}
