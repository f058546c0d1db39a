import {
  type DistrictFinder,
  findRegencies,
  getPolda,
  parseIndonesianDate,
  parseRank,
  REGION_ABBREVIATIONS,
  splitNameAndTitles,
  type TextSpan,
  TITLES,
} from '@kamtibmas/core';
import {
  ADDRESS_FORMS,
  BODY_NAME_PREFIXES,
  NOT_NAME_WORDS,
  ORGANIZATION_NOUNS,
  TNI_RANK_WORDS,
} from '../data/officialNameWords';
import { MAX_NAME_WORDS } from '../data/officialTitles';
import { has } from './has';
import { offices } from './officeTable';
import { wordMemo } from './wordMemo';

// The word-level tests of the official reader: words with offsets, punctuation around a word,
// what is a body's word, a place (regency, province, abbreviation, district), the start of a
// name, and what may be a person's name.

export interface Word extends TextSpan {
  readonly word: string;
  /** {@link bare} of `word`, made when {@link plainOf} first asks (each reader asks of a word several times). */
  plain: string | undefined;
}

export function wordsIn(text: string, from: number, to: number, most = Number.POSITIVE_INFINITY): Word[] {
  const words: Word[] = [];
  // The text is an article, a slice of one or a joined string: `text.charCodeAt` looked up on so
  // many kinds of string became a generic call per character; the method is called directly.
  let i = from;
  while (i < to) {
    let code = String.prototype.charCodeAt.call(text, i);
    while (i < to && (code === SPACE || code === NO_BREAK_SPACE)) code = String.prototype.charCodeAt.call(text, ++i);
    const s = i;
    while (i < to && !isWordEnd(code)) code = String.prototype.charCodeAt.call(text, ++i);
    if (i > s) words.push({ start: s, end: i, word: String.prototype.slice.call(text, s, i), plain: undefined });
    if (code === LINE_BREAK || words.length >= most) break;
  }
  return words;
}

const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;
const LINE_BREAK = 10;

function isWordEnd(code: number): boolean {
  return code === SPACE || code === LINE_BREAK || code === NO_BREAK_SPACE;
}

export function isCapitalised(word: string): boolean {
  // Most words are ASCII: told by their code, with no one-letter string made and lower-cased.
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

const TRAILING = new Set([',', '.', ';', ':', ')', '”', '"']);
const LEADING = new Set(['(', '“', '"']);

/** The word without the punctuation around it ("Kalbar," → "Kalbar", "(FPK)" → "FPK"). */
export function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.has(word[start]!)) start++;
  while (end > start && TRAILING.has(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** {@link bare} of a word read by {@link wordsIn}, made once. */
export function plainOf(word: Word): string {
  if (word.plain === undefined) word.plain = bare(word.word);
  return word.plain;
}

/** Text without the punctuation that ends it. */
export function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || text[end - 1] === '.' || text[end - 1] === ';' || text[end - 1] === ':'))
    end--;
  return text.slice(0, end);
}

/** A word of a body's name: an acronym, a bracketed acronym, a code ("1305", "XVIII/Kasuari"), a
 * body's noun. */
export function isOrganizationWord(word: string): boolean {
  const plain = bare(word);
  if (plain.length === 0) return false;
  if (/^\d/u.test(plain) || plain.includes('/')) return true;
  const lower = plain.toLowerCase();
  if (has(ORGANIZATION_NOUNS, lower) || BODY_NAME_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return plain.length >= 2 && plain === plain.toUpperCase() && /\p{L}/u.test(plain) && !plain.includes('.');
}

export function isNameStart(text: string, word: Word, limit: number): boolean {
  const lower = word.word.toLowerCase();
  if (has(ADDRESS_FORMS, lower) || has(TNI_RANK_WORDS, lower)) return true;
  const end = Math.min(limit, word.start + 40);
  // The name reader takes honorifics only from titles written before a name ("H.", "Hj.", "Dr."),
  // matched from the first word of the text on, the letters of its words run together ("K. H." is
  // "kh"). So when the word opens (after a bracket or quotation mark) with ASCII letters that end at
  // the text's end or at an ASCII mark that ends a word ("Pilkada)", "Adam,"; not an apostrophe or
  // a hyphen, which join two words into one, nor a digit), and they begin no such title, no
  // honorific follows and the parse is skipped.
  if (PRE_NOMINAL_KEY_STARTS !== undefined) {
    let s = word.start;
    while (s < end && (text.charCodeAt(s) === 40 || text.charCodeAt(s) === 34)) s++;
    let e = s;
    while (e < end && isAsciiLetter(text.charCodeAt(e))) e++;
    const after = text.charCodeAt(e);
    const ended = e === end || (after < 0x80 && !isAsciiDigit(after) && !WORD_JOINER_CODES.includes(after));
    if (e > s && ended && !PRE_NOMINAL_KEY_STARTS.has(text.slice(s, e).toLowerCase())) return false;
  }
  return splitNameAndTitles(text.slice(word.start, end)).honorifics.length > 0;
}

/** ASCII marks that join two words into one in core's tokenizer: the apostrophes ' and ` and the hyphen. */
const WORD_JOINER_CODES: readonly number[] = [39, 96, 45];

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  const c = code | 32;
  return c >= 97 && c <= 122;
}

