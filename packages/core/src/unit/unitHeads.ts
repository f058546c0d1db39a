// Private: the words that start a unit name (territorial heads, functional unit names, Polda short
// names), indexed once from data/, and the lookup of the longest head at a word.
import { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
import type { PoldaRecord } from '../data/polda';
import {
  GLUED_HEADQUARTERS_PREFIX,
  HEADQUARTERS_WORDS,
  NATIONAL_PARENT_WORDS,
  TERRITORIAL_HEADS,
  type TerritorialHeadSpelling,
} from '../data/unitHeads';
import { placeKey } from '../region/placeKey';
import { poldaIndex } from './getPolda';
import type { UnitTokens } from './unitTokens';

/** What a head says about the unit it starts. */
export type UnitHead =
  | { type: 'territorial'; spelling: TerritorialHeadSpelling; headquarters: boolean }
  | { type: 'functional'; record: FunctionalUnitRecord }
  | { type: 'polda'; polda: PoldaRecord }
  | { type: 'national' };

/** A head found at a word. */
export interface HeadMatch {
  head: UnitHead;
  /** Index of the first head word (after a headquarters word such as "Mako"). */
  start: number;
  /** Index after the head words. */
  next: number;
  /** The head words as written. */
  raw: string;
  /** The next shorter head at the same word ("Polres" inside "Polres Metro"), if any. */
  shorter?: HeadMatch;
}

const MAX_HEAD_WORDS = 7;

interface HeadTable {
  byKey: Map<string, UnitHead>;
  /** Every prefix of a key, so that a match stops at the first word no head continues with. */
  prefixes: Set<string>;
  /** Keys of the words that say "headquarters of" before a head ("Mako"). */
  headquartersWords: Set<string>;
  nationalWords: Set<string>;
}

let table: HeadTable | undefined;

function headTable(): HeadTable {
  if (table !== undefined) return table;
  const byKey = new Map<string, UnitHead>();
  const add = (phrase: string, head: UnitHead) => {
    const key = placeKey(phrase);
    if (key !== '' && !byKey.has(key)) byKey.set(key, head);
  };
  for (const spelling of TERRITORIAL_HEADS as readonly TerritorialHeadSpelling[]) {
    add(spelling.phrase, { type: 'territorial', spelling, headquarters: false });
    if (spelling.gluedHeadquarters === true) {
      add(`${GLUED_HEADQUARTERS_PREFIX}${spelling.phrase}`, { type: 'territorial', spelling, headquarters: true });
    }
  }
  for (const record of Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]) {
    for (const alias of [record.name, ...record.aliases]) add(alias, { type: 'functional', record });
  }
  // Whole-word Polda names ("Poldasu", "PMJ", "Polda PB").
  for (const polda of new Set(poldaIndex().values())) {
    for (const shortName of polda.shortNames) add(shortName, { type: 'polda', polda });
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  table = {
    byKey,
    prefixes,
    headquartersWords: new Set(HEADQUARTERS_WORDS.map(placeKey)),
    nationalWords: new Set(NATIONAL_PARENT_WORDS.map(placeKey)),
  };
  return table;
}

function joinRaw(tokens: UnitTokens, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? ' ' : '') + tokens.get(i)!.raw;
  return out;
}

/**
 * The longest head starting at word `at`, or `undefined`. With `allowNational`, the bare word
 * "Polri" reads as Mabes Polri (only as the parent at the end of a chain). A headquarters word
 * ("Mako Polres …") before a territorial head is part of the match and marks the headquarters.
 */
export function matchHead(tokens: UnitTokens, at: number, allowNational = false): HeadMatch | undefined {
  const first = tokens.get(at);
  if (first === undefined) return undefined;
  const { nationalWords, headquartersWords } = headTable();
  if (allowNational && nationalWords.has(first.key) && matchAt(tokens, at) === undefined) {
    return { head: { type: 'national' }, start: at, next: at + 1, raw: first.raw };
  }
  if (headquartersWords.has(first.key)) {
    const after = tokens.get(at + 1);
    if (after !== undefined && !after.stop && !after.open && !after.close) {
      const inner = matchAt(tokens, at + 1);
      if (inner !== undefined && inner.head.type === 'territorial') {
        return withHeadquarters(inner, at);
      }
    }
  }
  return matchAt(tokens, at);
}

function withHeadquarters(match: HeadMatch, at: number): HeadMatch {
  const head = match.head as Extract<UnitHead, { type: 'territorial' }>;
  return {
    ...match,
    head: { ...head, headquarters: true },
    start: at,
    ...(match.shorter === undefined ? {} : { shorter: withHeadquarters(match.shorter, at) }),
  };
}

/** Cached per word: the name readers ask again about the words they pass. */
function matchAt(tokens: UnitTokens, at: number): HeadMatch | undefined {
  const first = tokens.get(at)!;
  if (first.head === undefined) first.head = findHead(tokens, at) ?? null;
  return (first.head as HeadMatch | null) ?? undefined;
}

function findHead(tokens: UnitTokens, at: number): HeadMatch | undefined {
  const { byKey, prefixes } = headTable();
  let key = '';
  let best: HeadMatch | undefined;
  for (let length = 1; length <= MAX_HEAD_WORDS && at + length <= tokens.length; length++) {
    const token = tokens.get(at + length - 1)!;
    if (length > 1 && (token.stop || token.open || token.close)) break;
    key = length === 1 ? token.key : placeKey(`${key}${token.key}`);
    const head = byKey.get(key);
    if (head !== undefined) {
      best = {
        head,
        start: at,
        next: at + length,
        raw: joinRaw(tokens, at, at + length),
        ...(best === undefined ? {} : { shorter: best }),
      };
    }
    // placeKey only appends to a key on the next word (or respells a "sumatra" it ends in), so a
    // key no head starts with cannot grow into one.
    if (!prefixes.has(key) && !key.includes('sumatr')) break;
  }
  return best;
}

/** Whether a head starts at word `at` (any kind). */
export function isHeadAt(tokens: UnitTokens, at: number): boolean {
  return matchHead(tokens, at) !== undefined;
}

export { joinRaw };
