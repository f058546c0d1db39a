// Private: the place written after a position title — the village of a Bhabinkamtibmas ("Desa
// Lamreung") and the unit ("Polres Kampar", or only "Banyuasin" after "Kapolres") — read from the
// words and turned into a UnitMention by the unit reader. Bounded work.

import type { PositionCode } from '../data/positionCodes';
import {
  NATIONAL_UNIT_WORDS,
  POSITION_IMPLIED_UNIT,
  POSITION_NATIONAL_UNIT,
  STANDALONE_IMPLIED_UNIT,
  VILLAGE_WORDS,
} from '../data/positionGrammar';
import { COMPOUND_UNIT_NAMES } from '../data/unitNameWords';
import { matchRankAt } from '../rank/matchRankAt';
import { asideEndAt } from '../text/asides';
import { boundedMemo } from '../text/boundedMemo';
import { GAP, isSoftGap, letterKey, type WordList, type WordSpan } from '../text/wordSpans';
import { parseUnitMention, type UnitMention } from '../unit/parseUnitMention';
import { CONNECTOR_KEYS, isNewHolderQualifierAt, isUnitOpeningKey } from './personWordSets';
import { isUnitPartAt, matchPositionAt } from './positionAt';

/** Most words of a village and a unit after a position. */
const MAX_PLACE_WORDS = 8;
/** Words the national-unit rule reads as the force or its agency ("Kadiv Humas **Polri**"). */
const NATIONAL_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(NATIONAL_UNIT_WORDS.map((word) => letterKey(word))))();
const VILLAGE_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(VILLAGE_WORDS.map((word) => letterKey(word))))();
/** Posts without a code and the unit word they imply, by key ("irwasda" → "Polda"). */
const STANDALONE_IMPLIED_BY_KEY: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map(Object.entries(STANDALONE_IMPLIED_UNIT).map(([post, unit]) => [letterKey(post), unit] as const)))();

/** Keys of the unit names joined by "dan" ("Pulau Ambon dan Pulau-Pulau Lease"). */
const COMPOUND_KEYS: readonly string[] = /* @__PURE__ */ (() =>
  COMPOUND_UNIT_NAMES.map((entry) => letterKey(entry.name)))();

/** End (exclusive) of a compound unit name starting at word `from` and ending before `limit`, or -1. */
function compoundEndAt(spans: WordList, from: number, limit: number): number {
  for (const target of COMPOUND_KEYS) {
    let key = '';
    for (let j = from; j < limit && target.startsWith(key); j++) {
      key += spans.get(j)!.key;
      if (key === target) return j + 1;
    }
  }
  return -1;
}

/** Whether word `index` (before `limit`) lies inside a compound unit name ("Pulau Ambon **dan** Pulau-Pulau Lease"). */
export function inCompoundUnitName(spans: WordList, index: number, limit: number): boolean {
  for (let start = index - 1; start >= 0 && start > index - MAX_PLACE_WORDS; start--) {
    if (compoundEndAt(spans, start, limit) > index) return true;
  }
  return false;
}

/** Where the village and the unit are (word ranges) after a position. */
export interface PlaceWords {
  villageStart?: number;
  villageEnd?: number;
  unitStart?: number;
  unitEnd?: number;
  /** First word after the place. */
  end: number;
}

/** How the place may be written: before an officer (bounded by the officer) or after one. */
export type PlaceMode = 'before' | 'after';

function gapOk(spans: WordList, index: number, mode: PlaceMode, before: WordSpan): boolean {
  const gap = spans.gapBefore(index);
  if (mode === 'after') return (gap & ~GAP.SPACE) === 0;
  if (!isSoftGap(gap)) return false;
  // A dot and a space after a long word ends a sentence; after "Kel." it does not.
  return (gap & GAP.DOT_SPACE) === 0 || before.raw.length <= 3;
}

function isDigits(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return key.length > 0;
}

