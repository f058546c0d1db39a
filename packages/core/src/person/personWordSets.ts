// Private: the person word lists of data/personWords.ts as key sets, built once.
import {
  ABBREVIATED_NAMES,
  AS_WORDS,
  FORMER_WORDS,
  MILITARY_RANK_MARKS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEW_HOLDER_QUALIFIERS,
  NOT_RANK_BEFORE_JENDERAL,
  PREVIOUSLY_WORDS,
  RANK_SUFFIX_WORDS,
  REPRESENTING_WORDS,
  RETIRED_WORDS,
  UNIT_OPENING_WORDS,
} from '../data/personWords';
import { collapseRepeats, type WordList } from '../text/wordSpans';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Connectors and weekdays: they end a name and a unit name alike. */
export const CONNECTOR_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(NAME_CONNECTORS);
export const AS_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(AS_WORDS);
export const FORMER_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(FORMER_WORDS);
export const PREVIOUSLY_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(PREVIOUSLY_WORDS);
export const MILITARY_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(MILITARY_RANK_MARKS);
export const REPRESENTING_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(REPRESENTING_WORDS);
export const RETIRED_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(RETIRED_WORDS);
export const RANK_SUFFIX_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(RANK_SUFFIX_WORDS);
export const PARTICLE_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(NAME_PARTICLES);
export const ABBREVIATED_NAME_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(ABBREVIATED_NAMES);
export const NOT_RANK_BEFORE_JENDERAL_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(NOT_RANK_BEFORE_JENDERAL);
const UNIT_OPENING_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(UNIT_OPENING_WORDS);

/** Whether a word opens a unit, its doubled-letter typos included (`Pollres`, `Poolres`). */
export function isUnitOpeningKey(key: string): boolean {
  if (UNIT_OPENING_KEYS.has(key)) return true;
  // Most keys have no letter written twice in a row: collapsing them would give the key again.
  for (let i = 1; i < key.length; i++) {
    if (key.charCodeAt(i) === key.charCodeAt(i - 1)) return UNIT_OPENING_KEYS.has(collapseRepeats(key));
  }
  return false;
}

/** The keys {@link isNameStopKey} looks up, in one set: one lookup a name word, not four. */
const NAME_STOP_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([...NAME_CONNECTORS, ...RETIRED_WORDS, ...RANK_SUFFIX_WORDS, ...UNIT_OPENING_WORDS]))();

/** Words that end a name: rank suffixes, retirement marks, connectors, weekdays and unit words. */
export function isNameStopKey(key: string): boolean {
  return NAME_STOP_KEYS.has(key) || isUnitOpeningKey(key);
}

const NEW_HOLDER_QUALIFIER_KEYS: ReadonlySet<string> = /* @__PURE__ */ set(NEW_HOLDER_QUALIFIERS);

/** Whether words `k` and `k + 1` are a new holder's qualifier ("yang baru") of the position before. */
export function isNewHolderQualifierAt(spans: WordList, k: number): boolean {
  const first = spans.get(k);
  const second = spans.get(k + 1);
  return first !== undefined && second !== undefined && NEW_HOLDER_QUALIFIER_KEYS.has(`${first.key} ${second.key}`);
}
