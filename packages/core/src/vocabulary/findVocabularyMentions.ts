import type { VocabularyEntry } from '../model/vocabulary';
import { type FoldedWords, foldedWords } from '../text/foldedWords';
import { findPhrase, indexPhrases, type PhraseIndex } from '../text/foldText';
import { lastTextMemo } from '../text/lastTextMemo';
import type { TextSpan } from '../text/textSpan';

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

const INDEXES = /* @__PURE__ */ new WeakMap<object, PhraseIndex<string>>();

/**
 * The folded words of the last text read: a reader of an article asks for several vocabularies
 * (kinds, groups, topics) of the same text in a row, and the words are the same each time.
 */
const wordsOf: (text: string) => FoldedWords = /* @__PURE__ */ lastTextMemo(foldedWords);

/** The phrase index of a vocabulary's aliases, built once per vocabulary object. */
function indexOf(vocabulary: Readonly<Record<string, VocabularyEntry>>): PhraseIndex<string> {
  let index = INDEXES.get(vocabulary);
  if (index === undefined) {
    index = indexPhrases(
      Object.entries(vocabulary).flatMap(([code, entry]) => entry.aliases.map((alias) => [alias, code] as const)),
    );
    INDEXES.set(vocabulary, index);
  }
  return index;
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
  const index = indexOf(vocabulary);
  const { words, starts, ends } = wordsOf(text);
  const found: FoundVocabularyMention<Code>[] = [];
  let from = 0;
  for (;;) {
    const match = findPhrase(words, index, from);
    if (match === undefined) return found;
    found.push({ code: match.value as Code, start: starts[match.start]!, end: ends[match.end - 1]! });
    from = match.end;
  }
}