/**
 * Reads the village and unit words from word `from` up to (not including) word `to`. In `before`
 * mode every word up to `to` must belong to the place (else `undefined`: the position is not this
 * officer's); in `after` mode the place ends at the first word that cannot belong to it.
 */
export function placeWords(
  text: string,
  spans: WordList,
  code: PositionCode | undefined,
  from: number,
  to: number,
  mode: PlaceMode,
): PlaceWords | undefined {
  const place: PlaceWords = { end: from };
  let i = from;
  let inUnit = false;
  let lowerCaseOk = false;
  const limit = Math.min(to, from + MAX_PLACE_WORDS);
  let afterAside = false;
  while (i < limit) {
    // "(Kabidhumas) Polda Papua", "Halmahera Barat (Halbar), AKBP": before an officer, an aside in
    // brackets is stepped over; it ends the village or unit it follows.
    if (mode === 'before') {
      const asideEnd = asideEndAt(spans, i);
      if (asideEnd !== -1 && asideEnd <= to) {
        if (place.villageStart !== undefined && place.villageEnd === undefined) place.villageEnd = i;
        if (inUnit && place.unitEnd === undefined) place.unitEnd = i;
        i = asideEnd;
        afterAside = true;
        continue;
      }
    }
    const span = spans.get(i)!;
    if (!(afterAside ? isSoftGap(spans.gapBefore(i) & ~GAP.CLOSE_BRACKET) : gapOk(spans, i, mode, spans.get(i - 1)!)))
      break;
    // "Kapolres Merauke yang baru, AKBP …": the qualifier ends the place, right before the officer.
    if (mode === 'before' && i + 2 === to && isNewHolderQualifierAt(spans, i)) {
      if (place.villageStart !== undefined && place.villageEnd === undefined) place.villageEnd = i;
      if (inUnit && place.unitEnd === undefined) place.unitEnd = i;
      i = to;
      break;
    }
    afterAside = false;
    if (place.unitEnd !== undefined) break;
    // "Kapolres Pulau Ambon dan Pulau-pulau Lease": a unit name joined by "dan" is read whole.
    const compoundEnd = span.capitalized ? compoundEndAt(spans, i, Math.min(to, from + MAX_PLACE_WORDS)) : -1;
    if (compoundEnd !== -1) {
      if (!inUnit) {
        inUnit = true;
        if (place.villageStart !== undefined && place.villageEnd === undefined) place.villageEnd = i;
        place.unitStart = i;
      }
      i = compoundEnd;
      continue;
    }
    if (CONNECTOR_KEYS.has(span.key)) break;
    if (
      mode === 'after' &&
      (matchRankAt(text, spans, i) !== undefined || matchPositionAt(text, spans, i) !== undefined)
    )
      break;
    // "Desa Pasirjengkol, Kecamatan Majalaya": the village ends at a comma; the district after it
    // belongs to the place, not to the village.
    if (place.villageStart !== undefined && place.villageEnd === undefined && (spans.gapBefore(i) & GAP.COMMA) !== 0) {
      place.villageEnd = i;
    }
    const opensUnit = isUnitOpeningKey(span.key) || isUnitPartAt(text, spans, i);
    if (opensUnit && !inUnit) {
      inUnit = true;
      lowerCaseOk = mode === 'before';
      if (place.villageStart !== undefined && place.villageEnd === undefined) place.villageEnd = i;
      place.unitStart = i;
    } else if (!inUnit && place.villageStart === undefined && code === 'bhabinkamtibmas') {
      if (!span.capitalized && !VILLAGE_KEYS.has(span.key)) break;
      place.villageStart = i;
    } else if (!(span.capitalized || isDigits(span.key) || lowerCaseOk)) break;
    else if (!inUnit && place.villageStart === undefined) {
      inUnit = true;
      place.unitStart = i;
    }
    i++;
  }
  if (mode === 'before' && i < to) return undefined;
  if (place.villageStart !== undefined && place.villageEnd === undefined) place.villageEnd = i;
  if (place.unitStart !== undefined && place.unitEnd === undefined) place.unitEnd = i;
  // A village word alone is no village ("Bhabinkamtibmas Desa" then a rank).
  if (place.villageStart !== undefined && place.villageEnd! - place.villageStart === 1) {
    if (VILLAGE_KEYS.has(spans.get(place.villageStart)!.key)) {
      place.villageStart = undefined;
      place.villageEnd = undefined;
    }
  }
  place.end = i;
  return place;
}

