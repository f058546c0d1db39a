// Private: the officer-mention scanner behind parseOfficerMention and parseOfficerMentions.
// Tokenises once, then visits each word once looking for a rank; around each rank it reads the
// name, titles, position and unit with bounded look-around, so the whole scan is linear.

import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { ActingKind } from '../data/vocabularyCodes';
import { matchRankAt } from '../rank/matchRankAt';
import { isSoftGapBetween, type WordList, type WordSpan, wordSpans } from '../text/wordSpans';
import { parseUnitMention } from '../unit/parseUnitMention';
import { CONNECTOR_KEYS, type NameParts, readNameParts, UNIT_HEAD_KEYS } from './nameParts';
import type { OfficerMention } from './parseOfficerMention';
import type { FoundOfficerMention } from './parseOfficerMentions';
import { FORMER_KEYS, matchActingAt, matchPositionAt } from './positionIndex';

/** Words before a rank that make "Jenderal" a street or a civil-service title, not a rank. */
const NOT_RANK_BEFORE = new Set(['jalan', 'jl', 'jln', 'direktur', 'sekretaris', 'dirjen']);
/** Words between a name and a following position: "Ipda Suharno, SH selaku Kapolsek". */
const AS_KEYS = new Set(['selaku', 'sebagai']);
/** How far (in words) the scanner looks back for a name or a position. */
const LOOK_BACK = 12;
const MAX_UNIT_WORDS = 6;

/** Unit word a position implies when only the place is written ("Kapolres Banyuasin"). */
const IMPLIED_UNIT: Partial<Record<PositionCode, string>> = {
  kapolda: 'Polda',
  wakapolda: 'Polda',
  kapolrestabes: 'Polrestabes',
  wakapolrestabes: 'Polrestabes',
  kapolresta: 'Polresta',
  wakapolresta: 'Polresta',
  'kapolres-metro': 'Polres Metro',
  kapolres: 'Polres',
  wakapolres: 'Polres',
  kapolsek: 'Polsek',
  wakapolsek: 'Polsek',
};
/** Words that open a unit, and PMJ (Polda Metro Jaya), which stands alone as one. */
const UNIT_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...UNIT_HEAD_KEYS, 'pmj']))();

function isWhitespaceGap(text: string, before: WordSpan, after: WordSpan): boolean {
  if (after.start - before.end > 8) return false;
  for (let i = before.end; i < after.start; i++) if (text[i]!.trim() !== '') return false;
  return true;
}

/** A short gap of spaces and commas, or a glued dot ("Pj.Bupati"); not a sentence end. */
function isClauseGap(text: string, before: WordSpan, after: WordSpan): boolean {
  if (!isSoftGapBetween(text, before, after)) return false;
  let dot = false;
  for (let i = before.end; i < after.start; i++) {
    const ch = text[i]!;
    if (ch === '.') dot = true;
    else if (dot && ch.trim() === '' && before.raw.length > 3) return false;
  }
  return true;
}

class Scanner {
  private readonly spans: WordList;
  constructor(private readonly text: string) {
    this.spans = wordSpans(text);
  }

  scan(limit: number): FoundOfficerMention[] {
    const mentions: FoundOfficerMention[] = [];
    const { spans } = this;
    let floor = 0;
    for (let i = 0; i < spans.length && mentions.length < limit; i++) {
      const rank = matchRankAt(this.text, spans, i);
      if (rank === undefined) continue;
      const before = spans.get(i - 1);
      if (rank.code === 'JENDERAL' && before !== undefined && NOT_RANK_BEFORE.has(before.key)) continue;
      const found = this.mentionAt(rank.code, rank.start, rank.end, floor);
      if (found === undefined) {
        i = rank.end - 1;
        continue;
      }
      mentions.push(found.mention);
      floor = found.end;
      i = found.end - 1;
    }
    return mentions;
  }

  private isStop = (index: number): boolean =>
    matchRankAt(this.text, this.spans, index) !== undefined ||
    matchPositionAt(this.text, this.spans, index) !== undefined;

