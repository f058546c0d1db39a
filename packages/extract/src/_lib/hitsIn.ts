import { codeUnitsOf, type TextSpan } from '@kamtibmas/core';
import { type ArticleText, spanIndexAt } from './ArticleText';
import { findPhrases, longestFirst, type PhraseHit } from './findPhrases';
import { isWordCharAt, isWordCode, wordCodeTable } from './foldCase';

// Every decision asks about the same word lists in many small windows. Each list is compiled once
// (phrases by their first word) into one index of every list's first words; an article's words are
// read once against that index, which files each list's hits. So an article costs one map lookup per
// word, however many lists there are; windows are cut from the hits by binary search.

interface Compiled {
  /** Position of the list in the shared index (its hits' slot in an article's scan). */
  readonly slot: number;
  /** Phrases that do not start with a word character, matched the slow way. */
  readonly other: string[];
}

/** A phrase of the index, with what the scan asks of it at every match worked out once. */
interface IndexedPhrase {
  /** Its list's slot. */
  readonly slot: number;
  readonly phrase: string;
  /** Its first two code units after the first word, -1 past its end: compared as numbers with the
   * two the text has after the word, they set aside most phrases of a common first word ("ketua"
   * opens two dozen) before any is compared whole. */
  readonly next1: number;
  readonly next2: number;
  /** Whether it ends with a word character (then it must not run on into a word of the text). */
  readonly endsInWord: boolean;
}

/** Lists are module constants (their identity is the key); past this many, a list is not indexed
 * but matched alone, so a caller that builds a list per call cannot grow the index without end. */
const MAX_INDEXED_LISTS = 256;

/** Number of distinct {@link wordHash} values: some ten times the first words of all lists (a few
 * hundred), and a table small enough to stay in the processor's nearest cache between articles. */
const HASHES = 1 << 12;
/** FNV-1a's offset basis as a 32-bit signed integer (`| 0`): written as it is, it is a number
 * past 2³¹, which optimised code keeps as a float and converts at every step of the hash. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/** One character's step of the hash (FNV-1a; the scan writes it out). */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function hashEnd(hash: number): number {
  return (hash ^ (hash >>> 12) ^ (hash >>> 24)) & (HASHES - 1);
}

/** A 12-bit hash of `text[start … end)`, as the scan computes it for each word it reads. */
function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hashEnd(hash);
}

const COMPILED = new WeakMap<readonly string[], Compiled>();

/** A first word and the phrases of every list starting with it: by list (in the order the lists
 * were compiled, so by slot), longest first within a list. */
interface FirstWord {
  readonly word: string;
  readonly phrases: IndexedPhrase[];
}
/** First words by their {@link wordHash} (a bucket at each hash of a first word, a hole elsewhere):
 * an article's word is looked up by the hash the scan computed as it read it, and compared in place
 * — no string is made for it; most words start no phrase of any list and are passed over by this one
 * read. */
const BY_FIRST_WORD_HASH: (FirstWord[] | undefined)[] = new Array(HASHES);

function firstWordPhrases(word: string): IndexedPhrase[] {
  const hash = wordHash(word, 0, word.length);
  let bucket = BY_FIRST_WORD_HASH[hash];
  if (bucket === undefined) {
    bucket = [];
    BY_FIRST_WORD_HASH[hash] = bucket;
  }
  let first = bucket.find((candidate) => candidate.word === word);
  if (first === undefined) {
    first = { word, phrases: [] };
    bucket.push(first);
  }
  return first.phrases;
}
let indexedLists = 0;

/** An article's scan: the hits of every list indexed when it ran, by slot, and the lists asked for
 * (an indexed list's by its slot, another's by its identity). */
interface Scan {
  readonly lists: number;
  /** A list's hits; none for a list without any (most lists, in most articles). */
  readonly hits: (PhraseHit[] | undefined)[];
  readonly results: (PhraseHit[] | undefined)[];
  readonly otherResults: Map<readonly string[], PhraseHit[]>;
}
const SCANS = new WeakMap<ArticleText, Scan>();
// The article being read, and its scan: the decisions ask about one article some seventy times in
// a row, each time for the scan (a weak map's lookup, kept for the articles read in turn).
let lastArticle: ArticleText | undefined;
let lastScan: Scan | undefined;

function firstWordOf(phrase: string): string {
  let end = 0;
  while (end < phrase.length && isWordCharAt(phrase, end)) end++;
  return phrase.slice(0, end);
}