/** Anything but printable ASCII (a form written so is not keyed here). */
const NON_ASCII = /[^ -~]/u;
const NOT_KEY_CHARACTER = /[^a-z0-9]/gu;

/** Every start of the letters of core's titles written before a name ('h', 'hj', 'k', 'kh', 'd',
 * 'dr', 'drs' …); `undefined` (no shortcut) should one be written beyond ASCII. */
const PRE_NOMINAL_KEY_STARTS: ReadonlySet<string> | undefined = /* @__PURE__ */ (() => {
  const starts = new Set<string>();
  for (const title of TITLES) {
    if (title.placement !== 'before') continue;
    for (const form of [title.canonical, ...title.variants]) {
      if (NON_ASCII.test(form)) return undefined;
      const key = form.toLowerCase().replace(NOT_KEY_CHARACTER, '');
      for (let n = 1; n <= key.length; n++) starts.add(key.slice(0, n));
    }
  }
  return starts;
})();

/** The level of a place (see {@link isPlace}); `undefined` when the phrase names none. */
export type PlaceLevel = 'regency' | 'city' | 'district' | 'province';

/** {@link isPlace} with the finder bound and each phrase looked up once. */
export type PlaceLookup = (phrase: string) => PlaceLevel | undefined;

/**
 * The place lookup of a district finder: {@link isPlace} with the finder bound, each phrase worked
 * out once and remembered across articles ({@link wordMemo}). A finder is core's lookup in fixed
 * reference data (`ExtractArticleOptions.findDistricts`), so its answers keep; a finder made anew
 * per call gets a memo of its own, dropped with it.
 */
export function placeLookup(findDistricts: DistrictFinder | undefined): PlaceLookup {
  const key = findDistricts ?? NO_FINDER;
  let lookup = LOOKUPS.get(key);
  if (lookup === undefined) {
    lookup = wordMemo((phrase) => isPlace(phrase, findDistricts));
    LOOKUPS.set(key, lookup);
  }
  return lookup;
}

const LOOKUPS = new WeakMap<DistrictFinder, PlaceLookup>();
/** Stands for "no district finder" as a key of {@link LOOKUPS}. */
const NO_FINDER: DistrictFinder = () => [];

export function isPlace(phrase: string, findDistricts: DistrictFinder | undefined): PlaceLevel | undefined {
  const regencies = findRegencies(phrase);
  if (regencies.length > 0) return regencies[0]!.level;
  if (getPolda(phrase) !== undefined) return 'province';
  if (ABBREVIATIONS.has(phrase.toLowerCase())) return 'regency';
  return (findDistricts?.(phrase).length ?? 0) > 0 ? 'district' : undefined;
}

/** Regency abbreviations news writes for places ("Tanjab Barat", "Muba"), from core's table. */
const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(REGION_ABBREVIATIONS.map((entry) => entry.abbreviation.toLowerCase())))();

/** A month or weekday name ("9 Juni 2021" after "Gubernur … Kalsel"); remembered across articles. */
const isCalendarWord = /* @__PURE__ */ wordMemo(
  (word: string): boolean =>
    parseIndonesianDate(`1 ${word} 2024`) !== undefined ||
    parseIndonesianDate(`${word}, 1 Januari 2024`)?.weekday !== undefined,
);

/** The longest place (regency, city, province, district) of up to three words at word `i`. */
export function placeAt(
  words: readonly Word[],
  i: number,
  placeOf: PlaceLookup,
): { words: number; level: string } | undefined {
  const first = plainOf(words[i]!);
  if (!isCapitalised(first)) return undefined;
  // A phrase never runs across a comma: only the first words up to one ending with a comma count.
  let most = 1;
  while (most < 3 && i + most < words.length && !words[i + most - 1]!.word.endsWith(',')) most++;
  const phrases = [first];
  for (let k = 1; k < most; k++) phrases.push(`${phrases[k - 1]} ${plainOf(words[i + k]!)}`);
  for (let k = most; k >= 1; k--) {
    const level = placeOf(phrases[k - 1]!);
    if (level !== undefined) return { words: k, level };
  }
  return undefined;
}

export function isPersonName(name: string, placeOf: PlaceLookup): boolean {
  const words = name.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!words.every(isCapitalised)) return false;
  if (words.every((w) => w === w.toUpperCase() && w.length <= 5)) return false;
  // Every test below must pass; the word-list lookups go first, the parsers (rank, calendar,
  // place) only for a name that passed them.
  for (const w of words) {
    const lower = w.toLowerCase();
    if ((has(ORGANIZATION_NOUNS, lower) && lower !== 'al') || offices().has(lower)) return false;
    // A TNI rank is never part of a name ("Kota Palu Kolonel Inf Endang Sumardi" is a place and a
    // rank before one).
    if (has(TNI_RANK_WORDS, bare(w).toLowerCase())) return false;
    if (has(NOT_NAME_WORDS, bare(w).toLowerCase())) return false;
  }
  if (words.some((w) => parseRank(w) !== undefined || isCalendarWord(bare(w)))) return false;
  return placeOf(name) === undefined;
}
