// Private recognizer: the position title at a word of a tokenised text — a form POSITIONS lists
// ("Kapolres", "Wadir Binmas"), or one the grammar of head words × functions builds ("Kasat
// Reskrim", "Kasubsipenmas", "Ka SPKT III", "Kasubdit Kamsus"), glued or spaced. A built title
// keeps the code of a listed form only when the whole title is that form, or when its head alone
// is one ("Kasubdit Kamsus" is a Kasubdit). Also the acting prefixes. Bounded work per call.

import type { PositionCode } from '../data/positionCodes';
import { POSITION_FUNCTION_SYNONYMS } from '../data/positionFunctionSynonyms';
import {
  ACTING_PREFIXES,
  MIN_GLUED_FUNCTION_LENGTH,
  MIN_GLUED_SHORT_FUNCTION_LENGTH,
  MIN_HEAD_LENGTH_FOR_SHORT_FUNCTION,
  POSITION_BY_UNIT_WORD,
  POSITION_FUNCTIONS,
  POSITION_HEADS,
  POSITION_MISSPELLINGS,
  type PositionHead,
  STANDALONE_POSITIONS,
  UNIT_PART_WORDS,
} from '../data/positionGrammar';
import { POSITIONS } from '../data/positions';
import type { ActingKind } from '../data/vocabularyCodes';
import { matchRankAt } from '../rank/matchRankAt';
import { asideEndAt } from '../text/asides';
import { boundedMemo } from '../text/boundedMemo';
import { firstPairTable, startsNoKeyAt } from '../text/firstPairs';
import { buildKeyIndex, type KeyIndex, type KeyMatch, longestKeyAt } from '../text/longestKeyAt';
import { isSoftGap, letterKey, type WordList } from '../text/wordSpans';
import { CONNECTOR_KEYS, isNameStopKey } from './personWordSets';
import { positionTypoAt, TYPO_FIRST_PAIRS, typoOfKey } from './positionTypoAt';

// Built in /* @__PURE__ */ calls, so that bundlers drop the indexes with their users (see
// rank/compareRanks.ts).
const POSITION_INDEX: KeyIndex<PositionCode> = /* @__PURE__ */ (() =>
  buildKeyIndex([
    ...Object.values(POSITIONS).flatMap((position) =>
      [position.name, position.abbreviation, ...position.aliases].map((form) => [form, position.code] as const),
    ),
    ...POSITION_MISSPELLINGS,
  ]))();

const HEAD_INDEX: KeyIndex<PositionHead> = /* @__PURE__ */ (() =>
  buildKeyIndex(
    POSITION_HEADS.flatMap((head) => head.forms.map((form) => [form, head] as const)),
    3,
  ))();

/** Each head → the key of its first form (`'kabag'`), made once, not at each title built. */
const HEAD_FIRST_KEYS: ReadonlyMap<PositionHead, string> = /* @__PURE__ */ (() =>
  new Map(POSITION_HEADS.map((head) => [head, letterKey(head.forms[0] ?? '')] as const)))();

/** Each function's key → the key of the form its synonym group lists first (itself when in no group). */
const FUNCTION_INDEX: KeyIndex<string> = /* @__PURE__ */ (() => {
  const canonical = new Map<string, string>();
  for (const group of POSITION_FUNCTION_SYNONYMS)
    for (const form of group) canonical.set(letterKey(form), letterKey(group[0]));
  return buildKeyIndex(
    POSITION_FUNCTIONS.map((form) => [form, canonical.get(letterKey(form)) ?? letterKey(form)] as const),
    3,
  );
})();

const BY_UNIT_WORD_INDEX: KeyIndex<Readonly<Record<string, PositionCode>>> = /* @__PURE__ */ (() =>
  buildKeyIndex(
    POSITION_BY_UNIT_WORD.map(
      (entry) => [entry.form, entry.byUnitWord as Readonly<Record<string, PositionCode>>] as const,
    ),
    4,
  ))();

const STANDALONE_INDEX: KeyIndex<true> = /* @__PURE__ */ (() =>
  buildKeyIndex(
    STANDALONE_POSITIONS.map((form) => [form, true] as const),
    1,
  ))();

const UNIT_PART_INDEX: KeyIndex<true> = /* @__PURE__ */ (() =>
  buildKeyIndex(
    UNIT_PART_WORDS.map((form) => [form, true] as const),
    1,
  ))();
