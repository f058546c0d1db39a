// Private recognizer: "[honorifics/pre-nominal titles] Name [, post-nominal titles]" at a word of a
// tokenised text. Used by the officer recognizer and splitNameAndTitles. Bounded work.
import { MAX_INITIALS_LENGTH } from '../data/personWords';
import { GAP, isSoftGap, type WordList, type WordSpan } from '../text/wordSpans';
import { ABBREVIATED_NAME_KEYS, isNameStopKey, PARTICLE_KEYS } from './personWordSets';
import { closingDotAfter, matchTitleAt, readTitlesAfter } from './titlesAt';

/** What {@link readName} found. Offsets are into the text; `end` is a word index. */
export interface NameParts {
  honorifics: string[];
  titles: string[];
  /** Offset of the name's first character. */
  nameStart: number;
  /** Offset after the name's last character (an initial's dot included: "Ardana D."). */
  nameEnd: number;
  /** Index of the first word after the name and its titles. */
  end: number;
  /** Offset after the last character of the name and its titles (a closing dot included). */
  endOffset: number;
}

const MAX_NAME_WORDS = 8;
const MAX_PREFIXES = 4;
/** Only spaces and dots, at most this long, may sit between two words of a name. */
const MAX_NAME_GAP = 3;
const NAME_GAP_MASK = GAP.SPACE | GAP.DOT | GAP.DOT_SPACE;

/** Initials: one capital letter, or a short all-capital word ("AR", "HP"), or "Moh"/"Abd" …. */
function isInitial(span: WordSpan): boolean {
  if (ABBREVIATED_NAME_KEYS.has(span.key)) return true;
  const { raw } = span;
  if (raw.length > MAX_INITIALS_LENGTH || !span.capitalized) return false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === ch.toLowerCase()) return false;
  }
  return true;
}

function nameGapOk(text: string, spans: WordList, index: number, before: WordSpan): boolean {
  const gap = spans.gapBefore(index);
  const start = spans.startAt(index);
  if ((gap & ~NAME_GAP_MASK) !== 0 || start - before.end > MAX_NAME_GAP) return false;
  // A name ends with its line: a page's byline or caption starts the next one ("… ungkap Akp
  // Sosmedya⏎Humas Polda Sumbar"), though a line break elsewhere counts as a space.
  for (let i = before.end; i < start; i++) if (text.charCodeAt(i) === 10) return false;
  // "Tarmudi. Kegiatan" ends a sentence; "A. R.", "AR. Tinambunan", "Moh. Ridwan" and glued
  // "TP.MARBUN" do not, nor a stray dot before initials ("Satrya Perdana. P. T. Binti").
  if ((gap & GAP.DOT_SPACE) !== 0) return isInitial(before) || initialsFollow(spans, index);
  return true;
}

/**
 * Whether word `index` is a one-letter initial with its dot and a capitalised word after it ("P. T.
 * Binti"): a sentence does not open so, a name goes on.
 */
function initialsFollow(spans: WordList, index: number): boolean {
  const span = spans.get(index);
  const next = spans.get(index + 1);
  if (span === undefined || next === undefined || span.raw.length !== 1 || !span.capitalized) return false;
  const gap = spans.gapBefore(index + 1);
  return (gap & (GAP.DOT | GAP.DOT_SPACE)) !== 0 && (gap & ~NAME_GAP_MASK) === 0 && next.capitalized;
}

/**
 * Reads a person's name starting at word `start`. `isStop(i)` tells whether word `i` starts
 * something that cannot be part of a name (a rank, a position). With `requireCapitals` every
 * name word except particles must start with a capital letter.
 */
export function readName(
  text: string,
  spans: WordList,
  start: number,
  isStop: (index: number) => boolean,
  requireCapitals = true,
): NameParts | undefined {
  const honorifics: string[] = [];
  const titles: string[] = [];
  let i = start;
  // Pre-nominal honorifics and titles: "H.", "Hj.", "K.H.", "Dr.", "Prof.", "Drs.".
  for (let n = 0; n < MAX_PREFIXES && i < spans.length; n++) {
    if (i > start && !isSoftGap(spans.gapBefore(i))) break;
    const match = matchTitleAt(text, spans, i);
    if (match === undefined || match.entry.placement !== 'before') break;
    const next = spans.get(match.end);
    if (next === undefined || !next.capitalized || !isSoftGap(spans.gapBefore(match.end))) break;
    (match.entry.kind === 'honorific' ? honorifics : titles).push(match.entry.canonical);
    i = match.end;
  }
  const first = i;
  let count = 0;
  while (i < spans.length && count < MAX_NAME_WORDS) {
    const span = spans.get(i)!;
    if (isNameStopKey(span.key) || isStop(i)) break;
    if (count > 0 && !nameGapOk(text, spans, i, spans.get(i - 1)!)) break;
    const title = matchTitleAt(text, spans, i);
    // "St. Aminah": an abbreviated first name, though "S.T." after a name is a title.
    if (
      title !== undefined &&
      title.entry.placement === 'after' &&
      !(count === 0 && ABBREVIATED_NAME_KEYS.has(span.key))
    ) {
      break;
    }
    const isParticle = count > 0 && PARTICLE_KEYS.has(span.key);
    if (requireCapitals && !span.capitalized && !isParticle) break;
    if (isDigits(span.key)) break;
    count++;
    i++;
  }
  if (count === 0) return undefined;
  // A trailing particle is not part of the name; written with a capital it is a name ("P.T. Binti").
  while (i - 1 > first && PARTICLE_KEYS.has(spans.get(i - 1)!.key) && !spans.get(i - 1)!.capitalized) i--;
  const last = spans.get(i - 1)!;
  let nameEnd = last.end;
  // "Rico Surya Ardana D.", "FAISAL RAHMAT HS.,S.I.K.": an initial keeps its dot.
  if (i - 1 > first && isInitial(last) && text.charCodeAt(nameEnd) === 46) nameEnd++;
  const after = readTitlesAfter(text, spans, i);
  titles.push(...after.titles);
  let endOffset = nameEnd;
  if (after.titles.length > 0) {
    endOffset = spans.endAt(after.end - 1);
    if (closingDotAfter(text, spans, after.end)) endOffset++;
  }
  return { honorifics, titles, nameStart: spans.get(first)!.start, nameEnd, end: after.end, endOffset };
}

function isDigits(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return key.length > 0;
}
