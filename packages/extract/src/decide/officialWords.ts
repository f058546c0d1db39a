import {
  type DistrictFinder,
  findRegencies,
  getPolda,
  parseIndonesianDate,
  parseRank,
  REGION_ABBREVIATIONS,
  splitNameAndTitles,
  type TextSpan,
} from '@kamtibmas/core';
import {
  ADDRESS_FORMS,
  BODY_NAME_PREFIXES,
  NOT_NAME_WORDS,
  ORGANIZATION_NOUNS,
  TNI_RANK_WORDS,
} from '../data/officialNameWords';
import { MAX_NAME_WORDS } from '../data/officialTitles';
import { offices } from './officeTable';

// The word-level tests of the official reader: words with offsets, punctuation around a word,
// what is a body's word, a place (regency, province, abbreviation, district), the start of a
// name, and what may be a person's name.

export interface Word extends TextSpan {
  readonly word: string;
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && (text[i] === ' ' || text[i] === '\u00a0')) i++;
    const s = i;
    while (i < to && text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\u00a0') i++;
    if (i > s) words.push({ start: s, end: i, word: text.slice(s, i) });
    if (text[i] === '\n') break;
  }
  return words;
}

export function isCapitalised(word: string): boolean {
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

/** Text without the punctuation that ends it. */
export function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || text[end - 1] === '.' || text[end - 1] === ';' || text[end - 1] === ':'))
    end--;
  return text.slice(0, end);
}

export const has = (list: readonly string[], word: string) => list.includes(word);

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
  return splitNameAndTitles(text.slice(word.start, Math.min(limit, word.start + 40))).honorifics.length > 0;
}

export function isPlace(
  phrase: string,
  findDistricts: DistrictFinder | undefined,
): 'regency' | 'city' | 'district' | 'province' | undefined {
  const regencies = findRegencies(phrase);
  if (regencies.length > 0) return regencies[0]!.level;
  if (getPolda(phrase) !== undefined) return 'province';
  if (ABBREVIATIONS.has(phrase.toLowerCase())) return 'regency';
  return (findDistricts?.(phrase).length ?? 0) > 0 ? 'district' : undefined;
}

/** Regency abbreviations news writes for places ("Tanjab Barat", "Muba"), from core's table. */
const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(REGION_ABBREVIATIONS.map((entry) => entry.abbreviation.toLowerCase())))();

/** A month or weekday name ("9 Juni 2021" after "Gubernur … Kalsel"). */
function isCalendarWord(word: string): boolean {
  return (
    parseIndonesianDate(`1 ${word} 2024`) !== undefined ||
    parseIndonesianDate(`${word}, 1 Januari 2024`)?.weekday !== undefined
  );
}

/** The longest place (regency, city, province, district) of up to three words at word `i`. */
export function placeAt(
  words: readonly Word[],
  i: number,
  findDistricts: DistrictFinder | undefined,
): { words: number; level: string } | undefined {
  if (!isCapitalised(bare(words[i]!.word))) return undefined;
  for (let k = Math.min(3, words.length - i); k >= 1; k--) {
    const slice = words.slice(i, i + k);
    if (slice.slice(0, -1).some((w) => w.word.endsWith(','))) continue;
    const phrase = slice.map((w) => bare(w.word)).join(' ');
    const level = isPlace(phrase, findDistricts);
    if (level !== undefined) return { words: k, level };
  }
  return undefined;
}

export function isPersonName(name: string, findDistricts: DistrictFinder | undefined): boolean {
  const words = name.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (!words.every(isCapitalised)) return false;
  if (words.every((w) => w === w.toUpperCase() && w.length <= 5)) return false;
  if (words.some((w) => has(ORGANIZATION_NOUNS, w.toLowerCase()) && w.toLowerCase() !== 'al')) return false;
  if (words.some((w) => parseRank(w) !== undefined || offices().has(w.toLowerCase()))) return false;
  if (words.some((w) => has(NOT_NAME_WORDS, bare(w).toLowerCase()) || isCalendarWord(bare(w)))) return false;
  return isPlace(name, findDistricts) === undefined;
}