/** Unit parts read glued to a function ("Satreskrim"); "Si", "Ro" glued would read names. */
const MIN_GLUED_UNIT_PART_LENGTH = 3;

/** Heads written glued to a function ("Kasat" + "reskrim"): shortest and longest head key. */
const GLUED_HEAD_LENGTHS: readonly [number, number] = /* @__PURE__ */ (() => {
  let min = Number.POSITIVE_INFINITY;
  for (const key of HEAD_INDEX.byKey.keys()) if (key.length < min) min = key.length;
  return [min, HEAD_INDEX.maxKeyLength] as const;
})();

/**
 * The first two letters of every word a position title can start with: a listed form, a head
 * (alone or glued to its function), a standalone post, a title by unit word, or a typo of a listed
 * title. A word starting otherwise starts no position, told without making its span.
 */
const POSITION_FIRST_PAIRS: Uint8Array = /* @__PURE__ */ (() =>
  firstPairTable([
    ...POSITION_INDEX.byKey.keys(),
    ...HEAD_INDEX.byKey.keys(),
    ...STANDALONE_INDEX.byKey.keys(),
    ...BY_UNIT_WORD_INDEX.byKey.keys(),
    ...TYPO_FIRST_PAIRS,
  ]))();

/** The first two letters of every word a unit part opens with (alone or glued to its function). */
const UNIT_PART_FIRST_PAIRS: Uint8Array = /* @__PURE__ */ (() => firstPairTable(UNIT_PART_INDEX.byKey.keys()))();

const ACTING_INDEX: KeyIndex<ActingKind> = /* @__PURE__ */ (() => buildKeyIndex<ActingKind>(ACTING_PREFIXES, 2))();

/**
 * Every prefix of every key of the indexes a title starts with (listed, by unit word, standalone,
 * head): the key of a title's first word is one of them.
 */
const OPENING_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([
    ...POSITION_INDEX.prefixes,
    ...BY_UNIT_WORD_INDEX.prefixes,
    ...STANDALONE_INDEX.prefixes,
    ...HEAD_INDEX.prefixes,
  ]))();

/**
 * Whether a word whose key is `key` may open a position title: its key starts a key of an index,
 * or it is a head glued to its function, or one letter from a listed title. When not, no title
 * starts at the word, whatever follows it (the last two are remembered by key).
 */
function mayOpenPosition(key: string): boolean {
  return OPENING_KEYS.has(key) || isGluedHeadAndFunction(key) || typoOfKey(key) !== undefined;
}

/** Most word keys {@link isGluedHeadAndFunction} remembers (emptied when full: bounded memory). */
const GLUED_MEMO_LIMIT = 2048;

/**
 * {@link gluedHeadAndFunction}, remembered: the same words ("Kapolres", "Kegiatan") are asked
 * about article after article, and each answer makes a string per cut.
 */
const isGluedHeadAndFunction = /* @__PURE__ */ boundedMemo((key) => gluedHeadAndFunction(key), GLUED_MEMO_LIMIT);

/** A position found in running text: its code when known, and the words it spans. */
export interface PositionMatch {
  code?: PositionCode;
  start: number;
  end: number;
}

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

/** The position listed in POSITIONS that starts at word `start` (longest form), with its code. */
export function matchListedPositionAt(
  text: string,
  spans: WordList,
  start: number,
): KeyMatch<PositionCode> | undefined {
  return longestKeyAt(text, spans, start, POSITION_INDEX);
}

/**
 * Whether the glued word `key` is a head followed by a function ("kasatreskrim", "kasium"); a
 * three-letter function only after a head of four letters or more ("karoops", "kabidkum").
 */
function gluedHeadAndFunction(key: string): boolean {
  const [min, max] = GLUED_HEAD_LENGTHS;
  // Any cut will do: read from the shortest head on, and stop at the first cut no head starts with.
  for (let cut = min; cut <= Math.min(max, key.length - MIN_GLUED_SHORT_FUNCTION_LENGTH); cut++) {
    const head = key.slice(0, cut);
    if (!HEAD_INDEX.prefixes.has(head)) break;
    if (key.length - cut < MIN_GLUED_FUNCTION_LENGTH && cut < MIN_HEAD_LENGTH_FOR_SHORT_FUNCTION) continue;
    if (!HEAD_INDEX.byKey.has(head)) continue;
    if (FUNCTION_INDEX.byKey.has(key.slice(cut))) return true;
    // The letter the head ends with and the function starts with, written once: "Direskrimum",
    // "Diresnarkoba" (Dir + Reskrimum, Dir + Resnarkoba), as news often spells the Polda directors.
    if (FUNCTION_INDEX.byKey.has(key.slice(cut - 1)) && key.length - cut + 1 >= MIN_GLUED_FUNCTION_LENGTH) return true;
  }
  return false;
}

