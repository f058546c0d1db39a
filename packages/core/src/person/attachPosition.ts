// Private refiner: position ↔ officer attachment. Finds the position written before an officer
// ("Kapolres Banyuasin AKBP …", "mantan Plt. Kapolsek X, Iptu …") or after the name ("AKBP Ferly,
// SIK Kapolres Banyuasin", "Ipda Suharno, SH selaku Kapolsek"), with its prefixes, the village of a
// Bhabinkamtibmas and the unit. Bounded look-around: linear over an article.
import type { PositionCode } from '../data/positionCodes';
import type { ActingKind } from '../data/vocabularyCodes';
import { matchRankAt } from '../rank/matchRankAt';
import { asideStartBefore } from '../text/asides';
import { GAP, isSoftGap, type WordList } from '../text/wordSpans';
import { findUnitMentions } from '../unit/findUnitMentions';
import type { UnitMention } from '../unit/parseUnitMention';
import {
  AS_KEYS,
  CONNECTOR_KEYS,
  FORMER_KEYS,
  isNewHolderQualifierAt,
  isUnitOpeningKey,
  PREVIOUSLY_KEYS,
  REPRESENTING_KEYS,
} from './personWordSets';
import { matchActingAt, matchPositionAt, type PositionMatch } from './positionAt';
import { inCompoundUnitName, type PlaceMode, placeWords, unitOfPosition, wordsText } from './positionPlace';

/** Most words of AS_WORDS between a name and its position ("ditunjuk menjabat sebagai"). */
const MAX_AS_WORDS = 3;

/** How far (in words) the refiner looks back from an officer for a position. */
const LOOK_BACK = 12;

/** A position attached to an officer. Word indexes: `start` (prefixes included) to `end` (place included). */
export interface AttachedPosition {
  code?: PositionCode;
  text: string;
  former: boolean;
  acting?: ActingKind;
  unit?: UnitMention;
  village?: string;
  start: number;
  end: number;
}

/** A short soft gap that is no sentence end ("Pj.Bupati", "Kapolres Banyuasin, AKBP"). */
function isClauseGap(spans: WordList, index: number): boolean {
  const gap = spans.gapBefore(index);
  if (!isSoftGap(gap)) return false;
  return (gap & GAP.DOT_SPACE) === 0 || spans.get(index - 1)!.raw.length <= 3;
}

/** An opening bracket (and spaces) before word `index`, after a short gap. */
function isBracketOpening(spans: WordList, index: number): boolean {
  const gap = spans.gapBefore(index);
  return (gap & GAP.OPEN_BRACKET) !== 0 && (gap & ~(GAP.OPEN_BRACKET | GAP.SPACE)) === 0;
}

/**
 * A gap of spaces around one mark (`:` or a dash): "Kapolresta Kupang Kota: Kombes Aldinan" (a
 * post before a colon), "Kompol Sarce Christiati - Kapolsek Sukajadi" (a post after a dash).
 */
function isMarkGap(text: string, spans: WordList, index: number, marks: readonly number[]): boolean {
  const from = spans.endAt(index - 1);
  const to = spans.startAt(index);
  if (from < 0 || to - from > 3) return false;
  let seen = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (marks.includes(code)) seen++;
    else if (code !== 32) return false;
  }
  return seen === 1;
}

const COLON = [58];
const DASHES = [45, 0x2013, 0x2014];

function describe(
  text: string,
  spans: WordList,
  match: PositionMatch,
  to: number,
  mode: PlaceMode,
): AttachedPosition | undefined {
  const place = placeWords(text, spans, match.code, match.end, to, mode);
  if (place === undefined) return undefined;
  const found: AttachedPosition = {
    text: wordsText(text, spans, match.start, match.end),
    former: false,
    start: match.start,
    end: place.end,
  };
  if (match.code !== undefined) found.code = match.code;
  const unit = unitOfPosition(text, spans, match.code, match.start, match.end, place);
  if (unit !== undefined) found.unit = unit;
  if (place.villageStart !== undefined && place.villageEnd !== undefined) {
    found.village = wordsText(text, spans, place.villageStart, place.villageEnd);
  }
  return found;
}

