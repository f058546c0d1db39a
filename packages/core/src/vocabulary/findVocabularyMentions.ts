import type { VocabularyEntry } from '../model/vocabulary';
import { FoldedWordList } from '../text/foldedWordList';
import { indexPhrases, type PhraseIndex, phraseAt } from '../text/foldText';
import { lastTextMemo } from '../text/lastTextMemo';
import type { TextSpan } from '../text/textSpan';
import { wordHash, wordHashTable } from '../text/wordHash';

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
}

const INDEXES = /* @__PURE__ */ new WeakMap<object, VocabularyIndex>();

/**
 * The folded words of the last text read: a reader of an article asks for several vocabularies
 * (kinds, groups, topics) of the same text in a row, and the words are the same each time.
 */
const wordsOf: (text: string) => FoldedWordList = /* @__PURE__ */ lastTextMemo((text) => new FoldedWordList(text));

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
    index = { phrases, firstWordHashes: wordHashTable(phrases.keys()), firstWordsByHash };
    INDEXES.set(vocabulary, index);
  }
  return index;
}

/** The phrases whose first word is word `at` (one of `firstWords`, those with its hash), or `undefined`. */
function phrasesStartingAt(
  words: FoldedWordList,
  at: number,
  firstWords: readonly string[],
  phrases: PhraseIndex<string>,
): ReturnType<PhraseIndex<string>['get']> {
  for (const word of firstWords) if (words.isWordAt(at, word)) return phrases.get(word);
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
  const { phrases, firstWordHashes, firstWordsByHash } = indexOf(vocabulary);
  const words = wordsOf(text);
  const found: FoundVocabularyMention<Code>[] = [];
  const wordAt = (index: number) => words.get(index);
  let at = 0;
  while (at < words.length) {
    // Most words start no phrase: told by their hash, and the others by a comparison in place,
    // without making the word.
    const hash = words.hashAt(at);
    const candidates =
      firstWordHashes[hash] === 1 ? phrasesStartingAt(words, at, firstWordsByHash.get(hash)!, phrases) : undefined;
    const phrase = candidates === undefined ? undefined : phraseAt(wordAt, at, candidates);
    if (phrase === undefined) {
      at++;
      continue;
    }
    const last = at + phrase.words.length - 1;
    found.push({ code: phrase.value as Code, start: words.startAt(at), end: words.endAt(last) });
    at = last + 1;
  }
  return found;
}
