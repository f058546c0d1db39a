import {
  type DistrictFinder,
  type FoundOfficerMention,
  findRegencies,
  POSITIONS,
  type PositionCode,
  splitNameAndTitles,
  type TextSpan,
} from '@kamtibmas/core';
import { type ArticleText, sentenceAt, spanIndexAt } from '../_lib/ArticleText';
import { findPhrases } from '../_lib/findPhrases';
import {
  ACTING_PREFIXES,
  EXTRA_OFFICES,
  MAX_NAME_WORDS,
  OFFICE_ORGANIZATIONS,
  type OfficeOrganization,
  PLACE_MARKERS,
} from '../data/officialTitles';

/** An office found in the text, with the person and place read after it. */
export interface FoundOfficial extends TextSpan {
  /** Position code when the office has one. */
  code?: PositionCode;
  /** The office as written, without acting prefix (`'Ketua KPU'`). */
  position: string;
  /** Acting prefix. */
  acting?: 'pj' | 'plt' | 'plh';
  /** The office's organisation kind and name word. */
  organization: OfficeOrganization;
  /** The place or body named after the office, as written (`'Balikpapan'`, `'Kedurang Ilir'`). */
  place?: string;
  /** The place's regency level, when the regency table knows it. */
  placeLevel?: 'regency' | 'city';
  /** The person's name, as written; empty when the office is named without a person. */
  name: string;
  /** Honorifics, canonical. */
  honorifics: string[];
  /** Titles, canonical. */
  titles: string[];
}

interface Office {
  readonly code?: PositionCode;
  readonly organization: OfficeOrganization;
}

let OFFICES: Map<string, Office> | undefined;

function offices(): Map<string, Office> {
  if (OFFICES !== undefined) return OFFICES;
  const map = new Map<string, Office>();
  for (const [code, organization] of Object.entries(OFFICE_ORGANIZATIONS) as [
    keyof typeof OFFICE_ORGANIZATIONS,
    OfficeOrganization,
  ][]) {
    const position = POSITIONS[code];
    for (const name of [position.abbreviation, ...position.aliases])
      map.set(name.toLowerCase(), { code, organization });
  }
  for (const office of EXTRA_OFFICES)
    if (!map.has(office.phrase)) map.set(office.phrase, { organization: office.organization });
  OFFICES = map;
  return map;
}

/** Longest text read after an office for its place and person. */
const TAIL = 160;

/**
 * Finds civilian and TNI officials: an office (Camat, Kades, Ketua KPU, Pj. Bupati, Danramil,
 * Ketua PPK …), the place or body after it, and the person's name with honorifics and titles
 * ("Ketua KPU Balikpapan Prakoso Yudo Lelono", "Pj. Bupati Banyuasin H. Hani Syopiar Rustam",
 * "Kepala Badan Kesbangpol Banyuasin H. Adam Ibrahim, SE.,M.SI", "Ketua Harian, Sumarah"). A
 * place is told from a name by the regency table and, when given, the district finder; a comma or
 * an honorific also ends the place. Offices inside an officer mention are skipped.
 *
 * @param article - The article.
 * @param officers - Officer mentions (their spans are skipped).
 * @param findDistricts - Optional district finder.
 * @returns The officials, in text order.
 * @example
 * ```ts
 * findOfficials(readArticleText('Ketua KPU Balikpapan Prakoso Yudo Lelono mengatakan.'), [])[0]?.name
 * //=> 'Prakoso Yudo Lelono'
 * ```
 * @internal
 */
export function findOfficials(
  article: ArticleText,
  officers: readonly TextSpan[],
  findDistricts?: DistrictFinder,
): FoundOfficial[] {
  const { text, folded } = article;
  const table = offices();
  const hits = findPhrases(folded, [...table.keys()]);
  const found: FoundOfficial[] = [];
  let o = 0;
  for (const hit of hits) {
    while (o < officers.length && officers[o]!.end <= hit.start) o++;
    if (o < officers.length && officers[o]!.start <= hit.start) continue;
    if (spanIndexAt(article.lines, hit.start) === -1) continue;
    const office = table.get(hit.phrase)!;
    const sentence = sentenceAt(article, hit.start);
    const limit = Math.min(sentence?.end ?? text.length, hit.end + TAIL);
    const official: FoundOfficial = {
      start: hit.start,
      end: hit.end,
      position: text.slice(hit.start, hit.end),
      organization: office.organization,
      name: '',
      honorifics: [],
      titles: [],
    };
    if (office.code !== undefined) official.code = office.code;
    readActing(text, folded, official);
    readPlaceAndName(text, hit.end, limit, official, findDistricts);
    found.push(official);
  }
  return found;
}