/** The written text of words `[start, end)`. */
export function wordsText(text: string, spans: WordList, start: number, end: number): string {
  return text.slice(spans.startAt(start), spans.endAt(end - 1));
}

/** Most unit phrases {@link unitOfWords} remembers (a few dozen kilobytes at most). */
const UNIT_MEMO_LIMIT = 256;
/** `parseUnitMention`, remembered by phrase (its mentions are only ever copied, see {@link unitOfWords}). */
const parsedUnit = /* @__PURE__ */ boundedMemo((phrase) => parseUnitMention(phrase), UNIT_MEMO_LIMIT);

/** A copy of a unit mention and of its parents and provinces: each officer mention owns its own. */
function copyUnit(unit: UnitMention): UnitMention {
  const copy = { ...unit };
  if (unit.province !== undefined) copy.province = { ...unit.province };
  if (unit.parent !== undefined) copy.parent = copyUnit(unit.parent);
  return copy;
}

/**
 * `parseUnitMention(phrase)`, remembered: the same few units ("Polres Lebong", "Polda Sumsel") are
 * a position's place again and again within an article and across articles, and each parse makes
 * a whole unit reading (tokens, chains, refiners). A copy is returned, so no caller shares a mention.
 */
function unitOfWords(phrase: string): UnitMention | undefined {
  const unit = parsedUnit(phrase);
  return unit === undefined ? undefined : copyUnit(unit);
}

/**
 * The unit of a position from the unit words after it: "Kapolres **Banyuasin**" → Polres Banyuasin
 * (the position implies the unit word), "Kadiv Humas **Polri**" → Divisi Humas Polri, "Kapoldasu"
 * → Polda Sumut (glued), else the unit words as written ("Kasi Propam **Polres Kampar**").
 */
export function unitOfPosition(
  text: string,
  spans: WordList,
  code: PositionCode | undefined,
  positionStart: number,
  positionEnd: number,
  place: PlaceWords,
): UnitMention | undefined {
  const { unitStart, unitEnd } = place;
  if (unitStart !== undefined && unitEnd !== undefined && unitEnd > unitStart) {
    const written = wordsText(text, spans, unitStart, unitEnd);
    const first = spans.get(unitStart)!.key;
    const national =
      code === undefined ? undefined : (POSITION_NATIONAL_UNIT as Partial<Record<PositionCode, string>>)[code];
    if (national !== undefined && NATIONAL_KEYS.has(first)) return unitOfWords(`${national} ${written}`);
    const implied =
      code === undefined
        ? positionEnd === positionStart + 1
          ? STANDALONE_IMPLIED_BY_KEY.get(spans.get(positionStart)!.key)
          : undefined
        : (POSITION_IMPLIED_UNIT as Partial<Record<PositionCode, string>>)[code];
    if (implied !== undefined && !isUnitOpeningKey(first)) return unitOfWords(`${implied} ${written}`);
    return unitOfWords(written);
  }
  // Position glued to its Polda: "Kapoldasu" = Kapolda of Poldasu (Polda Sumut).
  if (code === 'kapolda' && positionEnd === positionStart + 1) {
    const word = spans.get(positionStart)!;
    if (word.key.length > 'kapolda'.length) {
      const glued = word.raw.slice(2);
      return unitOfWords(glued.charAt(0).toUpperCase() + glued.slice(1));
    }
  }
  return undefined;
}