function compile(list: readonly string[]): Compiled {
  let compiled = COMPILED.get(list);
  if (compiled !== undefined) return compiled;
  const byFirst = new Map<string, string[]>();
  const other: string[] = [];
  for (const phrase of list) {
    if (phrase.length === 0) continue;
    if (!isWordCharAt(phrase, 0)) other.push(phrase);
    else {
      const first = firstWordOf(phrase);
      const phrases = byFirst.get(first) ?? [];
      phrases.push(phrase);
      byFirst.set(first, phrases);
    }
  }
  const slot = indexedLists < MAX_INDEXED_LISTS ? indexedLists++ : -1;
  for (const [first, phrases] of byFirst) {
    phrases.sort((a, b) => b.length - a.length);
    const indexed = firstWordPhrases(first);
    for (const phrase of phrases) {
      const after = first.length;
      indexed.push({
        slot,
        phrase,
        next1: after < phrase.length ? phrase.charCodeAt(after) : -1,
        next2: after + 1 < phrase.length ? phrase.charCodeAt(after + 1) : -1,
        endsInWord: isWordCharAt(phrase, phrase.length - 1),
      });
    }
  }
  compiled = { slot, other };
  COMPILED.set(list, compiled);
  return compiled;
}

/** Reads the article's words once against the index: each indexed list's whole-word hits, by slot,
 * in text order (at one start, the list's longest phrase there). */
function scan(article: ArticleText, slots: number): Scan {
  const { folded } = article;
  const hits: (PhraseHit[] | undefined)[] = [];
  const length = folded.length;
  const wordCodes = wordCodeTable();
  // Every character is read here: from a typed array (see core's codeUnitsOf), not the string.
  const units = codeUnitsOf(folded);
  let i = 0;
  while (i < length) {
    let code = units[i]!;
    // A lower-case ASCII letter (most characters of a folded text) is a word character without
    // reading the table. The loops below write their constants out: optimised code reads a module's
    // constant from its context and checks it at every character, and calls nothing that would.
    if (code < 97 || code > 122) {
      const known = wordCodes[code];
      if (known !== 1 && (known === 2 || !isWordCode(code))) {
        i++;
        continue;
      }
    }
    const start = i;
    // hashStep and FNV_OFFSET, written out.
    let hash = 0x811c9dc5 | 0;
    word: for (;;) {
      // This loop calls nothing (a code not yet in the table is asked about outside it), so
      // optimised code keeps its state in registers (some 5,000 instructions an article).
      let known: number;
      for (;;) {
        hash = Math.imul(hash ^ code, 0x01000193);
        if (++i === length) break word;
        code = units[i]!;
        if (code >= 97 && code <= 122) continue;
        known = wordCodes[code]!;
        if (known !== 1) break;
      }
      if (known === 2 || !isWordCode(code)) break;
    }
    const bucket = BY_FIRST_WORD_HASH[hashEnd(hash)];
    if (bucket === undefined) continue;
    const phrases = phrasesAt(bucket, units, start, i);
    if (phrases === undefined) continue;
    // The two units after the word (none past the text's end).
    const after1 = i < length ? units[i]! : -2;
    const after2 = i + 1 < length ? units[i + 1]! : -2;
    let found = -1;
    for (let p = 0; p < phrases.length; p++) {
      const { slot, phrase, next1, next2, endsInWord } = phrases[p]!;
      // A list's longest phrase here is its hit; its shorter ones are passed over.
      if (slot === found || slot < 0 || slot >= slots) continue;
      // Every phrase here begins with the word read: one of its length is that word; a longer one
      // goes on with the two units after it and is then compared to its end.
      const end = start + phrase.length;
      if (next1 !== -1) {
        if (next1 !== after1 || (next2 !== -1 && next2 !== after2) || end > length) continue;
        let k = i - start + 2;
        while (k < phrase.length && phrase.charCodeAt(k) === units[start + k]) k++;
        if (k < phrase.length) continue;
      }
      if (endsInWord && end < length && isWordCode(units[end]!)) continue;
      const listHits = hits[slot];
      if (listHits === undefined) hits[slot] = [{ phrase, start, end }];
      else listHits.push({ phrase, start, end });
      found = slot;
    }
  }
  return { lists: slots, hits, results: [], otherResults: new Map() };
}

/** The phrases of the bucket's first word written at `units[start … end)`. */
function phrasesAt(
  bucket: readonly FirstWord[],
  units: Uint16Array,
  start: number,
  end: number,
): IndexedPhrase[] | undefined {
  for (let b = 0; b < bucket.length; b++) {
    const { word, phrases } = bucket[b]!;
    if (word.length !== end - start) continue;
    let k = 0;
    while (k < word.length && word.charCodeAt(k) === units[start + k]) k++;
    if (k === word.length) return phrases;
  }
  return undefined;
}

