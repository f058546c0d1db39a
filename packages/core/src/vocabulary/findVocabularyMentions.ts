import type { VocabularyEntry } from '../model/vocabulary';
import { FoldedWordList } from '../text/foldedWordList';
import { indexPhrases, type Phrase, type PhraseIndex } from '../text/foldText';
import { lastTextMemo } from '../text/lastTextMemo';
import type { TextSpan } from '../text/textSpan';
import { WORD_HASHES, wordHash, wordHashTable } from '../text/wordHash';

/**
 * One place a vocabulary term was found: its code and where it is written
 * (`text.slice(start, end)`), as {@link findVocabularyMentions} returns it.
 *
 * @example
 * ```ts
 * const mention: FoundVocabularyMention<'doa-bersama'> = { code: 'doa-bersama', start: 30, end: 41 };
 * ```
 * @category Vocabularies
 */
export interface FoundVocabularyMention<Code extends string = string> extends TextSpan {
  /** The vocabulary code the words stand for (`'doa-bersama'`). */
  code: Code;
}

/** A vocabulary's phrases by their first word, and the hashes of those words. */
interface VocabularyIndex {
  readonly phrases: PhraseIndex<string>;
  /** 1 at the {@link wordHash} of each phrase's first word: a word with another hash starts none. */
  readonly firstWordHashes: Uint8Array;
  /** The phrases' first words by their hash: a word is compared with these where it is written. */
  readonly firstWordsByHash: ReadonlyMap<number, readonly string[]>;
  /** How many vocabularies were indexed with this one (it the last): see {@link ANY_FIRST_WORD}. */
  readonly indexed: number;
}

const INDEXES = /* @__PURE__ */ new WeakMap<object, VocabularyIndex>();

/**
 * 1 at the hash of the first word of a phrase of any vocabulary indexed so far: an article's words
 * are read once, the words that may start a phrase listed, and each vocabulary visits those only.
 */
const ANY_FIRST_WORD = /* @__PURE__ */ new Uint8Array(WORD_HASHES);
/** How many vocabularies have their first words in {@link ANY_FIRST_WORD}. */
let indexedVocabularies = 0;

/** The folded words of a text, with those that may start a phrase of the first `indexed` vocabularies listed. */
interface ReadText {
  readonly words: FoldedWordList;
  readonly indexed: number;
}

/** Reads a text's words, listing those that may start a phrase of a vocabulary indexed so far. */
function readText(text: string): ReadText {
  return { words: new FoldedWordList(text, ANY_FIRST_WORD), indexed: indexedVocabularies };
}

/**
 * The folded words of the last text read: a reader of an article asks for several vocabularies
 * (kinds, groups, topics) of the same text in a row, and the words are the same each time.
 */
const wordsOf: (text: string) => ReadText = /* @__PURE__ */ lastTextMemo(readText);

/** The phrase index of a vocabulary's aliases, built once per vocabulary object. */
function indexOf(vocabulary: Readonly<Record<string, VocabularyEntry>>): VocabularyIndex {
  let index = INDEXES.get(vocabulary);
  if (index === undefined) {
    const phrases = indexPhrases(
      Object.entries(vocabulary).flatMap(([code, entry]) => entry.aliases.map((alias) => [alias, code] as const)),
    );
    const firstWordsByHash = new Map<number, string[]>();
    for (const word of phrases.keys()) {
      const hash = wordHash(word);
      firstWordsByHash.set(hash, [...(firstWordsByHash.get(hash) ?? []), word]);
    }
    const firstWordHashes = wordHashTable(phrases.keys());
    for (let hash = 0; hash < WORD_HASHES; hash++) ANY_FIRST_WORD[hash] ||= firstWordHashes[hash]!;
    indexedVocabularies++;
    index = { phrases, firstWordHashes, firstWordsByHash, indexed: indexedVocabularies };
    INDEXES.set(vocabulary, index);
  }
  return index;
}

/**
 * The first (longest) of the phrases whose first word is word `at` (one of `firstWords`, those with
 * its hash) whose other words follow it, or `undefined`. Words are compared where they are written,
 * without making their strings.
 */
function phraseStartingAt(
  words: FoldedWordList,
  at: number,
  firstWords: readonly string[],
  phrases: PhraseIndex<string>,
): Phrase<string> | undefined {
  // A plain loop: `find` with a closure made for every marked word cost a twentieth of the finder.
  let first: string | undefined;
  for (const word of firstWords) {
    if (!words.isWordAt(at, word)) continue;
    first = word;
    break;
  }
  if (first === undefined) return undefined;
  for (const phrase of phrases.get(first)!) {
    const length = phrase.words.length;
    if (at + length > words.length) continue;
    let matches = true;
    for (let j = 1; j < length && matches; j++) matches = words.isWordAt(at + j, phrase.words[j]!);
    if (matches) return phrase;
  }
  return undefined;
}

/**
 * Finds every place a vocabulary term is written in a text, in order, with its span: the same
 * matching as {@link findVocabularyCodes} (whole words; case, accents, punctuation and spacing
 * ignored; the longest alias starting first wins where aliases overlap), but every occurrence, and
 * `text.slice(start, end)` is the term as written. Never throws; linear in the length of the text.
 *
 * @param vocabulary - A labelled vocabulary such as `EVENT_KINDS`, `PARTICIPANT_GROUPS` or `TOPICS`.
 * @param text - Any text, e.g. a whole article.
 * @returns Every mention, first in the text first; empty when none is found (or `text` is not a string).
 * @example
 * ```ts
 * const text = 'FGD bersama Tokoh Agama, lalu doa bersama dengan tokoh-agama desa';
 * findVocabularyMentions(PARTICIPANT_GROUPS, text).map((m) => [m.code, text.slice(m.start, m.end)])
 * //=> [['tokoh-agama', 'Tokoh Agama'], ['tokoh-agama', 'tokoh-agama']]
 * ```
 * @category Vocabularies
 */
export function findVocabularyMentions<Code extends string>(
  vocabulary: Readonly<Record<Code, VocabularyEntry>>,
  text: string,
): FoundVocabularyMention<Code>[] {
  if (typeof text !== 'string') return [];
  const { phrases, firstWordHashes, firstWordsByHash, indexed } = indexOf(vocabulary);
  const read = wordsOf(text);
  // A text read before this vocabulary was indexed has not listed its first words: read again.
  const words = read.indexed >= indexed ? read.words : readText(text).words;
  const found: FoundVocabularyMention<Code>[] = [];
  // Only the words that may start a phrase of some vocabulary are visited (see ANY_FIRST_WORD); of
  // those, most are told by their hash to start none of this one's.
  const { marked } = words;
  let next = 0; // the first word not in a mention found
  for (const at of marked) {
    if (at < next) continue;
    const hash = words.hashAt(at);
    if (firstWordHashes[hash] !== 1) continue;
    const phrase = phraseStartingAt(words, at, firstWordsByHash.get(hash)!, phrases);
    if (phrase === undefined) continue;
    const last = at + phrase.words.length - 1;
    found.push({ code: phrase.value as Code, start: words.startAt(at), end: words.endAt(last) });
    next = last + 1;
  }
  return found;
}