  private mentionAt(
    rank: RankCode,
    rankStart: number,
    rankEnd: number,
    floor: number,
  ): { mention: FoundOfficerMention; end: number } | undefined {
    const { spans, text } = this;
    let after = rankEnd;
    // "Irjen Pol (Purn) …": the retirement mark is not part of the name.
    if (spans.get(after)?.key === 'purn') after++;
    let parts: NameParts | undefined;
    const next = spans.get(after);
    if (next !== undefined && isSoftGapBetween(text, spans.get(after - 1)!, next)) {
      parts = readNameParts(text, spans, after, this.isStop);
    } else if (
      next !== undefined &&
      spans.get(after - 1)!.key === 'purn' &&
      next.start - spans.get(after - 1)!.end <= 3
    ) {
      parts = readNameParts(text, spans, after, this.isStop);
    }
    let end = parts?.end ?? rankEnd;
    let anchor = rankStart;
    if (parts === undefined) {
      // Name before the rank: "Sofyan Hidayat, S.I.K., Kombes Pol".
      const back = this.nameBefore(rankStart, floor);
      if (back === undefined) return undefined;
      parts = back.parts;
      anchor = back.start;
      end = rankEnd;
    }
    const mention: OfficerMention = {
      rank,
      name: text.slice(parts.nameStart, parts.nameEnd),
      titles: parts.titles,
      honorifics: parts.honorifics,
      former: false,
    };
    // Where the written mention ends: its last word, and a title's closing dot ("S.I.K.").
    let endOffset = spans.get(end - 1)!.end;
    if (parts.titles.length > 0 && end === parts.end && text[endOffset] === '.') endOffset++;
    let startOffset = spans.get(anchor)!.start;
    const before = this.positionBefore(anchor, floor);
    const position = before ?? this.positionAfter(end);
    if (position !== undefined) {
      mention.position =
        position.code === undefined ? { text: position.text } : { code: position.code, text: position.text };
      mention.former = position.former;
      if (position.acting !== undefined) mention.acting = position.acting;
      const unit = position.unitText === undefined ? undefined : parseUnitMention(position.unitText);
      if (unit !== undefined) mention.unit = unit;
      if (before === undefined && position.end > end) {
        end = position.end;
        endOffset = spans.get(end - 1)!.end;
      }
      if (before !== undefined) startOffset = spans.get(before.start)!.start;
    }
    return { mention: { ...mention, start: startOffset, end: endOffset }, end };
  }

  private nameBefore(rankStart: number, floor: number): { parts: NameParts; start: number } | undefined {
    const { spans, text } = this;
    // Only "Name, Rank": without the comma the words before a rank belong to something else.
    const last = spans.get(rankStart - 1);
    if (last === undefined || !text.slice(last.end, spans.get(rankStart)!.start).includes(',')) return undefined;
    let farthest = rankStart;
    for (let k = rankStart - 1; k >= floor && k >= rankStart - LOOK_BACK; k--) {
      if (!isSoftGapBetween(text, spans.get(k)!, spans.get(k + 1)!)) break;
      farthest = k;
    }
    for (let s = farthest; s < rankStart; s++) {
      const parts = readNameParts(text, spans, s, this.isStop);
      if (parts !== undefined && parts.end === rankStart) return { parts, start: s };
    }
    return undefined;
  }

  /** Position (with its unit and prefixes) that ends right before word `anchor`. */
  private positionBefore(anchor: number, floor: number): PositionFound | undefined {
    const { spans, text } = this;
    for (let k = anchor - 1; k >= floor && k >= anchor - LOOK_BACK; k--) {
      if (!isClauseGap(text, spans.get(k)!, spans.get(k + 1)!)) return undefined;
      const match = matchPositionAt(text, spans, k);
      if (match !== undefined && match.end <= anchor) {
        let unitOk = true;
        for (let u = match.end; u < anchor; u++) {
          const span = spans.get(u)!;
          if (!(span.capitalized || /^\d+$/.test(span.key)) || CONNECTOR_KEYS.has(span.key)) {
            unitOk = false;
            break;
          }
          if (!isClauseGap(text, spans.get(u - 1)!, span)) {
            unitOk = false;
            break;
          }
        }
        if (unitOk) return this.withPrefixes(match.value, k, match.end, match.end, anchor, floor);
        return undefined;
      }
      if (!spans.get(k)!.capitalized) return undefined;
    }
    return undefined;
  }

