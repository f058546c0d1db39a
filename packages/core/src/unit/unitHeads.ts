// Private: the words that start a unit name (territorial heads, functional unit names, Polda short
// names), indexed once from data/, and the lookup of the longest head at a word.
import {
  FUNCTIONAL_UNIT_WORDS,
  type FunctionalUnitWord,
  UNIT_FUNCTION_SPELLINGS,
  type UnitFunctionSpelling,
} from '../data/functionalUnitGrammar';
import { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
import type { PoldaRecord } from '../data/polda';
import {
  GLUED_HEADQUARTERS_PREFIXES,
  HEADQUARTERS_WORDS,
  NATIONAL_PARENT_WORDS,
  TERRITORIAL_HEADS,
  type TerritorialHeadSpelling,
} from '../data/unitHeads';
import type { FunctionalUnitKind, UnitKind } from '../data/unitKinds';
import type { UnitFunction } from '../data/vocabularyCodes';
import { placeKey } from '../region/placeKey';
import { codeUnitsOf } from '../text/codeUnits';
import { poldaIndex } from './getPolda';
import { keyPrefixes } from './unitName';
import { type HeadFilter, joinKeys, PREFIX_LETTERS, prefixCodeOf, type UnitTokens } from './unitTokens';

/** A functional unit a head names: its kind, function, display name and where it may sit. */
export interface FunctionalUnitSpec {
  kind: FunctionalUnitKind;
  function: UnitFunction;
  /** Canonical name, e.g. `'Satbinmas'`, `'Satreskrim'`. */
  name: string;
  parentKinds: readonly UnitKind[];
}

/** What a head says about the unit it starts. */
export type UnitHead =
  | { type: 'territorial'; spelling: TerritorialHeadSpelling; headquarters: boolean }
  | { type: 'functional'; unit: FunctionalUnitSpec }
  | { type: 'function'; spelling: UnitFunctionSpelling }
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

/** Letters of the keys {@link HeadTable.shortSteps} holds: a prefix code below 37⁴ is a whole key of four letters or fewer. */
const SHORT_KEY_LETTERS = 4;
const SHORT_CODE_LIMIT = 37 ** SHORT_KEY_LETTERS;

interface HeadTable {
  /**
   * Every prefix of a key → its head when it is a key, else `null`: a match stops at the first word
   * no head continues with, after one lookup a word.
   */
  steps: Map<string, number>;
  /** The head of each step by its number, `null` for a prefix that is no key. */
  stepHeads: (UnitHead | null)[];
  /**
   * 1 at `id * 37 + digit` when the step numbered `id` grows by that letter (a {@link KEY_DIGITS}
   * digit) into another step: a reader tests the next word's first letter before making its token
   * and its joined key (most words after a head's first letters continue none).
   */
  stepLetters: Uint8Array;
  /**
   * The number of each step of four letters or fewer by its key's {@link prefixCodeOf}, but for a
   * headquarters prefix or a national word: a short word's step is found without its token.
   */
  shortSteps: Map<number, number>;
  /** {@link prefixCodeOf} of every prefix (up to five letters) of every key: a word whose code is not here starts no head. */
  prefixCodes: Set<number>;
  /** 1 at the low 16 bits of every code of prefixCodes: most words are told apart here, before the set. */
  prefixCodeBits: Uint8Array;
  /** 1 at `d0 * 37 + d1` of the {@link KEY_DIGITS} of the first two letters of every key: a cheaper first test than the prefix code. */
  pairBits: Uint8Array;
  /** 1 at the {@link prefixCodeOf} of the first three letters of every key of three letters or more. */
  tripleBits: Uint8Array;
  /** Keys of the words that say "headquarters of" before a head ("Mako"). */
  headquartersWords: Set<string>;
  /** Every prefix of a headquarters key: only a first word here may join the next into one ("Markas Komando"). */
  headquartersPrefixes: Set<string>;
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
      for (const prefix of GLUED_HEADQUARTERS_PREFIXES) {
        add(`${prefix}${spelling.phrase}`, { type: 'territorial', spelling, headquarters: true });
      }
    }
  }
  for (const record of Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]) {
    const unit = { kind: record.kind, function: record.function, name: record.name, parentKinds: record.parentKinds };
    for (const alias of [record.name, ...record.aliases]) add(alias, { type: 'functional', unit });
  }
  // Unit word × function, glued or spaced: "Sat Reskrim", "Satreskrim", "Ditrektorat Samapta".
  for (const word of FUNCTIONAL_UNIT_WORDS as readonly FunctionalUnitWord[]) {
    for (const fn of UNIT_FUNCTION_SPELLINGS as readonly UnitFunctionSpelling[]) {
      if (!fn.kinds.includes(word.kind)) continue;
      const unit = functionalUnitSpec(word.kind, fn);
      for (const wordSpelling of word.spellings) {
        for (const fnSpelling of fn.spellings) add(`${wordSpelling}${fnSpelling}`, { type: 'functional', unit });
      }
    }
  }
  // A bare function ("Samapta Polres Solok"): a unit only before a unit (see recognizeFunctionalUnit).
  for (const spelling of UNIT_FUNCTION_SPELLINGS as readonly UnitFunctionSpelling[]) {
    for (const fnSpelling of spelling.spellings) add(fnSpelling, { type: 'function', spelling });
  }
  // Whole-word Polda names ("Poldasu", "PMJ", "Polda PB").
  for (const polda of new Set(poldaIndex().values())) {
    for (const shortName of polda.shortNames) add(shortName, { type: 'polda', polda });
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  const steps = new Map<string, number>();
  const stepHeads: (UnitHead | null)[] = [];
  for (const prefix of prefixes) {
    steps.set(prefix, stepHeads.length);
    stepHeads.push(byKey.get(prefix) ?? null);
  }
  const stepLetters = new Uint8Array(stepHeads.length * 37);
  for (const prefix of prefixes) {
    if (prefix.length < 2) continue;
    const digit = keyDigitOf(prefix.charCodeAt(prefix.length - 1));
    stepLetters[steps.get(prefix.slice(0, -1))! * 37 + digit] = 1;
  }
  const headquartersWords = new Set(HEADQUARTERS_WORDS.map(placeKey));
  const nationalWords = new Set(NATIONAL_PARENT_WORDS.map(placeKey));
  const prefixCodes = new Set<number>();
  for (const key of [...byKey.keys(), ...headquartersWords, ...nationalWords]) {
    for (let length = 1; length <= PREFIX_LETTERS && length <= key.length; length++)
      prefixCodes.add(prefixCodeOf(codeUnitsOf(key), 0, length));
  }
  const prefixCodeBits = new Uint8Array(1 << 16);
  for (const code of prefixCodes) prefixCodeBits[code & 0xffff] = 1;
  const tripleBits = new Uint8Array(37 * 37 * 37);
  for (const key of [...byKey.keys(), ...headquartersWords, ...nationalWords]) {
    if (key.length >= 3) tripleBits[prefixCodeOf(codeUnitsOf(key), 0, 3)] = 1;
  }
  const pairBits = new Uint8Array(37 * 37);
  for (const key of [...byKey.keys(), ...headquartersWords, ...nationalWords]) {
    const first = keyDigitOf(key.charCodeAt(0));
    const second = keyDigitOf(key.charCodeAt(1));
    if (first !== 0 && second !== 0) pairBits[first * 37 + second] = 1;
  }
  const headquartersPrefixes = keyPrefixes(headquartersWords);
  const shortSteps = new Map<number, number>();
  for (const [key, id] of steps) {
    if (key.length > SHORT_KEY_LETTERS || headquartersPrefixes.has(key) || nationalWords.has(key)) continue;
    shortSteps.set(prefixCodeOf(codeUnitsOf(key), 0, key.length), id);
  }
  table = {
    steps,
    stepHeads,
    stepLetters,
    shortSteps,
    prefixCodes,
    prefixCodeBits,
    pairBits,
    tripleBits,
    headquartersWords,
    headquartersPrefixes,
    nationalWords,
  };
  return table;
}

