import { type DistrictFinder, type PositionCode, splitNameAndTitles, type TextSpan } from '@kamtibmas/core';
import { type ArticleText, sentenceAt, spanIndexAt } from '../_lib/ArticleText';
import { isWhiteSpaceCode } from '../_lib/foldCase';
import { hitsIn } from '../_lib/hitsIn';
import {
  ADDRESS_FORMS,
  HOLDER_LINKS,
  NAME_BEFORE_REACH,
  ORGANIZATION_NOUNS,
  TNI_RANK_WORDS,
} from '../data/officialNameWords';
import {
  ACTING_PREFIXES,
  CANDIDATE_REACH,
  CANDIDATE_WORDS,
  MAX_NAME_WORDS,
  type OfficeOrganization,
  PLACE_MARKERS,
  PLACE_QUALIFIERS,
} from '../data/officialTitles';
import { has } from './has';
import { officeNames, offices } from './officeTable';
import {
  isCapitalised,
  isNameStart,
  isOrganizationWord,
  isPersonName,
  type PlaceLookup,
  placeAt,
  placeLookup,
  plainOf,
  trimEndPunctuation,
  type Word,
  wordsIn,
} from './officialWords';

/** An office found in the text, with the person and place read around it. */
export interface FoundOfficial extends TextSpan {
  /** Position code when the office has one. */
  code?: PositionCode;
  /** The office as written, without acting prefix (`'Ketua KPU'`, `'Ketua Forum Pembauran Kebangsaan (FPK)'`). */
  position: string;
  /** Acting prefix. */
  acting?: 'pj' | 'plt' | 'plh';
  /** The office's organisation kind and name word. */
  organization: OfficeOrganization;
  /** The place or body named after the office, as written (`'Balikpapan'`, `'MUI Magetan'`). */
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

/** Longest text read after an office for its place and person. */
const TAIL = 160;

/**
 * Finds civilian and TNI officials: an office (Camat, Kades, Ketua KPU, Pj. Bupati, Danramil,
 * Ketua PPK, or a head such as "Ketua", "Pembina", "Ondofolo" followed by a body's name), the place
 * or body after it, and the person's name with honorifics and titles ("Ketua KPU Balikpapan Prakoso
 * Yudo Lelono", "Pj. Bupati Banyuasin H. Hani Syopiar Rustam", "Dandim 1701/Jayapura Letkol Inf.
 * Hendry Widodo", "Ketua Harian, Sumarah"); or, when nothing follows, the name written just before
 * it ("Bapak Made Karmana, Sekretaris DPC PDI Perjuangan"). A place is told from a name by the
 * regency table and, when given, the district finder; acronyms, bodies' nouns, a comma, an
 * honorific, a TNI rank or a form of address also end the body's name. Offices inside an officer
 * mention and in page noise are skipped; a name is never a place, a rank or a body's noun.
 *
 * @param article - The article.
 * @param officers - Officer mentions, sorted (their spans are skipped).
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
  const placeOf = placeLookup(findDistricts);
  // The name written before an office is checked without the district finder.
  const placeOfWithoutDistricts = placeLookup(undefined);
  const hits = hitsIn(article, officeNames());
  const found: FoundOfficial[] = [];
  let o = 0;
  for (const hit of hits) {
    while (o < officers.length && officers[o]!.end <= hit.start) o++;
    if (o < officers.length && officers[o]!.start <= hit.start) continue;
    if (spanIndexAt(article.lines, hit.start) === -1) continue;
    if (found.length > 0 && found[found.length - 1]!.end > hit.start) continue;
    if (runFor(article, hit.start)) continue;
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
    // "Name, Office, Name, Office" and "Name selaku Office": after a comma or a holder's link, the
    // name before the office is its holder's.
    const afterLink = holderClauseEnd(article, official.start, sentence?.start ?? 0) !== -1;
    if (afterLink) readBefore(article, officers, official, sentence?.start ?? 0, placeOfWithoutDistricts);
    const holder = official.name.length > 0 ? { ...official } : undefined;
    const read = readAfter(text, hit.end, limit, official, placeOf);
    // A name of two words or more written right after the office, no comma between, is its
    // holder's ("Komisioner Lison Enumbi, Ketua Bawaslu Marinus Wonda, …"; corpus 063): the name
    // before the comma is someone else's. One word there is as often the end of the office's
    // place ("KH. Ahmad Fathoni, pengasuh Pondok Pesantren Darul Ulum"; corpus 007).
    const namedAfter = official.name !== holder?.name && !read.comma && official.name.includes(' ');
    if (holder !== undefined && !namedAfter) {
      official.name = holder.name;
      official.honorifics = holder.honorifics;
      official.titles = holder.titles;
      official.start = holder.start;
      // The mention ends with the office and its place: a name read after them is the next item's
      // ("Didik Joko Nugroho, Ketua Bawaslu Bantul, Kapten Infanteri Sugiharto mewakili …";
      // held-out corpus 118).
      official.end = read.placeEnd;
    }
    if (office.generic) {
      if (official.place === undefined && !read.comma) continue;
      if (official.place !== undefined) {
        official.position = `${official.position} ${official.place}`;
        official.organization = { kind: 'other', prefix: '' };
      }
    }
    // A name that failed after the place's comma is the next item's: the holder may stand before.
    if (official.name.length === 0 && (!read.stopped || read.comma) && !afterLink) {
      readBefore(article, officers, official, sentence?.start ?? 0, placeOfWithoutDistricts);
    }
    if (office.generic && official.name.length === 0) continue;
    found.push(official);
  }
  return found;
}

function readActing(text: string, folded: string, official: FoundOfficial): void {
  let at = official.start;
  for (let n = 0; n < 2 && at > 0 && text[at - 1] === ' '; n++) at--;
  if (at > 0 && text[at - 1] === '.') at--;
  let s = at;
  for (let n = 0; n < 4 && s > 0 && isLowerAscii(folded.charCodeAt(s - 1)); n++) s--;
  const word = folded.slice(s, at);
  if (Object.hasOwn(ACTING_PREFIXES, word) && (s === 0 || !/[\p{L}\p{N}]/u.test(text[s - 1]!))) {
    official.acting = ACTING_PREFIXES[word as keyof typeof ACTING_PREFIXES];
    official.start = s;
  }
}
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads the body or place after an office, then the person's name. `stopped`: the office is
 * followed by words that are neither (a verb, another office), so no name is looked for before it. */
/** Index of the word closing an organisation's name with a place and a comma, within three words
 * of `i` ("Dayak Kaltara,"), when a capitalised word follows the comma; else -1. */
function bodyPlaceEnd(words: readonly Word[], i: number, placeOf: PlaceLookup): number {
  for (let j = i; j < words.length && j < i + 3; j++) {
    const plain = plainOf(words[j]!);
    if (!isCapitalised(plain)) return -1;
    // "Rektor Universitas Victory Sorong.": the body's name closed by a place ends the sentence, no
    // holder is named (corpus 087).
    if (words[j]!.word.endsWith('.') && j + 1 === words.length && placeOf(plain) !== undefined) return j;
    if (!words[j]!.word.endsWith(',')) continue;
    const next = words[j + 1];
    return placeOf(plain) !== undefined && next !== undefined && isCapitalised(plainOf(next)) ? j : -1;
  }
  return -1;
}

/** A unit's number before its place: "1501/Ternate", "1403-04/Padang", or a TNI command's Roman
 * numeral ("Pangdam V Brawijaya", "Kodam XIII/Merdeka"; corpus 071). A lone "I" is no numeral here:
 * it opens Balinese names ("I Wayan Sume"). */
function isDesignation(word: string): boolean {
  if (word.endsWith(',')) return false;
  const first = word.charCodeAt(0);
  if (isDigit(first)) return word.includes('/');
  // Most words open with no numeral's letter: told before the word is split.
  if (!ROMAN_NUMERAL_INITIALS.includes(first)) return false;
  const numeral = word.split('/')[0]!;
  return numeral !== 'I' && ROMAN_NUMERAL.test(numeral);
}

/** The letters of the Roman numerals TNI commands are numbered with (up to XL). */
const ROMAN_NUMERAL_LETTERS = 'IVXL';
const ROMAN_NUMERAL = new RegExp(`^[${ROMAN_NUMERAL_LETTERS}]+$`, 'u');
const ROMAN_NUMERAL_INITIALS: readonly number[] = [...ROMAN_NUMERAL_LETTERS].map((letter) => letter.charCodeAt(0));

function readAfter(
  text: string,
  from: number,
  limit: number,
  official: FoundOfficial,
  placeOf: PlaceLookup,
): { comma: boolean; stopped: boolean; placeEnd: number } {
  const words = wordsIn(text, from, limit);
  let i = 0;
  let comma = false;
  if (words[0] !== undefined && plainOf(words[0]).length === 0 && words[0].word.startsWith(',')) {
    comma = true;
    i = 1;
  }
  const first = i;
  // Both passes below ask whether a word starts a name (a parse of the words after it): once each.
  const nameStarts: (boolean | undefined)[] = [];
  const startsName = (j: number) => (nameStarts[j] ??= isNameStart(text, words[j]!, limit));
  let level: 'regency' | 'city' | undefined;
  // A later honorific, form of address or TNI rank in the capitalised run starts the name: what
  // stands before it is the body ("Pembina Yayasan Al Khairaat Bitung KH. Fauzi Badarab").
  let nameStart = -1;
  for (let j = first; j < words.length && j < first + MAX_NAME_WORDS + 4; j++) {
    const plain = plainOf(words[j]!);
    if (plain.length === 0 || !(isCapitalised(plain) || isDigit(plain.charCodeAt(0)))) break;
    if (j > first && startsName(j)) {
      nameStart = j;
      break;
    }
    if (words[j]!.word.endsWith(',')) break;
  }
  let marker = false;
  // Whether the word before was an organisation's ("Lembaga", "Adat").
  let body = false;
  while (!comma && i < words.length && i < first + MAX_NAME_WORDS + 4) {
    if (nameStart !== -1 && i >= nameStart) break;
    const word = words[i]!;
    const plain = plainOf(word);
    if (plain.length === 0) break;
    if (i > first && startsName(i)) break;
    const place = placeAt(words, i, placeOf);
    const isMarker = place === undefined && has(PLACE_MARKERS, plain.toLowerCase());
    const designation = isDesignation(word.word);
    let wordOfBody = false;
    if (place !== undefined) {
      if (place.level === 'regency' || place.level === 'city') level = place.level;
      i += place.words;
      marker = false;
    } else if (nameStart !== -1 || isMarker || designation || isOrganizationWord(word.word)) {
      // After a unit's number and place ("Danramil 1403-04/Padang Sappa"), the next capitalised
      // word is still the place, as after "Kota".
      marker = isMarker || designation;
      wordOfBody = !isMarker;
      i++;
    } else if (
      isCapitalised(plain) &&
      (marker ||
        (i === first &&
          needsPlace(official) &&
          (isCapitalised(words[i + 1] === undefined ? '' : plainOf(words[i + 1]!)) ||
            endsSentence(word.word, words[i + 1]?.word))))
    ) {
      // After "Kota", "Kampung", or after "Lurah", "Kades", "Camat": the next word is the place
      // ("Dihadiri Camat Kedurang." names the office of Kedurang, not a person called Kedurang).
      marker = false;
      i++;
      // "Camat Kedurang Ilir": a qualifier after the place is the place's ("Ilir" is nobody's name).
      while (
        i < words.length &&
        !words[i - 1]!.word.endsWith(',') &&
        has(PLACE_QUALIFIERS, plainOf(words[i]!).toLowerCase()) &&
        isCapitalised(plainOf(words[i]!))
      )
        i++;
    } else if (
      isCapitalised(plain) &&
      word.word.endsWith(',') &&
      i === first &&
      isCapitalised(words[i + 1] === undefined ? '' : plainOf(words[i + 1]!)) &&
      // "Kepala Kajari Suwarsono, Ketua DPRD …": before the next office of a list, the word is the
      // holder's name (corpus 014).
      !offices().has(plainOf(words[i + 1]!).toLowerCase())
    ) {
      // "Kepala Kesbang, Zenni Lingga": one word before a comma is the body.
      i++;
    } else {
      // "Ketua Lembaga Adat Dayak Kaltara, Jhonny Laing Impang": after an organisation's words, a
      // capitalised run closed by a place and a comma is still its name; the holder follows.
      const bodyEnd = body ? bodyPlaceEnd(words, i, placeOf) : -1;
      if (bodyEnd === -1) break;
      i = bodyEnd + 1;
    }
    body = wordOfBody;
    if (words[i - 1]!.word.endsWith(',')) {
      comma = true;
      break;
    }
  }
  if (i > first) {
    const place = trimEndPunctuation(text.slice(words[first]!.start, words[i - 1]!.end));
    official.place = place;
    if (level !== undefined) official.placeLevel = level;
    official.end = words[first]!.start + place.length;
  }
  const placeEnd = official.end;
  while (i < words.length && isAddressOrRank(words[i]!.word.toLowerCase())) i++;
  const nameFrom = words[i]?.start;
  if (nameFrom === undefined) return { comma, stopped: false, placeEnd };
  const stopped = !isCapitalised(plainOf(words[i]!));
  if (stopped) return { comma, stopped: true, placeEnd };
  // The name ends before the first word written in lower case ("… Lelono mengatakan").
  let cut = limit;
  for (let j = i + 1; j < words.length; j++) {
    const first = words[j]!.word[0]!;
    if (first !== first.toUpperCase()) {
      cut = words[j]!.start;
      break;
    }
  }
  const slice = text.slice(nameFrom, cut);
  const parts = splitNameAndTitles(slice);
  if (!isPersonName(parts.name, placeOf)) return { comma, stopped: true, placeEnd };
  official.name = parts.name;
  official.honorifics = parts.honorifics;
  official.titles = parts.titles;
  const consumed = parts.rest.length === 0 ? slice.trimEnd().length : slice.lastIndexOf(parts.rest);
  let end = nameFrom + (consumed > 0 ? consumed : slice.length);
  while (end > nameFrom && /[\s,]/u.test(text[end - 1]!)) end--;
  official.end = end;
  return { comma, stopped: false, placeEnd };
}
/** Offices of a place (Camat, Lurah, Kades): the first word after them is the place. */
/** The word closes its sentence: it ends with a full stop, or no word follows it. */
function endsSentence(word: string, next: string | undefined): boolean {
  return next === undefined || /[.!?]["”']?$/u.test(word);
}

function needsPlace(official: FoundOfficial): boolean {
  const kind = official.organization.kind;
  return kind === 'kecamatan' || kind === 'desa' || kind === 'kelurahan';
}
/** Where the clause before an office at `start` ends when a comma or a holder's link ("selaku")
 * stands between them: the offset of the comma or the link; -1 when neither does. */
function holderClauseEnd(article: ArticleText, start: number, floor: number): number {
  const { text, folded } = article;
  let end = start;
  while (end > floor && text[end - 1] === ' ') end--;
  if (text[end - 1] === ',') return end - 1;
  for (const link of HOLDER_LINKS) {
    const at = end - link.length;
    if (at > floor && folded.startsWith(link, at) && text[at - 1] === ' ') return at;
  }
  return -1;
}

/** "Bapak Made Karmana, Sekretaris DPC PDI Perjuangan", "Yoserizal selaku Ketua Panwascam …": the
 * name and titles that fill the clause before the office, up to its comma or link. With neither
 * between them, a list's item written "Name Office Place" (", Bayu Hendro Ketua Panwascam Teluk
 * Sebong,"; held-out corpus 084): the name must then open the item, right after its comma. */
function readBefore(
  article: ArticleText,
  officers: readonly TextSpan[],
  official: FoundOfficial,
  floor: number,
  placeOf: PlaceLookup,
): void {
  const { text } = article;
  const linked = holderClauseEnd(article, official.start, floor);
  const listItem = linked === -1;
  let end = listItem ? official.start : linked;
  while (end > floor && text[end - 1] === ' ') end--;
  const from = Math.max(floor, end - NAME_BEFORE_REACH);
  const words = wordsIn(text, from, end);
  for (const word of words) {
    if (!isCapitalised(word.word)) continue;
    // The clause before the word, trailing white space trimmed, is read in place (no copy of it):
    // its last character and its last word.
    let before = word.start;
    while (before > from && isWhiteSpaceCode(text.charCodeAt(before - 1))) before--;
    const last = before > from ? text.charCodeAt(before - 1) : -1;
    const previous = lastWord(text, from, before);
    if (before > from && last !== COMMA && last !== OPEN_BRACKET && last !== COLON && isCapitalised(previous)) continue;
    // A capitalised word right after a body's noun names the body ("pastor paroki Lamahora, ketua
    // MUI"; held-out corpus 097).
    if (has(ORGANIZATION_NOUNS, previous.toLowerCase())) continue;
    if (listItem && last !== COMMA) continue;
    if (officers.some((o) => o.start < end && word.start < o.end)) continue;
    let start = word.start;
    let slice = text.slice(start, end);
    const address = wordsIn(text, start, end, 1)[0];
    if (address !== undefined && has(ADDRESS_FORMS, address.word.toLowerCase())) {
      start = address.end + 1;
      slice = text.slice(start, end);
    }
    const parts = splitNameAndTitles(slice);
    if (parts.rest.replace(/[\s,.]/gu, '').length > 0) continue;
    if (!isPersonName(parts.name, placeOf)) continue;
    official.name = parts.name;
    official.honorifics = parts.honorifics;
    official.titles = parts.titles;
    official.start = start;
    return;
  }
}

function isAddressOrRank(lower: string): boolean {
  return has(ADDRESS_FORMS, lower) || has(TNI_RANK_WORDS, lower);
}

/** The last word of `text[from, to)`: what follows its last space. */
function lastWord(text: string, from: number, to: number): string {
  if (to <= from) return '';
  const i = text.lastIndexOf(' ', to - 1);
  return text.slice(i < from ? from : i + 1, to);
}

const COMMA = 44;
const OPEN_BRACKET = 40;
const COLON = 58;

/** Whether the office at `at` is one being run for: a candidate's word stands right before it, in
 * its clause ("calon bupati dan wakil bupati …"). */
function runFor(article: ArticleText, at: number): boolean {
  const word = hitsIn(article, CANDIDATE_WORDS, Math.max(0, at - CANDIDATE_REACH), at).at(-1);
  if (word === undefined) return false;
  for (let i = word.end; i < at; i++) if (CLAUSE_BREAKS.includes(article.text.charCodeAt(i))) return false;
  return true;
}

/** Characters that end a clause: a comma, a full stop, a semicolon, a line break. */
const CLAUSE_BREAKS: readonly number[] = [44, 46, 59, 10];
