import type { EventKind, FoundVocabularyMention, TextSpan } from '@kamtibmas/core';
import { type ArticleText, inHeadline, inQuote, sentenceAt } from '../_lib/ArticleText';
import { hitsIn, phraseRightBefore } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import {
  KIND_JOINERS,
  KIND_WORDS,
  LOOSE_KIND_WORDS,
  PATROL_DIALOGUE_CUES,
  PATROL_WORDS,
  PURPOSE_CUES,
  PURPOSE_KINDS,
} from '../data/kindCues';
import { ORGANISER_ACTIVE_VERBS, ORGANISER_PASSIVE_CUES } from '../data/organiserCues';
import { VENUE_NOUNS } from '../data/venueCues';

/** The event's kinds, the main one first, each with the words that name it. */
export interface KindsDecision {
  /** Kinds, main first; `['other']` when the article names none. */
  readonly kinds: EventKind[];
  /** Evidence for `event.kinds`. */
  readonly evidence: TextSpan[];
}

const KIND_WORD_LIST = Object.keys(KIND_WORDS) as (keyof typeof KIND_WORDS)[];

/** How far after a patrol a word of talking makes it a dialogue patrol ("Patroli Palking, Walking
 * dan Talking dengan cara bertatap muka dan berdialog"). */
const PATROL_DIALOGUE_REACH = 80;

/** Most characters between two coordinated kinds. */
const COORDINATION_GAP = 12;

/** How far after an organiser verb the activity's name may start ("menggelar kegiatan dialog"). */
const OBJECT_REACH = 60;

/**
 * Decides what kind of activity the article reports, with core's event-kind vocabulary
 * (`findVocabularyMentions(EVENT_KINDS, …)`). The main kind is the one the headline names, else
 * the object of the first organiser verb of the body ("menggelar Kegiatan Focus Group"), else the
 * first named in a narrative sentence. Other kinds named as objects of organiser verbs follow it
 * ("menyalurkan bantuan sosial"). Terms inside quotations do not count.
 *
 * @param context - The article and its mentions.
 * @returns The kinds.
 * @example
 * ```ts
 * decideKinds(contextOf('Polres Lebong Gelar Doa Bersama\nPolres Lebong menggelar doa bersama.')).kinds
 * //=> ['doa-bersama']
 * ```
 * @internal
 */
export function decideKinds(context: ReadContext): KindsDecision {
  const { article } = context;
  const words = hitsIn(article, KIND_WORD_LIST).map(
    (hit): FoundVocabularyMention<EventKind> => ({ code: KIND_WORDS[hit.phrase], start: hit.start, end: hit.end }),
  );
  const named = [...context.found.kinds, ...words];
  const terms = [...named, ...dialoguePatrols(article, named)]
    .filter(
      (term) =>
        term.code !== 'other' &&
        !inQuote(article, term.start) &&
        !isPurpose(article, term) &&
        !namesPlace(article, term),
    )
    .sort((a, b) => a.start - b.start);
  const verbs = [...hitsIn(article, ORGANISER_ACTIVE_VERBS), ...hitsIn(article, ORGANISER_PASSIVE_CUES)].filter(
    (hit) => !inQuote(article, hit.start),
  );
  const objects: FoundVocabularyMention<EventKind>[] = [];
  // Verbs sorted by start; one pointer walks them with the terms (linear).
  verbs.sort((a, b) => a.start - b.start);
  let v = 0;
  for (const term of terms) {
    while (v < verbs.length && verbs[v]!.end <= term.start) v++;
    if (inHeadline(article, term.start)) continue;
    const sentence = sentenceAt(article, term.start);
    if (sentence === undefined) continue;
    const before = verbs[v - 1];
    const verb =
      before !== undefined && term.start - before.end <= OBJECT_REACH && before.start >= sentence.start
        ? before
        : undefined;
    // "… doa bersama yang digelar …": a passive cue after the term, in its sentence.
    const next = verbs[v];
    const after =
      next !== undefined &&
      next.start >= term.end &&
      next.end <= sentence.end &&
      next.start - term.end <= OBJECT_REACH &&
      next.phrase.startsWith('yang')
        ? next
        : undefined;
    if (verb !== undefined || after !== undefined) objects.push(term);
  }
  const headline = terms.filter((term) => inHeadline(article, term.start));
  const rest = terms.filter((t) => !inHeadline(article, t.start));
  // A loose word ("pertemuan") as the verb's object yields to a kind named in the body
  // ("melalui program “Ngopi Kamtibmas” mengadakan pertemuan"; corpus 077).
  const body = specificFirst(article, [...objects, ...rest.filter((term) => !objects.includes(term))]);
  const ordered = [...specificFirst(article, headline), ...body];
  const kinds: EventKind[] = [];
  const evidence: TextSpan[] = [];
  const first = ordered[0];
  if (first === undefined) return { kinds: ['other'], evidence };
  const main = mainOfCoordination(article, first, terms);
  kinds.push(main.code);
  evidence.push(main);
  for (const term of [...headline, ...objects]) {
    if (kinds.includes(term.code)) continue;
    kinds.push(term.code);
    evidence.push(term);
  }
  return { kinds, evidence };
}

