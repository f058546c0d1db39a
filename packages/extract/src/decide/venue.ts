import type { TextSpan, Venue } from '@kamtibmas/core';
import { type ArticleText, inHeadline, inQuote, sentenceAt } from '../_lib/ArticleText';
import { isWordCharAt } from '../_lib/foldCase';
import { hitsIn } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import { ACTIVITY_DATE_CUES, SPEECH_VERBS } from '../data/dateCues';
import { ORGANISER_ACTIVE_VERBS } from '../data/organiserCues';
import {
  ADDRESS_WORDS,
  NOT_VENUE_STARTS,
  VENUE_CUES,
  VENUE_NAME_ENDS,
  VENUE_NOUNS,
  VENUE_STOP_WORDS,
  WEAK_VENUE_CUES,
} from '../data/venueCues';
import { has } from './has';

/** Where the activity took place, and the words that say so. */
export interface VenueDecision {
  /** The venue: a named place, or only an address (a regency, a city). */
  readonly venue: Venue;
  /** Evidence for `event.venue`: the cue and the place. */
  readonly evidence: TextSpan;
}

const MAX_VENUE_WORDS = 10;

/** How far before a weak venue cue the activity's verb or word is looked for. */
const ACTIVITY_REACH = 200;

/** How far after "di" the activity's verb may follow its place ("di Rumah Makan Tavana, Namrole, menggelar"). */
const ACTIVITY_AFTER_REACH = 60;

/**
 * Decides the venue: the words after the first venue cue ("bertempat di", "berlangsung di",
 * "dipusatkan di", "digelar di" …) up to a stop word, a comma, a date or the end of the sentence.
 * A weak cue ("di", "sambangi") counts only in a sentence about the activity (an organiser verb or
 * activity word before it, or the headline) and only when the place starts with a venue noun
 * ("Aula", "halaman", "Kantor") or a capital letter; "di wilayah …", "di tengah …" never do. A place
 * that is only "Kota X" / "Kabupaten X" becomes the venue's address.
 *
 * @param context - The article and its mentions.
 * @returns The venue, or `undefined`.
 * @example
 * ```ts
 * decideVenue(contextOf('Apel digelar di Lapangan Mapolres Lebong, Senin.'))?.venue.name
 * //=> 'Lapangan Mapolres Lebong'
 * ```
 * @internal
 */
export function decideVenue(context: ReadContext): VenueDecision | undefined {
  const { article } = context;
  const hits = hitsIn(article, VENUE_CUES);
  let weakBest: VenueDecision | undefined;
  // Where a speaker said his words ("ujar Billyandha di aula pertemuan Polres Mimika"; held-out
  // corpus 125): the venue when the article names no other.
  let spokenAt: VenueDecision | undefined;
  for (const hit of hits) {
    const weak = has(WEAK_VENUE_CUES, hit.phrase);
    // Once a weak cue has given a venue, later weak cues ("di …" all through the text) can only be
    // passed over: their places are not read.
    if (weak && weakBest !== undefined) continue;
    if (inQuote(article, hit.start)) continue;
    const read = readPlace(article, hit.end);
    if (read === undefined) continue;
    const words = article.folded.slice(read.start, read.end).split(' ');
    const firstWord = words[0] ?? '';
    if (has(NOT_VENUE_STARTS, firstWord)) continue;
    // A noun that opens the place names what follows ("Hotel Grand Mozza"): only a later one ends it.
    const nameEnd = words.findIndex((word, i) => i > 0 && has(VENUE_NAME_ENDS, word));
    // "di KNA Coffee Kelurahan …": the name ends with its noun; the address after it is not the name
    // (readPlace leaves one space between words).
    const place =
      nameEnd === -1 ? read : { start: read.start, end: read.start + words.slice(0, nameEnd + 1).join(' ').length };
    const decide = () => ({
      venue: venueOf(article.text.slice(place.start, place.end)),
      evidence: { start: hit.start, end: place.end },
    });
    if (!weak) {
      // "… di aula kantor Desa Buntubatu. … dilaksanakan di Desa Padang Tuju": a village after a
      // strong cue is an area, and the hall named before it is where the activity was.
      if (weakBest !== undefined && firstWord in ADDRESS_WORDS) return weakBest;
      return decide();
    }
    if (!has(VENUE_NOUNS, firstWord) && nameEnd === -1) continue;
    // A visit's own verb ("berkunjung ke", "menyambangi") names the activity; "di" needs one before it.
    if (hit.phrase === 'di' && !aboutActivity(context, hit.start)) {
      if (spokenAt === undefined && afterSpeech(article, hit.start)) spokenAt = decide();
      continue;
    }
    weakBest = decide();
  }
  return weakBest ?? spokenAt;
}