let specs: Map<string, FunctionalUnitSpec> | undefined;

/**
 * The functional unit of `kind` for a function: the record of FUNCTIONAL_UNITS when there is one
 * (its canonical name), else one named by the unit word and the function ("Satreskrim", "Unit Lantas").
 */
export function functionalUnitSpec(kind: FunctionalUnitKind, fn: UnitFunctionSpelling): FunctionalUnitSpec {
  specs ??= new Map();
  const id = `${kind} ${fn.function}`;
  const known = specs.get(id);
  if (known !== undefined) return known;
  const record = (Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]).find(
    (r) => r.kind === kind && r.function === fn.function,
  );
  const word = (FUNCTIONAL_UNIT_WORDS as readonly FunctionalUnitWord[]).find((w) => w.kind === kind);
  let spec: FunctionalUnitSpec;
  if (record !== undefined) {
    spec = { kind, function: fn.function, name: record.name, parentKinds: record.parentKinds };
  } else {
    const prefix = word?.display ?? '';
    // Glued as news glues it ("Satreskrim", "Roops"), but an acronym stays apart ("Ro SDM").
    const acronym = fn.display === fn.display.toUpperCase();
    const name = word?.glued === true && !acronym ? `${prefix}${fn.display.toLowerCase()}` : `${prefix} ${fn.display}`;
    const parentKinds = (kind === 'satuan' ? fn.satuanParentKinds : undefined) ?? word?.parentKinds ?? [];
    spec = { kind, function: fn.function, name: name.trim(), parentKinds };
  }
  specs.set(id, spec);
  return spec;
}