/** "mantan", "Plt.", "mantan Plt." before a position that starts at `found.start`. */
function withPrefixes(spans: WordList, text: string, found: AttachedPosition, floor: number): AttachedPosition {
  let k = found.start;
  for (let n = 0; n < 2; n++) {
    const prev = spans.get(k - 1);
    if (prev === undefined || k - 1 < floor || !isClauseGap(spans, k)) break;
    if (!found.former && FORMER_KEYS.has(prev.key)) {
      found.former = true;
      k--;
      continue;
    }
    if (found.acting !== undefined) break;
    const one = matchActingAt(text, spans, k - 1);
    const two = k - 2 >= floor ? matchActingAt(text, spans, k - 2) : undefined;
    if (two !== undefined && two.end === k) {
      found.acting = two.value;
      k -= 2;
    } else if (one !== undefined && one.end === k) {
      found.acting = one.value;
      k--;
    } else break;
  }
  found.start = k;
  return found;
}

/** The position (with its prefixes and place) that ends right before word `anchor`, not before word `floor`. */
export function positionBefore(
  text: string,
  spans: WordList,
  anchor: number,
  floor: number,
): AttachedPosition | undefined {
  // A connector ends the look-back unless a title spans it ("Kepala Biro Perencanaan dan Anggaran").
  let connector = -1;
  for (let k = anchor - 1; k >= floor && k >= anchor - LOOK_BACK; k--) {
    if (!isClauseGap(spans, k + 1) && !(k + 1 === anchor && isMarkGap(text, spans, anchor, COLON))) {
      // "Kepala Bidang Humas (Kabidhumas) Polda Papua Kombes …": step over an aside in brackets.
      const asideStart = asideStartBefore(spans, k);
      if (asideStart <= floor || !isSoftGap(spans.gapBefore(k + 1) & ~GAP.CLOSE_BRACKET)) return undefined;
      if (!isSoftGap(spans.gapBefore(asideStart) & ~GAP.OPEN_BRACKET)) return undefined;
      k = asideStart - 1;
    }
    // "Kapolres Merauke yang baru, AKBP …": "yang" there qualifies the post, it joins no clause.
    if (k === anchor - 2 && isNewHolderQualifierAt(spans, k)) continue;
    if (CONNECTOR_KEYS.has(spans.get(k)!.key) && !inCompoundUnitName(spans, k, anchor)) {
      if (connector !== -1) return undefined;
      connector = k;
      continue;
    }
    let match = matchPositionAt(text, spans, k);
    // "Wakil Kepala Kepolisian Daerah Papua": a longer title may start before the one found.
    while (match !== undefined && k > floor && k > anchor - LOOK_BACK && isClauseGap(spans, k)) {
      const longer = matchPositionAt(text, spans, k - 1);
      if (longer === undefined || longer.end < match.end) break;
      match = longer;
      k--;
    }
    if (match !== undefined && connector !== -1 && match.end <= connector) return undefined;
    if (match !== undefined && match.end <= anchor) {
      const found = describe(text, spans, match, anchor, 'before');
      if (found === undefined) return undefined;
      withPrefixes(spans, text, found, floor);
      // "mewakili Dir Narkoba IPDA Reynol": the post is the one the officer stands in for.
      const before = spans.get(found.start - 1);
      if (before !== undefined && REPRESENTING_KEYS.has(before.key) && isSoftGap(spans.gapBefore(found.start))) {
        return undefined;
      }
      return found;
    }
  }
  return undefined;
}

