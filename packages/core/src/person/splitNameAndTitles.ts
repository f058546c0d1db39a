import { wordSpans } from '../text/wordSpans';
import { readName } from './nameAt';
import { matchTitleAt } from './titlesAt';

/**
 * A name split from its honorifics and academic titles by {@link splitNameAndTitles}.
 *
 * @example
 * ```ts
 * const parts: NameAndTitles = { name: 'Adam Ibrahim', honorifics: ['H.'], titles: ['S.E.', 'M.Si.'], rest: '' };
 * ```
 * @category People
 */
export interface NameAndTitles {
  /** The name only, as written. Empty when the text holds titles only. */
  name: string;
  /** Honorifics before the name, canonical (`H.`, `Hj.`, `K.H.`). */
  honorifics: string[];
  /** Academic titles, canonical, in written order (pre-nominal `Dr.` first). */
  titles: string[];
  /** What follows the name and its titles, as written (`'melalui'` in `'Suharno, S.H.melalui'`). */
  rest: string;
}

const MAX_LENGTH = 2_000;

/**
 * Splits a name from the honorifics before it and the academic titles around it, writing the
 * titles in canonical form. Titles may be glued, spaced or comma-separated in any way news writes
 * them: `S.IK`, `S IK`, `SIK.MM`, `S.H . M.Si`, `SH.,MH`, `SE.,M.SI`, `S.H.melalui`. Never throws.
 *
 * @param text - A name with its titles, e.g. `'H. Adam Ibrahim, SE.,M.SI'`.
 * @returns The parts; for text without a name, `name` is empty.
 * @example
 * ```ts
 * splitNameAndTitles('H. Adam Ibrahim, SE.,M.SI')
 * //=> { name: 'Adam Ibrahim', honorifics: ['H.'], titles: ['S.E.', 'M.Si.'], rest: '' }
 * splitNameAndTitles('Sofyan Hidayat SIK.MM')
 * //=> { name: 'Sofyan Hidayat', honorifics: [], titles: ['S.I.K.', 'M.M.'], rest: '' }
 * splitNameAndTitles('Suharno, S.H.melalui')
 * //=> { name: 'Suharno', honorifics: [], titles: ['S.H.'], rest: 'melalui' }
 * ```
 * @category People
 */
export function splitNameAndTitles(text: string): NameAndTitles {
  if (typeof text !== 'string') return { name: '', honorifics: [], titles: [], rest: '' };
  const input = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text;
  const spans = wordSpans(input);
  const parts = readName(input, spans, 0, () => false, false);
  if (parts !== undefined) {
    const next = spans.get(parts.end);
    return {
      name: input.slice(parts.nameStart, parts.nameEnd),
      honorifics: parts.honorifics,
      titles: parts.titles,
      rest: next === undefined ? '' : input.slice(next.start).trim(),
    };
  }
  // Titles only ("SIK.MM").
  const titles: string[] = [];
  let i = 0;
  for (let match = matchTitleAt(input, spans, i); match !== undefined; match = matchTitleAt(input, spans, i)) {
    titles.push(match.entry.canonical);
    i = match.end;
  }
  const next = spans.get(i);
  return { name: '', honorifics: [], titles, rest: next === undefined ? '' : input.slice(next.start).trim() };
}
