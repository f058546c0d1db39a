import type { FoundOfficerMention } from '@kamtibmas/core';
import { DROPPED_NAME_PREFIXES } from '../data/officialNameWords';
import { has } from './has';

/** One officer of the article and the mentions that name them. */
export interface OfficerPerson {
  /** Index, in the article's officer mentions, of the mention with the fullest name. */
  readonly best: number;
  /** Indices of every mention of this officer, in text order. */
  readonly mentions: number[];
}

/**
 * Decides which officer mentions name the same person: one person per person. A later mention
 * joins an earlier officer when the ranks agree and its name is the other's name, a leading part
 * of it or one of its words ("AKBP Imam Tarmudi" … "AKBP Imam"); a full name seen again with
 * another rank is still the same person (ranks are written loosely). When a short name fits
 * several officers, the most recently named one wins. A mention is compared only with the officers
 * whose names share its first word, so the pass stays linear.
 *
 * @param mentions - Officer mentions in text order.
 * @returns The officers, in order of first mention.
 * @example
 * ```ts
 * groupOfficerMentions([imamTarmudi, imam]).map((person) => person.mentions)
 * //=> [[0, 1]]
 * ```
 * @internal
 */
export function groupOfficerMentions(mentions: readonly FoundOfficerMention[]): OfficerPerson[] {
  const people: { best: number; mentions: number[]; words: string[]; last: number }[] = [];
  // People by each word of their names: a mention is compared with those sharing a word only.
  const byWord = new Map<string, (typeof people)[number][]>();
  mentions.forEach((mention, index) => {
    const words = nameWords(mention.name);
    if (words.length === 0) return;
    let chosen: (typeof people)[number] | undefined;
    const candidates = byWord.get(words[0]!) ?? [];
    for (let c = candidates.length - 1; c >= 0 && c >= candidates.length - MAX_CANDIDATES; c--) {
      const person = candidates[c]!;
      const other = mentions[person.best]!;
      if (!sameName(words, person.words, mention.rank === other.rank)) continue;
      if (chosen === undefined || person.last > chosen.last) chosen = person;
    }
    if (chosen === undefined) {
      chosen = { best: index, mentions: [index], words, last: index };
      people.push(chosen);
    } else {
      chosen.mentions.push(index);
      chosen.last = index;
      if (words.length > chosen.words.length) {
        chosen.best = index;
        chosen.words = words;
      }
    }
    for (const word of chosen.words) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [chosen]);
      else if (list[list.length - 1] !== chosen) list.push(chosen);
    }
  });
  return people.map(({ best, mentions: list }) => ({ best, mentions: list }));
}

/** How many earlier people sharing a word a mention is compared with (the most recent ones). */
const MAX_CANDIDATES = 16;

function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .split(/[\s.,]+/)
    .filter((word) => word.length > 0);
  // "I Nyoman Sudama" … "Nyoman Sudama": one person.
  return words.length > 2 && has(DROPPED_NAME_PREFIXES, words[0]!) ? words.slice(1) : words;
}

function sameName(a: readonly string[], b: readonly string[], sameRank: boolean): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length) return short.every((word, i) => word === long[i]) && (sameRank || short.length > 1);
  if (!sameRank) return false;
  if (short.every((word, i) => word === long[i])) return true;
  return short.length === 1 && long.includes(short[0]!);
}

/**
 * Whether two written names can name one person: equal, one the leading part of the other, or one
 * word of the other ("Adyantana Meru Herlambang" … "Adyantana"), as {@link groupOfficerMentions}
 * reads officers of one rank.
 *
 * @param a - A name.
 * @param b - Another name.
 * @returns `true` when they fit.
 * @example
 * ```ts
 * fitsOnePerson('Adyantana Meru Herlambang', 'Adyantana')
 * //=> true
 * ```
 * @internal
 */
export function fitsOnePerson(a: string, b: string): boolean {
  return sameName(nameWords(a), nameWords(b), true);
}