function allHits<T extends string>(article: ArticleText, list: readonly T[]): PhraseHit<T>[] {
  const { slot, other } = compile(list);
  let articleScan = article === lastArticle ? lastScan : SCANS.get(article);
  if (articleScan === undefined) {
    articleScan = scan(article, indexedLists);
    SCANS.set(article, articleScan);
  }
  lastArticle = article;
  lastScan = articleScan;
  const cached = slot >= 0 ? articleScan.results[slot] : articleScan.otherResults.get(list);
  if (cached !== undefined) return cached as PhraseHit<T>[];
  // A list first compiled after this article's scan (the first articles read) is matched alone.
  const scanned = ((slot >= 0 && slot < articleScan.lists
    ? articleScan.hits[slot]
    : scan(article, slot + 1).hits[slot]) ?? []) as PhraseHit<T>[];
  let result: PhraseHit<T>[];
  // The scan finds a list's hits in text order, one per start: only overlaps are left to drop.
  if (slot >= 0 && other.length === 0) result = keptHits(scanned, article.lines);
  else {
    const hits = [...scanned];
    if (slot < 0)
      hits.push(
        ...findPhrases(
          article.folded,
          list.filter((phrase) => isWordCharAt(phrase, 0)),
        ),
      );
    if (other.length > 0) hits.push(...findPhrases(article.folded, other as T[]));
    result = keptHits(longestFirst(hits), article.lines);
  }
  if (slot >= 0) articleScan.results[slot] = result;
  else articleScan.otherResults.set(list, result);
  return result;
}

/**
 * Hits in text order without those starting inside the one kept before (as `withoutOverlaps` drops them)
 * and, when the article has lines, those outside them: page noise (menus, tickers, "Baca juga"
 * links) is no part of the article, no decision reads it. `hits` itself when none is dropped (most
 * lists, most articles): a copy is made only from the first hit dropped.
 */
function keptHits<T extends string>(hits: PhraseHit<T>[], lines: readonly TextSpan[]): PhraseHit<T>[] {
  let kept: PhraseHit<T>[] | undefined;
  let reach = -1;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    let keep = hit.start >= reach;
    if (keep) {
      reach = hit.end;
      keep = lines.length === 0 || spanIndexAt(lines, hit.start) !== -1;
    }
    if (keep) kept?.push(hit);
    else kept ??= hits.slice(0, k);
  }
  return kept ?? hits;
}

/**
 * The hits of a word list (a module constant: its identity is the cache key) in the article,
 * between `from` and `to`, in text order: whole-word matches, the longest where two start together,
 * none overlapping — as {@link findPhrases} finds them in the whole text. The list is matched once
 * per article.
 *
 * @param article - The article.
 * @param list - Lower-case phrases.
 * @param from - First offset.
 * @param to - Offset the hits must end at or before.
 * @returns The hits.
 * @example
 * ```ts
 * hitsIn(readArticleText('Polres Lebong menggelar apel.'), ['menggelar']).map((hit) => hit.start)
 * //=> [14]
 * ```
 * @internal
 */
export function hitsIn<T extends string>(
  article: ArticleText,
  list: readonly T[],
  from = 0,
  to = article.folded.length,
): PhraseHit<T>[] {
  const all = allHits(article, list);
  if (from <= 0 && to >= article.folded.length) return all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PhraseHit<T>[] = [];
  for (let i = lo; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(all[i]!);
  return out;
}

/** Longest phrase {@link phraseRightBefore} reads back for. */
const RIGHT_BEFORE_REACH = 16;

/**
 * Whether a phrase of `list` ends one space before offset `at` ("Halaman" before "Apel", "Kasat"
 * before "Narkoba"): the word at `at` is then part of a name that phrase opens.
 *
 * @param article - The article.
 * @param list - Lower-case phrases (a module constant).
 * @param at - Offset of a word.
 * @returns `true` when a phrase of the list and one space stand right before `at`.
 * @example
 * ```ts
 * phraseRightBefore(readArticleText('di Halaman Apel Mapolres'), ['halaman'], 11)
 * //=> true
 * ```
 * @internal
 */
export function phraseRightBefore(article: ArticleText, list: readonly string[], at: number): boolean {
  const before = hitsIn(article, list, Math.max(0, at - RIGHT_BEFORE_REACH), at);
  const last = before[before.length - 1];
  return last !== undefined && at - last.end === 1 && article.folded.charCodeAt(last.end) === 32;
}
