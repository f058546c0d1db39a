// Recognizer: a month written as a word — a full name, a short form, an old spelling, an English
// name (all in data/calendarNames.ts), or a one-letter typo of exactly one month's full name.
import { INDONESIAN_MONTHS } from '../../data/calendarNames';

// The lookup tables are built in /* @__PURE__ */ calls, not by top-level loops, so that bundlers
// drop them when the finder is not imported (see rank/compareRanks.ts).
const MONTH_BY_ALIAS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const map = new Map<string, number>();
  for (const entry of INDONESIAN_MONTHS) for (const alias of entry.aliases) map.set(alias, entry.month);
  return map;
})();

// Full month spellings (four letters or more) that one-letter typos are measured against.
const FULL_MONTH_SPELLINGS: readonly (readonly [string, number])[] = /* @__PURE__ */ (() =>
  INDONESIAN_MONTHS.flatMap((entry) =>
    entry.aliases.filter((alias) => alias.length >= 4).map((alias) => [alias, entry.month] as const),
  ))();

/** Whether two words differ by one edit: substitution, insertion, deletion or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * The month (1–12) a folded word names: an exact alias, or a one-letter typo of exactly one
 * month's full name (`novemver` → 11; `juri` is Juni or Juli, so none). `undefined` otherwise.
 */
export function monthOfWord(word: string): number | undefined {
  const exact = MONTH_BY_ALIAS.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 4 || word.length > 10) return undefined;
  let found: number | undefined;
  for (const [spelling, month] of FULL_MONTH_SPELLINGS) {
    if (spelling[0] !== word[0] || !withinOneEdit(word, spelling)) continue;
    if (found !== undefined && found !== month) return undefined; // ambiguous, e.g. "juri"
    found = month;
  }
  return found;
}

/**
 * Whether a folded month word is a short form (`nov`, `agt`, `sept`) rather than a full name or
 * its typo: a short form may carry an abbreviation dot ("4 Nov. 2024").
 */
export function isMonthAbbreviation(word: string): boolean {
  return MONTH_ABBREVIATIONS.has(word);
}

// Aliases that are neither an Indonesian nor an English full name.
const MONTH_ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ (() => {
  const full = new Set(INDONESIAN_MONTHS.flatMap((m) => [m.name.toLowerCase(), m.english.toLowerCase()]));
  return new Set(INDONESIAN_MONTHS.flatMap((m) => m.aliases.filter((alias) => !full.has(alias) && alias.length <= 4)));
})();