/** The words `from` … `to - 1` as written, with what stands between them ("Kep. Babel"). */
function joinRaw(tokens: UnitTokens, from: number, to: number): string {
  if (to <= from) return '';
  return tokens.text.slice(tokens.get(from)!.start, tokens.get(to - 1)!.end);
}

/**
 * Base-37 digit (as {@link prefixCodeOf} counts them) of each ASCII code unit whose `code | 32` is a
 * letter or a digit (either case), else 0: one table read tells a character and gives its digit.
 */
const KEY_DIGITS: Uint8Array = /* @__PURE__ */ (() => {
  const digits = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) digits[code] = lower - 96;
    else if (lower >= 48 && lower <= 57) digits[code] = lower - 21;
  }
  return digits;
})();

/** {@link KEY_DIGITS} of any code unit (0 past ASCII). */
function keyDigitOf(code: number): number {
  return code < 128 ? KEY_DIGITS[code]! : 0;
}

/**
 * Whether the word `text[start … end)` may start a head (any kind). Most words of an article start
 * none: they are told by their first letters, without making a token; first by two letters (one
 * table read), then three, then five. The tokenizer records the words that pass, so that a scan
 * looks at those only.
 */
export const mayStartHeadIn: HeadFilter = (units, start, end) => {
  // The table read inline: headTable's builder is too large for the optimizer to inline a call.
  const heads = table ?? headTable();
  // Each of the first three characters read once, as its digit (a call a word cost more than the test).
  if (end - start >= 2) {
    const a = keyDigitOf(units[start]!);
    const b = keyDigitOf(units[start + 1]!);
    // Two letters or digits, not one doubled (a run counts once in a key).
    if (a !== 0 && b !== 0 && a !== b) {
      const pair = a * 37 + b;
      if (heads.pairBits[pair] === 0) return false;
      // Three plain letters, no two alike in a row, open the word's key as written: one table read
      // tells most words that pass the pair ("pemerintah", "masyarakat") before the five-letter code.
      if (end - start >= 3) {
        const c = keyDigitOf(units[start + 2]!);
        if (c !== 0 && c !== b && heads.tripleBits[pair * 37 + c] === 0) return false;
      }
    }
  }
  const code = prefixCodeOf(units, start, end);
  return code < 0 || (heads.prefixCodeBits[code & 0xffff] !== 0 && heads.prefixCodes.has(code));
};

/**
 * The longest head starting at word `at`, or `undefined`. With `allowNational`, the bare word
 * "Polri" reads as Mabes Polri (only as the parent at the end of a chain). A headquarters word
 * ("Mako Polres …") before a territorial head is part of the match and marks the headquarters.
 */