/**
 * "silaturahmi dan sambang", "Apel Deklarasi Damai", "patroli dialogis dan silaturahmi": when the
 * first kind is joined to others, the one the article names most often is the activity (the first
 * on a tie).
 */
function mainOfCoordination(
  article: ArticleText,
  first: FoundVocabularyMention<EventKind>,
  terms: readonly FoundVocabularyMention<EventKind>[],
): FoundVocabularyMention<EventKind> {
  const joined = [first];
  let last: TextSpan = first;
  for (const term of terms) {
    if (term.start < last.end) continue;
    if (term.start - last.end > COORDINATION_GAP) break;
    const between = article.folded
      .slice(last.end, term.start)
      .split(/[\s,&/]+/u)
      .filter((w) => w.length > 0);
    if (!between.every((w) => (KIND_JOINERS as readonly string[]).includes(w))) break;
    joined.push(term);
    last = term;
  }
  if (joined.length === 1) return first;
  const count = (code: EventKind) => terms.filter((t) => t.code === code).length;
  let best = first;
  for (const term of joined) if (count(term.code) > count(best.code)) best = term;
  return best;
}

/**
 * Patrols named without their kind, when a word of talking follows a patrol in its sentence: then
 * every such patrol of the article is the dialogue patrol, as the quotation that says how it went
 * speaks of the one the narrative names ("Polresta Gorontalo Kota Patroli di KPU" … "“Patroli
 * dilaksanakan secara mobile dan mengedepankan dialogis …”"; held-out corpus 098).
 */
function dialoguePatrols(article: ArticleText, named: readonly TextSpan[]): FoundVocabularyMention<EventKind>[] {
  // "patroli dialogis", "patroli gabungan": the vocabulary has already named it.
  const patrols = hitsIn(article, PATROL_WORDS).filter(
    (hit) => !named.some((term) => term.start < hit.end && hit.start < term.end),
  );
  const talked = patrols.some((hit) => {
    const sentence = sentenceAt(article, hit.start);
    if (sentence === undefined) return false;
    const to = Math.min(sentence.end, hit.end + PATROL_DIALOGUE_REACH);
    return hitsIn(article, PATROL_DIALOGUE_CUES, hit.end, to).length > 0;
  });
  return talked ? patrols.map((hit) => ({ code: 'patroli-dialogis', start: hit.start, end: hit.end })) : [];
}

/** Within one part of the article, terms that name the activity loosely ("pertemuan") go last. */
function specificFirst(
  article: ArticleText,
  terms: readonly FoundVocabularyMention<EventKind>[],
): FoundVocabularyMention<EventKind>[] {
  const loose = (term: TextSpan) =>
    (LOOSE_KIND_WORDS as readonly string[]).includes(article.folded.slice(term.start, term.end));
  return [...terms.filter((t) => !loose(t)), ...terms.filter(loose)];
}

/** A kind's word right after a venue's noun is part of the place's name: "di Halaman Apel Mapolres
 * Bantaeng" names a yard, not a roll call (held-out corpus 094). */
function namesPlace(article: ArticleText, term: TextSpan): boolean {
  return phraseRightBefore(article, VENUE_NOUNS, term.start);
}

/** How far before a kind term a purpose cue may stand ("dalam rangka pengamanan"). */
const PURPOSE_REACH = 12;

function isPurpose(article: ArticleText, term: FoundVocabularyMention<EventKind>): boolean {
  if (!(PURPOSE_KINDS as readonly string[]).includes(term.code)) return false;
  return hitsIn(article, PURPOSE_CUES, Math.max(0, term.start - PURPOSE_REACH), term.start).length > 0;
}