/** Whether the glued word `key` is a unit part followed by a function ("satreskrim", "ditintelkam"). */
function isGluedUnitPart(key: string): boolean {
  for (let cut = MIN_GLUED_UNIT_PART_LENGTH; cut <= UNIT_PART_INDEX.maxKeyLength && cut < key.length; cut++) {
    const part = key.slice(0, cut);
    // No unit part starts so: no longer cut is one.
    if (!UNIT_PART_INDEX.prefixes.has(part)) break;
    if (UNIT_PART_INDEX.byKey.has(part) && FUNCTION_INDEX.byKey.has(key.slice(cut))) return true;
  }
  return false;
}

/**
 * Whether word `index` opens a functional unit: "Sat Reskrim", "Dit Intelkam", "Bag Ops", or
 * glued "Satreskrim". Such a word belongs to a unit: it ends a name and completes no head.
 */
export function isUnitPartAt(text: string, spans: WordList, index: number): boolean {
  if (startsNoKeyAt(spans, index, UNIT_PART_FIRST_PAIRS)) return false;
  const span = spans.get(index);
  if (span === undefined) return false;
  if (isGluedUnitPart(span.key)) return true;
  if (!UNIT_PART_INDEX.byKey.has(span.key) || !isSoftGap(spans.gapBefore(index + 1))) return false;
  return longestKeyAt(text, spans, index + 1, FUNCTION_INDEX) !== undefined;
}

/** A capitalised word that may complete an open head ("Kasubdit **Kamsus**"): no unit, rank or connector. */
function isOpenFunctionWord(text: string, spans: WordList, index: number): boolean {
  const span = spans.get(index);
  if (span === undefined || !span.capitalized || span.key.length < 3) return false;
  if (!isSoftGap(spans.gapBefore(index)) || isNameStopKey(span.key) || CONNECTOR_KEYS.has(span.key)) return false;
  if (UNIT_PART_INDEX.byKey.has(span.key) || isGluedUnitPart(span.key)) return false;
  if (matchRankAt(text, spans, index) !== undefined) return false;
  return matchListedPositionAt(text, spans, index) === undefined;
}

/** Most words of a function the list does not know. */
const MAX_OPEN_FUNCTION_WORDS = 2;

/** The head × function title at word `start`, without its numeral. */
/** A title the grammar built: where it ends, where its head ends, and its head and function when both are known. */
interface BuiltTitle {
  end: number;
  headEnd: number;
  /** The head's first form's key and the function's synonym-group key: `'kabag'` + `'ops'`. */
  canonicalKey?: string;
}

function grammarAt(text: string, spans: WordList, start: number): BuiltTitle | undefined {
  const first = spans.get(start);
  if (first === undefined) return undefined;
  if (isGluedHeadAndFunction(first.key)) return { end: start + 1, headEnd: start };
  if (longestKeyAt(text, spans, start, STANDALONE_INDEX) !== undefined) return { end: start + 1, headEnd: start + 1 };
  const found = longestKeyAt(text, spans, start, HEAD_INDEX);
  if (found === undefined) return undefined;
  // "Kanit 3 Sosial Budaya", "Kanit II Reskrim": the sub-unit's number between head and function.
  const head = numeralAt(spans, found.end) ? { ...found, end: found.end + 1 } : found;
  // "Kepala Bagian (Kabag) Operasi": the abbreviation in brackets between head and function.
  const aside = head === found ? asideEndAt(spans, head.end) : -1;
  const functionStart = Math.max(aside, head.end);
  const known = functionStart < spans.length ? longestKeyAt(text, spans, functionStart, FUNCTION_INDEX) : undefined;
  // A head that is a post on its own ("Kasubdit") ends the title: the sub-directorate's name after it
  // belongs to the unit ("Kasubdit | Kamsel Ditlantas Polda Riau", "Kasubdit | Bin Polmas", polri.md
  // §2 "Subdit Bin Polmas"), as the real-mention corpus reads it.
  if (known !== undefined && head.value.needsFunction) {
    if (head !== found) return { end: known.end, headEnd: found.end };
    return { end: known.end, headEnd: found.end, canonicalKey: HEAD_FIRST_KEYS.get(found.value)! + known.value };
  }
  // A sub-unit the function list does not know: "Kasubdit **Kamsus**", "Kasubsatgas **Pam
  // Keramaian**", "Kasatgas **Preventif OMP**" (at most MAX_OPEN_FUNCTION_WORDS words).
  if (head.value.open === true && isOpenFunctionWord(text, spans, head.end)) {
    let end = head.end + 1;
    while (end < head.end + MAX_OPEN_FUNCTION_WORDS && isOpenFunctionWord(text, spans, end)) end++;
    return { end, headEnd: found.end };
  }
  // "Kanit I Sat Intelkam Polres Kuansing": the numbered sub-unit's function is the unit after it.
  if (head !== found && isUnitPartAt(text, spans, head.end)) return { end: head.end, headEnd: found.end };
  return head.value.needsFunction ? undefined : { end: found.end, headEnd: found.end };
}

