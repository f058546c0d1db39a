// Recognizer: the words or marks that join the two ends of a date range ("4-6 November",
// "4 s.d. 6 November", "Senin (4/11) hingga Rabu (6/11)"), listed in data/dateWords.ts.
import { DATE_RANGE_JOINER_FILLERS, DATE_RANGE_JOINERS } from '../../data/dateWords';
import type { CalendarTokenList } from '../calendarTokens';
import { isWord } from './tokenTests';

const FILLERS: ReadonlySet<string> = /* @__PURE__ */ new Set(DATE_RANGE_JOINER_FILLERS);
/** The last tokens a joiner (with its filler) can end with. */
const ENDINGS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...DATE_RANGE_JOINER_FILLERS,
  ...DATE_RANGE_JOINERS.map((joiner) => joiner[joiner.length - 1]!),
]);

/**
 * The first token of a range joiner that ends just before token `end` (a "tanggal" after the
 * joiner included), with no line break inside; `undefined` when there is none or it would start
 * before `floor`. Constant work: joiners are at most a few tokens long.
 */
export function rangeJoinerBefore(tokens: CalendarTokenList, end: number, floor: number): number | undefined {
  let last = end - 1;
  const before = tokens.get(last);
  // Most tokens end no joiner: one set lookup before trying each.
  if (before === undefined || !ENDINGS.has(before.text)) return undefined;
  if (last - 1 >= floor && isWord(before, FILLERS)) last--;
  let best: number | undefined;
  for (const joiner of DATE_RANGE_JOINERS) {
    const start = last - joiner.length + 1;
    if (start < floor || (best !== undefined && start >= best)) continue;
    let ok = true;
    for (let k = 0; k < joiner.length && ok; k++) {
      ok = tokens.get(start + k)?.text === joiner[k] && (k === 0 || !tokens.lineBreakBefore(start + k));
    }
    if (ok) best = start;
  }
  if (best === undefined) return undefined;
  for (let k = best + 1; k <= end; k++) if (tokens.lineBreakBefore(k)) return undefined;
  return best;
}