function readActing(text: string, folded: string, official: FoundOfficial): void {
  let at = official.start;
  while (at > 0 && text[at - 1] === ' ') at--;
  if (at > 0 && text[at - 1] === '.') at--;
  let s = at;
  while (s > 0 && /[a-z]/.test(folded[s - 1]!)) s--;
  const word = folded.slice(s, at) as keyof typeof ACTING_PREFIXES;
  if (Object.hasOwn(ACTING_PREFIXES, word) && (s === 0 || !/[\p{L}\p{N}]/u.test(text[s - 1]!))) {
    official.acting = ACTING_PREFIXES[word];
    official.start = s;
  }
}

interface Word extends TextSpan {
  readonly word: string;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && text[i] === ' ') i++;
    const s = i;
    while (i < to && text[i] !== ' ' && text[i] !== '\n') i++;
    if (i > s) words.push({ start: s, end: i, word: text.slice(s, i) });
    if (text[i] === '\n') break;
  }
  return words;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

function bare(word: string): string {
  return word.replace(/[,.;:)]+$/u, '').replace(/^[(]+/u, '');
}

function readPlaceAndName(
  text: string,
  from: number,
  limit: number,
  official: FoundOfficial,
  findDistricts: DistrictFinder | undefined,
): void {
  const words = wordsIn(text, from, limit);
  // The capitalised run after the office, up to a comma or an honorific.
  let run = 0;
  let delimited = false;
  while (run < words.length && run < MAX_NAME_WORDS + 3) {
    const word = words[run]!;
    const plain = bare(word.word);
    if (plain.length === 0 || !(isCapitalised(plain) || PLACE_MARKERS.includes(plain.toLowerCase() as never))) break;
    if (run > 0 && splitNameAndTitles(text.slice(word.start, Math.min(limit, word.start + 40))).honorifics.length > 0) {
      delimited = true;
      break;
    }
    run++;
    if (word.word.endsWith(',')) {
      delimited = true;
      break;
    }
  }
  let placeWords = 0;
  let level: 'regency' | 'city' | undefined;
  if (delimited) {
    placeWords = run;
  } else {
    for (let k = Math.min(run, 4); k >= 1; k--) {
      const phrase = words
        .slice(0, k)
        .map((w) => bare(w.word))
        .filter((w) => !PLACE_MARKERS.includes(w.toLowerCase() as never))
        .join(' ');
      if (phrase.length === 0) continue;
      const regencies = findRegencies(phrase);
      if (regencies.length > 0 || (findDistricts?.(phrase).length ?? 0) > 0) {
        placeWords = k;
        level = regencies[0]?.level;
        break;
      }
    }
    if (placeWords === 0 && PLACE_MARKERS.includes(bare(words[0]?.word ?? '').toLowerCase() as never)) {
      placeWords = Math.min(run, 2);
    }
  }
  if (placeWords > 0) {
    const last = words[placeWords - 1]!;
    const place = text.slice(words[0]!.start, last.end).replace(/[,.;:]+$/u, '');
    official.place = place;
    if (level !== undefined) official.placeLevel = level;
    official.end = words[0]!.start + place.length;
  }
  const nameFrom = words[placeWords]?.start;
  if (nameFrom === undefined) return;
  // The name ends before the first word written in lower case ("… Lelono mengatakan").
  let cut = limit;
  for (const word of words.slice(placeWords)) {
    const first = word.word[0]!;
    if (first !== first.toUpperCase()) {
      cut = word.start;
      break;
    }
  }
  const slice = text.slice(nameFrom, cut);
  const parts = splitNameAndTitles(slice);
  const nameWords = parts.name.split(' ').filter((w) => w.length > 0);
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS || !nameWords.every(isCapitalised)) return;
  if (nameWords.every((w) => w === w.toUpperCase() && w.length <= 5)) return;
  official.name = parts.name;
  official.honorifics = parts.honorifics;
  official.titles = parts.titles;
  const consumed = parts.rest.length === 0 ? slice.trimEnd().length : slice.lastIndexOf(parts.rest);
  let end = nameFrom + (consumed > 0 ? consumed : slice.length);
  while (end > nameFrom && /[\s,]/u.test(text[end - 1]!)) end--;
  official.end = end;
}

/**
 * Whether an official mention overlaps an officer mention (the office was part of an officer's
 * position). Used to drop offices read inside "Kapolres … AKBP …".
 *
 * @param official - The official.
 * @param officer - An officer mention.
 * @returns `true` when the spans overlap.
 * @example
 * ```ts
 * overlapsOfficer({ start: 0, end: 5 } as FoundOfficial, { start: 3, end: 9 } as FoundOfficerMention)
 * //=> true
 * ```
 * @internal
 */
export function overlapsOfficer(official: TextSpan, officer: FoundOfficerMention): boolean {
  return official.start < officer.end && officer.start < official.end;
}
