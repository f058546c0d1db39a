// Private lookup tables of every written form of every rank, keyed by folded letters
// ("Kombes Pol." → "kombespol"). Built once from RANKS.
import { RANK_SUFFIX_WORDS, RANK_TYPOS_IN_TEXT } from '../data/personWords';
import type { RankCode } from '../data/rankCodes';
import { RANKS } from '../data/ranks';
import { firstPairTable } from '../text/firstPairs';
import { type KeyIndex, keyIndexOf } from '../text/longestKeyAt';
import { letterKey } from '../text/wordSpans';

const TYPOS_IN_TEXT: ReadonlySet<string> = /* @__PURE__ */ new Set(RANK_TYPOS_IN_TEXT);

function indonesianForms(rank: (typeof RANKS)[number], withMisspellings: boolean): string[] {
  const misspelt = new Set<string>(rank.misspellings);
  const forms: string[] = [rank.name, rank.abbreviation];
  for (const alias of rank.aliases)
    if (withMisspellings || !misspelt.has(alias) || TYPOS_IN_TEXT.has(alias)) forms.push(alias);
  return forms;
}

function addIndonesian(map: Map<string, RankCode>, code: RankCode, form: string): void {
  const key = letterKey(form);
  if (key === '') return;
  map.set(key, code);
  // "Pol"/"Pol."/"Polisi" may follow any form that does not already end in it.
  if (!key.endsWith('pol') && !key.endsWith('polisi'))
    for (const suffix of RANK_SUFFIX_WORDS) map.set(key + suffix, code);
}

function build(withMisspellings: boolean, withEnglish: boolean): Map<string, RankCode> {
  const map = new Map<string, RankCode>();
  for (const rank of RANKS) {
    for (const form of indonesianForms(rank, withMisspellings)) addIndonesian(map, rank.code, form);
    if (withEnglish) {
      for (const form of [rank.englishName, ...rank.englishAliases]) map.set(letterKey(form), rank.code);
    }
  }
  return map;
}

/** Every accepted form (Indonesian, English, misspellings) → rank code. */
// The tables are built in /* @__PURE__ */ calls so that bundlers drop them with their users (see
// compareRanks.ts).
export const RANK_BY_KEY: ReadonlyMap<string, RankCode> = /* @__PURE__ */ build(true, true);

/** Forms that may open an officer mention in running text: Indonesian, no misspellings but RANK_TYPOS_IN_TEXT. */
export const MENTION_RANK_BY_KEY: ReadonlyMap<string, RankCode> = /* @__PURE__ */ build(false, false);

/**
 * Every prefix of a MENTION_RANK_BY_KEY key (the keys included), so that a scan for a rank can stop
 * at the first word that no rank form continues with, instead of reading MAX_RANK_KEY_LENGTH
 * letters on from every word of the text.
 */
export const MENTION_RANK_PREFIXES: ReadonlySet<string> = /* @__PURE__ */ (() => {
  const prefixes = new Set<string>();
  for (const key of MENTION_RANK_BY_KEY.keys())
    for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  return prefixes;
})();

/** Longest key in {@link RANK_BY_KEY}; longer input cannot be a rank. */
export const MAX_RANK_KEY_LENGTH: number = /* @__PURE__ */ (() =>
  Math.max(...[...RANK_BY_KEY.keys()].map((key) => key.length)))();

/** {@link MENTION_RANK_BY_KEY} as the index longestKeyAt reads, built once. */
export const MENTION_RANK_INDEX: KeyIndex<RankCode> = /* @__PURE__ */ (() =>
  keyIndexOf(MENTION_RANK_BY_KEY, MENTION_RANK_PREFIXES))();

/**
 * The first two letters of every MENTION_RANK_BY_KEY key (see WordList.firstPairAt): a word that
 * starts otherwise opens no rank, and the scan need not make its span.
 */
export const MENTION_RANK_FIRST_PAIRS: Uint8Array = /* @__PURE__ */ (() =>
  firstPairTable(MENTION_RANK_BY_KEY.keys()))();