export function matchHead(tokens: UnitTokens, at: number, allowNational = false): HeadMatch | undefined {
  if (!(at >= 0 && at < tokens.length)) return undefined;
  if (!tokens.passes(at, mayStartHeadIn)) return undefined;
  if (startsNoHead(tokens, at)) return undefined;
  // Read inline, as in mayStartHeadIn: headTable's builder is never optimized, and a call a word cost.
  const { nationalWords, headquartersWords, headquartersPrefixes } = table ?? headTable();
  const first = tokens.get(at)!;
  if (allowNational && nationalWords.has(first.key) && matchAt(tokens, at) === undefined) {
    return { head: { type: 'national' }, start: at, next: at + 1, raw: first.raw };
  }
  const headEnd = headquartersEnd(tokens, at, headquartersWords, headquartersPrefixes);
  if (headEnd !== -1) {
    const after = tokens.get(headEnd);
    if (after !== undefined && !after.stop && !after.open && !after.close) {
      const inner = matchAt(tokens, headEnd);
      if (inner !== undefined && inner.head.type === 'territorial') {
        return withHeadquarters(inner, at);
      }
    }
  }
  return matchAt(tokens, at);
}

/**
 * Whether a short word starts no head, told without making its token or any key: a word of four
 * letters or fewer whose key is a step that is no head ("di", the start of "dit…") and whose next
 * word does not continue it (most do not). `false` when unsure.
 */
function startsNoHead(tokens: UnitTokens, at: number): boolean {
  const { shortSteps, stepHeads, stepLetters } = table ?? headTable();
  const code = tokens.prefixCodeAt(at);
  if (!(code > 0 && code < SHORT_CODE_LIMIT)) return false;
  const step = shortSteps.get(code);
  if (step === undefined || stepHeads[step] !== null) return false;
  const next = at + 1;
  if (next >= tokens.length || !tokens.joinsPrevious(next)) return true;
  // The key's last letter, from the last base-37 digit of its code.
  const lastDigit = code % 37;
  const digit = tokens.keyDigitAfter(next, lastDigit <= 26 ? lastDigit + 96 : lastDigit + 21);
  return digit !== 0 && stepLetters[step * 37 + digit] === 0;
}

/** The word after a headquarters word at `at` ("Mako", or the two words "Markas Komando"), or -1. */
function headquartersEnd(
  tokens: UnitTokens,
  at: number,
  headquartersWords: Set<string>,
  headquartersPrefixes: Set<string>,
): number {
  const first = tokens.get(at)!;
  // Most first words start no headquarters key: the next word's token is not made for them (an
  // empty key, a word of no a–z/0–9, joins the next word's whole key).
  if (first.key !== '' && !headquartersPrefixes.has(first.key)) return -1;
  const second = tokens.get(at + 1);
  if (second !== undefined && !second.stop && !second.open && !second.close) {
    if (headquartersWords.has(first.key + second.key)) return at + 2;
  }
  return headquartersWords.has(first.key) ? at + 1 : -1;
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
  const { steps, stepHeads, stepLetters } = table ?? headTable();
  let key = '';
  let step = -1;
  let best: HeadMatch | undefined;
  for (let length = 1; length <= MAX_HEAD_WORDS && at + length <= tokens.length; length++) {
    const index = at + length - 1;
    if (length > 1) {
      if (!tokens.joinsPrevious(index)) break;
      // The letter the next word adds, tested before its token and the joined key are made.
      const digit = tokens.keyDigitAfter(index, key.charCodeAt(key.length - 1));
      if (digit !== 0 && stepLetters[step * 37 + digit] === 0) break;
    }
    const token = tokens.get(index)!;
    key = length === 1 ? token.key : joinKeys(key, token.key);
    const id = steps.get(key);
    // A key only grows at its end, so a key no head starts with cannot grow into one.
    if (id === undefined) break;
    step = id;
    const head = stepHeads[id] as UnitHead | null;
    if (head !== null) {
      const found: HeadMatch = { head, start: at, next: at + length, raw: joinRaw(tokens, at, at + length) };
      if (best !== undefined) found.shorter = best;
      best = found;
    }
  }
  return best;
}

/** Whether a head starts at word `at` (any kind). */
export function isHeadAt(tokens: UnitTokens, at: number): boolean {
  return matchHead(tokens, at) !== undefined;
}

export { joinRaw };