/** Reach back from "di" for the speech verb and the speaker's name before it. */
const SPEECH_REACH = 40;

function afterSpeech(article: ArticleText, at: number): boolean {
  return hitsIn(article, SPEECH_VERBS, Math.max(0, at - SPEECH_REACH), at).length > 0;
}

function aboutActivity(context: ReadContext, at: number): boolean {
  const { article } = context;
  if (inHeadline(article, at)) return true;
  const sentence = sentenceAt(article, at);
  if (sentence === undefined) return false;
  const from = Math.max(sentence.start, at - ACTIVITY_REACH);
  return (
    hitsIn(article, ORGANISER_ACTIVE_VERBS, from, at).length > 0 ||
    hitsIn(article, ACTIVITY_DATE_CUES, from, at).length > 0 ||
    // The activity named before the place: "Deklarasi Damai Pemilu 2024 dilakukan … di Lobi
    // Mapolres Merauke", "menghadiri Apel Siaga … di Kawasan Reklamasi …".
    context.found.kinds.some((kind) => kind.start >= from && kind.end <= at) ||
    // Or its verb right after the place: "Kapolres …, Rabu, 18 September 2024, di Rumah Makan
    // Tavana, Namrole, menggelar silaturahmi" (held-out corpus 133).
    hitsIn(article, ORGANISER_ACTIVE_VERBS, at, Math.min(sentence.end, at + ACTIVITY_AFTER_REACH)).length > 0
  );
}

function readPlace(article: ArticleText, from: number): TextSpan | undefined {
  const { text, folded } = article;
  const sentence = sentenceAt(article, from);
  const limit = Math.min(sentence?.end ?? text.length, from + 200);
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === ':')) i++;
  const start = i;
  let end = start;
  let words = 0;
  while (i < limit && words < MAX_VENUE_WORDS) {
    const wordStart = i;
    while (i < limit && isWordCharAt(text, i)) i++;
    while (
      i < limit &&
      (text[i] === '-' || text[i] === '/' || text[i] === '.' || text[i] === "'") &&
      isWordCharAt(text, i + 1)
    ) {
      i++;
      while (i < limit && isWordCharAt(text, i)) i++;
    }
    if (i === wordStart) break;
    const word = folded.slice(wordStart, i);
    if (has(VENUE_STOP_WORDS, word) || /^\d+$/u.test(word)) break;
    if (words === 0 && text[wordStart] === text[wordStart]!.toLowerCase() && !has(VENUE_NOUNS, word)) {
      return undefined;
    }
    words++;
    end = i;
    // Brackets around an abbreviation stay in ("Hotel Aryaduta (HA)"), other punctuation ends it.
    if (text[i] === ' ' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      if (close !== -1 && close < limit && close - i < 20) {
        i = close + 1;
        end = i;
      }
    }
    if (text[i] !== ' ') break;
    i++;
  }
  return end > start ? { start, end } : undefined;
}

function venueOf(place: string): Venue {
  const [first, ...rest] = place.split(' ');
  const level = ADDRESS_WORDS[(first ?? '').toLowerCase() as keyof typeof ADDRESS_WORDS];
  if (level !== undefined && rest.length > 0 && rest.length <= 3) {
    const name = rest.join(' ');
    switch (level) {
      case 'city':
        return { address: { city: name } };
      case 'regency':
        return { address: { regency: name } };
      case 'district':
        return { address: { district: name } };
      case 'village':
        return { address: { village: name } };
    }
  }
  return { name: place };
}