  /** Position after a name: "AKBP Ferly Rosa Putra, SIK Kapolres Banyuasin", "… SH selaku Kapolsek". */
  private positionAfter(from: number): PositionFound | undefined {
    const { spans, text } = this;
    let k = from;
    if (k === 0 || k >= spans.length || !isClauseGap(text, spans.get(k - 1)!, spans.get(k)!)) return undefined;
    if (AS_KEYS.has(spans.get(k)!.key)) k++;
    let former = false;
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
    if (k >= spans.length || !isClauseGap(text, spans.get(k - 1)!, spans.get(k)!)) return undefined;
    const match = matchPositionAt(text, spans, k);
    if (match === undefined) return undefined;
    let unitEnd = match.end;
    while (unitEnd < spans.length && unitEnd - match.end < MAX_UNIT_WORDS) {
      const span = spans.get(unitEnd)!;
      if (!isWhitespaceGap(text, spans.get(unitEnd - 1)!, span)) break;
      if (!(span.capitalized || /^\d+$/.test(span.key))) break;
      if (CONNECTOR_KEYS.has(span.key)) break;
      if (matchRankAt(text, spans, unitEnd) !== undefined || matchPositionAt(text, spans, unitEnd) !== undefined) break;
      unitEnd++;
    }
    // A position followed by a rank opens the next mention ("…, Kapolsek Kedurang Ipda Suharno").
    const following = spans.get(unitEnd);
    if (following !== undefined && isSoftGapBetween(text, spans.get(unitEnd - 1)!, following)) {
      if (matchRankAt(text, spans, unitEnd) !== undefined) return undefined;
    }
    const found = this.describe(match.value, k, match.end, unitEnd);
    found.former = former;
    found.start = from;
    if (acting !== undefined) found.acting = acting;
    return found;
  }

  private withPrefixes(
    code: PositionCode,
    start: number,
    end: number,
    unitStart: number,
    unitEnd: number,
    floor: number,
  ): PositionFound {
    const { spans, text } = this;
    const found = this.describe(code, start, end, unitEnd, unitStart);
    let k = start;
    for (let n = 0; n < 2; n++) {
      const prev = spans.get(k - 1);
      if (prev === undefined || k - 1 < floor || !isClauseGap(text, prev, spans.get(k)!)) break;
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

  private describe(code: PositionCode, start: number, end: number, unitEnd: number, unitStart = end): PositionFound {
    const { spans, text } = this;
    const found: PositionFound = {
      code,
      text: text.slice(spans.get(start)!.start, spans.get(end - 1)!.end),
      former: false,
      start,
      end: unitEnd,
    };
    if (unitEnd > unitStart) {
      const written = text.slice(spans.get(unitStart)!.start, spans.get(unitEnd - 1)!.end);
      const first = spans.get(unitStart)!.key;
      if (code === 'kakorbinmas') {
        // "Kakorbinmas Baharkam Polri": the Korps is implied by the title.
        found.unitText = first === 'korbinmas' ? written : `Korbinmas ${written}`;
      } else {
        const implied = IMPLIED_UNIT[code];
        found.unitText = implied !== undefined && !UNIT_WORDS.has(first) ? `${implied} ${written}` : written;
      }
    } else if (end === start + 1 && code === 'kapolda' && spans.get(start)!.key.length > 'kapolda'.length) {
      // Position glued to its Polda: "Kapoldasu" = Kapolda of Poldasu (Polda Sumut).
      const glued = spans.get(start)!.raw.slice(2);
      found.unitText = glued.charAt(0).toUpperCase() + glued.slice(1);
    }
    return found;
  }
}

interface PositionFound {
  code?: PositionCode;
  text: string;
  former: boolean;
  acting?: ActingKind;
  unitText?: string;
  /** First word of the position with its prefixes ("mantan", "Plt."). */
  start: number;
  end: number;
}

/** All officer mentions of `text` in order (at most `limit`). Never throws; linear time. */
export function scanOfficerMentions(text: string, limit = Number.POSITIVE_INFINITY): FoundOfficerMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return new Scanner(text).scan(limit);
}