/** The position after an officer's name: "AKBP Ferly Rosa Putra, SIK Kapolres Banyuasin", "… SH selaku Kapolsek". */
export function positionAfter(text: string, spans: WordList, from: number): AttachedPosition | undefined {
  let k = from;
  if (k === 0 || k >= spans.length) return undefined;
  // "AKBP Dodik Totok Subiantoro, S.IK (Wadir Polairud Polda Sultra)", "Kompol Sarce - Kapolsek
  // Sukajadi": the post in brackets or after a dash.
  const bracketed = isBracketOpening(spans, k) || isMarkGap(text, spans, k, DASHES);
  if (!bracketed && !isClauseGap(spans, k)) return undefined;
  // "selaku", "menjabat sebagai", "sebelumnya menjabat sebagai" (a former post), "ditunjuk menjabat".
  const previously = PREVIOUSLY_KEYS.has(spans.get(k)!.key);
  if (previously) k++;
  let introduced = false;
  for (let n = 0; n < MAX_AS_WORDS && k < spans.length && AS_KEYS.has(spans.get(k)!.key); n++) {
    if ((n > 0 || previously) && !isSoftGap(spans.gapBefore(k))) return undefined;
    introduced = true;
    k++;
  }
  if (previously && !introduced) return undefined;
  let former = previously;
  let acting: ActingKind | undefined;
  if (k < spans.length && FORMER_KEYS.has(spans.get(k)!.key)) {
    former = true;
    k++;
  }
  const prefix = k < spans.length ? matchActingAt(text, spans, k) : undefined;
  if (prefix !== undefined && matchPositionAt(text, spans, prefix.end) !== undefined) {
    acting = prefix.value;
    k = prefix.end;
  }
  if (k >= spans.length || (k === from ? !bracketed && !isClauseGap(spans, k) : !isClauseGap(spans, k)))
    return undefined;
  const match = matchPositionAt(text, spans, k);
  if (match === undefined) return undefined;
  const found = describe(text, spans, match, spans.length, 'after');
  if (found === undefined) return undefined;
  // A position followed by a rank opens the next mention ("…, Kapolsek Kedurang Ipda Suharno"),
  // unless "sebagai"/"selaku" gives it to this one ("AKBP Nugroho SH sebagai PS Kapolres Manggarai
  // Timur, AKBP Agustinus …", gatra.com 2019).
  if (
    !introduced &&
    found.end < spans.length &&
    isSoftGap(spans.gapBefore(found.end)) &&
    matchRankAt(text, spans, found.end)
  ) {
    return undefined;
  }
  found.former = former;
  if (acting !== undefined) found.acting = acting;
  return found;
}

/** Most words of a unit written before an officer without a post ("Polres Kapuas Polda Kalteng"). */
const UNIT_LOOK_BACK = 8;

/**
 * The unit written right before an officer who has no post: "Anggota Polsek Kelumpang Hulu Aipda
 * Akhmad", "Polres Kapuas Polda Kalteng, AKBP Gede", "Sabhara Polda Sulsel Bripda Michael". The
 * unit must end at the officer (a comma may stand between) and open with a unit word; the longest
 * such chain wins. Returns the unit and its first word, or `undefined`.
 */
export function unitBefore(
  text: string,
  spans: WordList,
  anchor: number,
  floor: number,
): { unit: UnitMention; start: number } | undefined {
  let found: { unit: UnitMention; start: number } | undefined;
  const end = spans.endAt(anchor - 1);
  for (let k = anchor - 1; k >= floor && k >= anchor - UNIT_LOOK_BACK; k--) {
    if (!isClauseGap(spans, k + 1)) break;
    if (!isUnitOpeningKey(spans.get(k)!.key)) continue;
    const from = spans.startAt(k);
    const units = findUnitMentions(text.slice(from, end));
    const first = units[0];
    if (units.length !== 1 || first === undefined || first.start !== 0 || first.end !== end - from) continue;
    // "di Mapolres Bone AKBP Budi": a headquarters is where the officer is, not whose.
    if (first.headquarters) continue;
    const { start: _start, end: _end, ...unit } = first;
    found = { unit, start: k };
  }
  return found;
}
