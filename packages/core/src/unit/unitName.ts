// Private: reading the place or name part after a unit head — the longest run of words a table
// knows, or the words as written when no table knows them.
import { INDONESIAN_MONTHS, INDONESIAN_WEEKDAYS } from '../data/calendarNames';
import { RANKS } from '../data/ranks';
import { HEADLINE_VERBS, PLACE_NAME_SUFFIXES, ROMAN_NUMERALS, UNIT_NAME_STOPPERS } from '../data/unitNameWords';
import { placeKey } from '../region/placeKey';
import { isHeadAt } from './unitHeads';
import { joinKeys, type UnitTokens } from './unitTokens';

/** Most words a place name spans. */
export const MAX_NAME_WORDS = 6;

let stoppers: ReadonlySet<string> | undefined;
let suffixes: ReadonlySet<string> | undefined;
let romans: ReadonlySet<string> | undefined;

/** Keys of words that cannot continue a written unit name: ranks, weekdays, months, stoppers, headline verbs. */
function nameStoppers(): ReadonlySet<string> {
  if (stoppers === undefined) {
    const set = new Set<string>();
    for (const word of [...UNIT_NAME_STOPPERS, ...HEADLINE_VERBS]) set.add(placeKey(word));
    for (const rank of RANKS) {
      for (const form of [rank.abbreviation, ...rank.aliases]) {
        // The first word of a rank form ("AKBP", "Kombes", "Bripka") starts an officer, not a place.
        const first = form.split(' ')[0];
        if (first !== undefined) set.add(placeKey(first));
      }
    }
    for (const day of INDONESIAN_WEEKDAYS) for (const alias of day.aliases) set.add(placeKey(alias));
    for (const month of INDONESIAN_MONTHS) set.add(placeKey(month.name));
    stoppers = set;
  }
  return stoppers;
}

/** Keys of words that continue a place name past a known one ("Pringsewu **Kota**"). */
export function placeSuffixes(): ReadonlySet<string> {
  suffixes ??= new Set(PLACE_NAME_SUFFIXES.map(placeKey));
  return suffixes;
}

function romanNumerals(): ReadonlySet<string> {
  romans ??= new Set(ROMAN_NUMERALS.map((r) => r.toLowerCase()));
  return romans;
}

/** Whether the word at `index` may not start or continue a name (gap punctuation aside). */
export function endsName(tokens: UnitTokens, index: number): boolean {
  const token = tokens.get(index);
  return token === undefined || nameStoppers().has(token.key) || isHeadAt(tokens, index);
}

/** Every prefix of every key: what {@link longestKnown} stops on. */
export function keyPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  return prefixes;
}

/**
 * Longest run of words from `at` (≤ {@link MAX_NAME_WORDS}) whose joined key `accept` knows; with
 * `prefixes` (every prefix of every known key) the run stops at the first key none starts.
 */
export function longestKnown<T>(
  tokens: UnitTokens,
  at: number,
  accept: (key: string) => T | undefined,
  prefixes?: ReadonlySet<string>,
): { value: T; next: number } | undefined {
  let key = '';
  let best: { value: T; next: number } | undefined;
  for (let length = 1; length <= MAX_NAME_WORDS && at + length <= tokens.length; length++) {
    const token = tokens.get(at + length - 1)!;
    if (length > 1 && (token.stop || token.open || token.close)) break;
    key = joinKeys(key, token.key);
    // A key no known name starts with cannot grow into one.
    if (prefixes !== undefined && !prefixes.has(key)) break;
    if (length > 1 && isHeadAt(tokens, at + length - 1)) break;
    const value = accept(key);
    if (value !== undefined) best = { value, next: at + length };
  }
  return best;
}

/**
 * End of the words from `at` that plausibly form a name as written: capitalised words (up to 4), or
 * a lower-case run of up to 3 words; never across punctuation, a unit head, a rank, a weekday or a
 * month. Returns `at` when no word qualifies. With `capitalOnly`, a lower-case run does not count.
 */
export function writtenNameEnd(tokens: UnitTokens, at: number, capitalOnly = false): number {
  const first = tokens.get(at);
  // A `)` before the first word is the end of a parenthetical after the head ("Kepolisian Sektor
  // (Polsek) Tanjung Batu"); the name may start there.
  if (first === undefined || first.stop || first.open) return at;
  if (endsName(tokens, at)) return at;
  const lowerRun = first.lower;
  if (lowerRun && capitalOnly) return at;
  const limit = lowerRun ? 3 : 4;
  let i = at;
  while (i < tokens.length && i - at < limit) {
    const token = tokens.get(i)!;
    if (i > at && (token.stop || token.open || token.close)) break;
    if (i > at && endsName(tokens, i)) break;
    if (!lowerRun && i > at && token.lower && !romanNumerals().has(token.key)) break;
    i++;
  }
  return i;
}

/**
 * End of the place-name suffixes written right after a known name that ends at `at`: "Pringsewu
 * **Kota**", "Ilir Barat **I**". Returns `at` when none follows.
 */
export function suffixEnd(tokens: UnitTokens, at: number): number {
  let i = at;
  while (i < at + 2) {
    const token = tokens.get(i);
    if (token === undefined || token.stop || token.open || token.close || token.lower) break;
    if (!placeSuffixes().has(token.key) || isHeadAt(tokens, i)) break;
    i++;
  }
  return i;
}

/** Title case for a name as written, keeping Roman numerals and short all-capital words. */
export function titleCase(text: string): string {
  return text.split(' ').map(titleCaseWord).join(' ');
}

function titleCaseWord(word: string): string {
  if (word.includes('-')) return word.split('-').map(titleCaseWord).join('-');
  const lower = word.toLowerCase();
  // "dan" stands only inside a compound unit name ("Pulau Ambon dan Pulau-Pulau Lease"), in lower case.
  if (lower === 'dan') return lower;
  if (romanNumerals().has(lower)) return word.toUpperCase();
  if (word === word.toUpperCase() && word.length <= 4) return word;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Skips a short parenthetical right at `at` ("Kepolisian Daerah (Polda) …", "… Selatan (Sumsel)"):
 * the index of the word after it, or `at` when none stands there.
 */
export function skipParenthetical(tokens: UnitTokens, at: number): number {
  const first = tokens.get(at);
  if (first === undefined || !first.open) return at;
  for (let i = at + 1; i <= at + 4 && i <= tokens.length; i++) {
    const token = tokens.get(i);
    if (token === undefined) return at;
    if (token.open) return at;
    if (token.close) return i;
  }
  return at;
}
