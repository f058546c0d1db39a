// Private: reads "[honorifics/pre-nominal titles] Name [, post-nominal titles]" from a word of a
// tokenised text. Used by the officer-mention parser and splitNameAndTitles. Bounded work.
import type { WordList, WordSpan } from '../text/wordSpans';
import { isSoftGapBetween } from '../text/wordSpans';
import { matchTitleAt } from './titleIndex';

/** Abbreviated first names that end in a dot and continue the name ("Moh. Ridwan"). */
const ABBREVIATED_NAMES = new Set([
  'moh',
  'muh',
  'mhd',
  'moch',
  'much',
  'muhd',
  'mohd',
  'abd',
  'ach',
  'md',
  'sy',
  'st',
]);

/** Lower-case words that may sit inside a name ("Ahmad bin Said"). */
const NAME_PARTICLES = new Set(['bin', 'binti']);

/** Connectors, prefixes and weekdays: they end a name and a unit name alike. */
export const CONNECTOR_KEYS: ReadonlySet<string> = new Set([
  'melalui',
  'melakui',
  'didampingi',
  'diwakili',
  'bersama',
  'beserta',
  'selaku',
  'sebagai',
  'dan',
  'serta',
  'mantan',
  'eks',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
  'minggu',
  'ahad',
]);

/** Words that open a unit ("Polres", "Mapolsek", "Baharkam"): a name stops at them. */
export const UNIT_HEAD_KEYS: ReadonlySet<string> = new Set([
  'polri',
  'polda',
  'polres',
  'polresta',
  'polrestabes',
  'polsek',
  'polsekta',
  'polsubsektor',
  'mapolda',
  'mapolres',
  'mapolresta',
  'mapolrestabes',
  'mapolsek',
  'mabes',
  'baharkam',
]);

/**
 * Words that end a name: the rank suffixes (`Pol`, `Polisi`, `Purn`), the connectors and weekdays,
 * and words that open a unit.
 */
// A pure IIFE: a spread inside `new Set([...])` counts as a side effect to bundlers, which would
// then keep this table in bundles that never read it.
export const NAME_STOP_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([
    'pol',
    'polisi',
    'purn',
    ...CONNECTOR_KEYS,
    ...UNIT_HEAD_KEYS,
    'ditbinmas',
    'satbinmas',
    'bidhumas',
    'korbinmas',
  ]))();

const MAX_NAME_WORDS = 8;
const MAX_TITLES = 10;

/** What {@link readNameParts} found. Offsets are into the text; `end` is a word index. */
export interface NameParts {
  honorifics: string[];
  titles: string[];
  /** Offset of the name's first character. */
  nameStart: number;
  /** Offset after the name's last character. */
  nameEnd: number;
  /** Index of the first word after the name and its titles. */
  end: number;
}

function nameGapOk(text: string, before: WordSpan, after: WordSpan): boolean {
  if (after.start - before.end > 3) return false;
  let dot = false;
  let spaceAfterDot = false;
  for (let i = before.end; i < after.start; i++) {
    const ch = text[i]!;
    if (ch === '.') dot = true;
    else if (ch.trim() === '') {
      if (dot) spaceAfterDot = true;
    } else return false;
  }
  // "Tarmudi. Kegiatan" ends a sentence; "A. R.", "Moh. Ridwan" and glued "TP.MARBUN" do not.
  if (spaceAfterDot) return before.raw.length === 1 || ABBREVIATED_NAMES.has(before.key);
  return true;
}

/**
 * Reads a person's name starting at word `start`. `isStop(i)` tells whether word `i` starts
 * something that cannot be part of a name (a rank, a position). With `requireCapitals` every
 * name word except particles must start with a capital letter.
 */
export function readNameParts(
  text: string,
  spans: WordList,
  start: number,
  isStop: (index: number) => boolean,
  requireCapitals = true,
): NameParts | undefined {
  const honorifics: string[] = [];
  const titles: string[] = [];
  let i = start;
  // Pre-nominal honorifics and titles: "H.", "Hj.", "K.H.", "Dr.", "Prof.", "Drs." (at most 4).
  for (let n = 0; n < 4 && i < spans.length; n++) {
    if (i > start && !isSoftGapBetween(text, spans.get(i - 1)!, spans.get(i)!)) break;
    const match = matchTitleAt(text, spans, i);
    if (match === undefined || match.entry.placement !== 'before') break;
    const next = spans.get(match.end);
    if (next === undefined || !next.capitalized || !isSoftGapBetween(text, spans.get(match.end - 1)!, next)) break;
    (match.entry.kind === 'honorific' ? honorifics : titles).push(match.entry.canonical);
    i = match.end;
  }
  const first = i;
  let count = 0;
  while (i < spans.length && count < MAX_NAME_WORDS) {
    const span = spans.get(i)!;
    if (NAME_STOP_KEYS.has(span.key) || isStop(i)) break;
    if (count > 0 && !nameGapOk(text, spans.get(i - 1)!, span)) break;
    const title = matchTitleAt(text, spans, i);
    if (title !== undefined && title.entry.placement === 'after') break;
    const isParticle = count > 0 && NAME_PARTICLES.has(span.key);
    if (requireCapitals && !span.capitalized && !isParticle) break;
    if (/^\d+$/.test(span.key)) break;
    count++;
    i++;
  }
  if (count === 0) return undefined;
  // A trailing particle is not part of the name.
  while (i - 1 > first && NAME_PARTICLES.has(spans.get(i - 1)!.key)) i--;
  const nameStart = spans.get(first)!.start;
  const nameEnd = spans.get(i - 1)!.end;
  while (i < spans.length && titles.length < MAX_TITLES) {
    if (!isSoftGapBetween(text, spans.get(i - 1)!, spans.get(i)!)) break;
    const title = matchTitleAt(text, spans, i);
    if (title === undefined || title.entry.placement !== 'after') break;
    titles.push(title.entry.canonical);
    i = title.end;
  }
  return { honorifics, titles, nameStart, nameEnd, end: i };
}