/** Whether word `index` is a sub-unit number written after a title: "III", "3" (not "ii" in running text). */
function numeralAt(spans: WordList, index: number): boolean {
  const numeral = spans.get(index);
  if (numeral === undefined || !isSoftGap(spans.gapBefore(index)) || numeral.raw !== numeral.raw.toUpperCase()) {
    return false;
  }
  return ROMAN.test(numeral.key) || isShortNumber(numeral.key);
}

/**
 * The position title at word `start`: the longest of the listed form and the grammar's title, a
 * Roman numeral after a built title included ("Kasubdit III", "Ka SPKT III"). Constant work.
 */
export function matchPositionAt(text: string, spans: WordList, start: number): PositionMatch | undefined {
  if (startsNoKeyAt(spans, start, POSITION_FIRST_PAIRS)) return undefined;
  // Most words that pass the first letters open no title: told by their key, not by five lookups.
  const word = spans.get(start);
  if (word === undefined || !mayOpenPosition(word.key)) return undefined;
  const listed = matchListedPositionAt(text, spans, start);
  if (listed === undefined) {
    // "Kepala Kepolisian Polres Lotara": the code follows the unit word written next.
    const general = longestKeyAt(text, spans, start, BY_UNIT_WORD_INDEX);
    const unitWord = general && spans.get(general.end);
    if (general !== undefined && unitWord !== undefined && isSoftGap(spans.gapBefore(general.end))) {
      const code = Object.hasOwn(general.value, unitWord.key) ? general.value[unitWord.key] : undefined;
      if (code !== undefined) return { code, start, end: general.end };
    }
  }
  const built = grammarAt(text, spans, start);
  if (built === undefined || (listed !== undefined && listed.end >= built.end)) {
    if (listed !== undefined) return { code: listed.value, start, end: listed.end };
    // "Kapoda NTB", "Wakalpolres Pidie": a listed title with one letter wrong — unless the word is a
    // unit one letter from a title ("Ditbinmas" is the directorate of the "Dirbinmas").
    const typo = isUnitPartAt(text, spans, start) ? undefined : positionTypoAt(spans, start);
    return typo === undefined ? undefined : { code: typo, start, end: start + 1 };
  }
  let { end } = built;
  // "Ka SPKT III", "Kepala SPKT 1": the shift or sub-unit number belongs to the title.
  if (numeralAt(spans, end)) end++;
  // "Kasubdit Kamsus" is a Kasubdit: the listed form covers exactly the head.
  const whole =
    POSITION_INDEX.byKey.get(keyOf(spans, start, end)) ??
    (end === built.end && built.canonicalKey !== undefined ? POSITION_INDEX.byKey.get(built.canonicalKey) : undefined);
  if (whole !== undefined) return { code: whole, start, end };
  if (listed !== undefined && listed.end === built.headEnd) return { code: listed.value, start, end };
  return { start, end };
}

function isShortNumber(key: string): boolean {
  if (key.length === 0 || key.length > 2) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function keyOf(spans: WordList, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) key += spans.get(i)!.key;
  return key;
}

/** An acting prefix starting at word `start`: `Pj.`, `Plt.`, `Plh.`, `Ps.` or their long forms. */
export function matchActingAt(text: string, spans: WordList, start: number): KeyMatch<ActingKind> | undefined {
  return longestKeyAt(text, spans, start, ACTING_INDEX);
}
