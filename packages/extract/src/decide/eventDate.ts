import {
  type DatePrecision,
  ELECTIONS,
  INDONESIAN_WEEKDAYS,
  type LocalDate,
  type TextSpan,
  weekdayOf,
} from '@kamtibmas/core';
import { type ArticleText, inQuote, sentenceAt, spanIndexAt } from '../_lib/ArticleText';
import { hitsIn } from '../_lib/hitsIn';
import type { FoundDate, ReadContext } from '../_lib/ReadContext';
import type { ExtractedDateMention } from '../ArticleExtraction';
import {
  ACTIVITY_DATE_CUES,
  AFTER_VOTING_WORDS,
  BYLINE_STARTS,
  DATELINE_LEAD_WORDS,
  DATELINE_MAX_WORDS,
  ELECTION_HELD_CUES,
  ELECTION_HELD_REACH,
  FUTURE_WORD_REACH,
  FUTURE_WORDS,
  SAME_DAY_CUES,
  SPEECH_VERB_REACH,
  SPEECH_VERBS,
  VOTING_CUE_REACH,
  VOTING_CUES,
} from '../data/dateCues';
import { ALL_ELECTION_TERMS, resolveYears } from './dateYears';

/** The event's date, how it is known, and the role of every date of the article. */
export interface DateDecision {
  /** The date, when the article gives one for the activity or its report. */
  readonly date?: LocalDate;
  /** How `date` is known: `day` (the activity's), `reported` (a statement's), `unknown`. */
  readonly precision: DatePrecision;
  /** The date as written, for `dateText`; absent when its weekday contradicts the date. */
  readonly dateText?: string;
  /** Evidence for `event.date`. */
  readonly evidence?: TextSpan;
  /** Every date with its role. */
  readonly mentions: ExtractedDateMention[];
  /** Remarks (a weekday that contradicts its date). */
  readonly notes: string[];
}

/** How far before a voting cue a word putting it in the past is looked for ("pasca pencoblosan"). */
const AFTER_VOTING_REACH = 8;

/** How far around a date its sentence is read for cues (a sentence may be a whole page). */
const CONTEXT_REACH = 200;

const VOTING_DAYS = new Set<string>(ELECTIONS.map((election) => election.votingDay));

type Role = ExtractedDateMention['role'];

/**
 * Decides the event's date. Each date gets a role: `dateline` (a line of a few words holding a
 * date: the site's widget, the release's dateline), `voting` (a voting day, or a date said to be
 * ahead: "akan berlangsung pada …", "… mendatang"), `other` (inside a quotation), `statement`
 * (right after a speech verb: "ujarnya, Sabtu (28/9/2024)") or `event` (a narrative date: "menggelar
 * … Jumat (24/11/2023)", "dilaksanakan pada, Kamis 5 September 2024"). The first `event` date is
 * the activity's (`day`); without one, a statement's date is the report's (`reported`), or the
 * activity's when the quotation says it happened that day ("Hari ini, kami sambangi …"). Dates
 * without a year resolve from `publishedOn` (core's finder). A weekday that contradicts its date
 * is kept in the evidence and flagged in `notes`, and `dateText` is left out.
 *
 * @param context - The article and its mentions.
 * @returns The decision.
 * @example
 * ```ts
 * decideEventDate(contextOf('Polres Lebong menggelar apel, Senin (5/2/2024).')).date
 * //=> '2024-02-05'
 * ```
 * @internal
 */
export function decideEventDate(context: ReadContext): DateDecision {
  const { article } = context;
  const notes: string[] = [];
  const years = context.options.publishedOn === undefined ? resolveYears(article, context.found.dates) : [];
  const mentions: ExtractedDateMention[] = context.found.dates.map((found, i) => {
    const resolved = years[i];
    const date = resolved === undefined ? found : { ...found, date: resolved.date };
    return { ...date, role: roleOf(article, date) };
  });
  const firstEvent = mentions.find((m) => m.role === 'event' && m.date !== undefined);
  const event = sameDayWithItsWeekday(mentions, firstEvent);
  if (event !== firstEvent && firstEvent !== undefined && event !== undefined) {
    notes.push(
      `event.date: "${article.text.slice(firstEvent.start, firstEvent.end)}" and "${article.text.slice(event.start, event.end)}" name one day with two years; ${event.date} is taken, the one whose weekday agrees.`,
    );
  }
  let chosen: ExtractedDateMention | undefined = event;
  let precision: DatePrecision = 'day';
  if (chosen === undefined) {
    chosen = mentions.find((m) => m.role === 'statement' && m.date !== undefined);
    precision = chosen !== undefined && sameDayQuote(article, chosen) ? 'day' : 'reported';
  }
  if (chosen === undefined || chosen.date === undefined) return { precision: 'unknown', mentions, notes };
  const written = article.text.slice(chosen.start, chosen.end);
  const resolved = years[context.found.dates.findIndex((d) => d.start === chosen.start)];
  if (resolved !== undefined) notes.push(`event.date: "${written}" has no year; ${resolved.note} (${resolved.date}).`);
  const sentence = sentenceAt(article, chosen.start);
  const evidence = evidenceSpan(article, chosen, sentence);
  if (chosen.weekdayMatches === false && chosen.weekday !== undefined) {
    notes.push(
      `event.date: the article writes "${written}", but ${chosen.date} is a ${weekdayName(weekdayOf(chosen.date))}, not a ${weekdayName(chosen.weekday)}; the date is kept as written and dateText left out.`,
    );
    return { date: chosen.date, precision, evidence, mentions, notes };
  }
  return { date: chosen.date, precision, dateText: written, evidence, mentions, notes };
}

/** A weekday's name ("Kamis") by its index (0 = Minggu). */
/**
 * A date whose written weekday contradicts it yields to a later narrative date of the same day and
 * month whose weekday agrees: the two are one day with a mistyped year ("Jumat 24 Februari 2024" in
 * a photo caption, "Jumat 24 Februari 2023" in the body; 24 Feb 2023 was a Friday; held-out corpus
 * 100). Any other contradicted date is kept as written and flagged.
 */
function sameDayWithItsWeekday(
  mentions: readonly ExtractedDateMention[],
  first: ExtractedDateMention | undefined,
): ExtractedDateMention | undefined {
  const firstDate = first?.date;
  if (first === undefined || firstDate === undefined || first.weekdayMatches !== false) return first;
  return (
    mentions.find(
      (m) =>
        m.role === 'event' &&
        m.weekdayMatches === true &&
        m.date !== undefined &&
        m.date !== firstDate &&
        m.date.slice(5) === firstDate.slice(5),
    ) ?? first
  );
}

function weekdayName(index: number): string {
  return INDONESIAN_WEEKDAYS[index]?.name ?? 'that weekday';
}

function roleOf(article: ArticleText, date: FoundDate): Role {
  const line = article.lines[spanIndexAt(article.lines, date.start)];
  if (line === undefined) return 'dateline';
  if (isDateline(article, line, date)) return 'dateline';
  const sentence = sentenceAt(article, date.start) ?? line;
  // A range is a period (a campaign, an operation), never the day of one activity.
  if ((date as { through?: unknown }).through !== undefined) return 'other';
  if (isVoting(article, date, sentence)) return 'voting';
  if (inQuote(article, date.start)) return 'other';
  const before = Math.max(sentence.start, date.start - SPEECH_VERB_REACH);
  const speech = hitsIn(article, SPEECH_VERBS, before, date.start);
  if (speech.length > 0 && onlyPunctuationOrNames(article.text, speech[speech.length - 1]!.end, date.start)) {
    return 'statement';
  }
  return 'event';
}

/** A site's date widget or publication stamp ("Selasa, 24 Februari 2026", "Administrator - Kamis,
 * 25 Januari 2024 14:15 WIB"): a date that opens its line after at most a couple of words, on a
 * short line; or a release dateline ("Lombok Barat, 5 Desember 2024 – Kepolisian …"). */
function isDateline(article: ArticleText, line: TextSpan, date: FoundDate): boolean {
  if (
    BYLINE_STARTS.some(
      (start) =>
        article.folded.startsWith(start, line.start) && !/\p{L}/u.test(article.folded[line.start + start.length] ?? ''),
    )
  ) {
    return true;
  }
  const before = wordsBefore(article.text, line.start, date.start, DATELINE_LEAD_WORDS + 3);
  const lineWords = wordCount(article.text, line, DATELINE_MAX_WORDS + 1);
  if (before <= DATELINE_LEAD_WORDS && lineWords <= DATELINE_MAX_WORDS) return true;
  if (before <= DATELINE_LEAD_WORDS + 2 && /^\s*[-–—|]/u.test(article.text.slice(date.end, date.end + 4))) return true;
  return false;
}

function isVoting(article: ArticleText, date: FoundDate, sentence: TextSpan): boolean {
  const from = Math.max(sentence.start, date.start - CONTEXT_REACH);
  const to = Math.min(sentence.end, date.end + CONTEXT_REACH);
  if (date.date !== undefined && VOTING_DAYS.has(date.date)) {
    const activity = hitsIn(article, ACTIVITY_DATE_CUES, from, date.start);
    if (activity.length === 0 || hitsIn(article, VOTING_CUES, from, to).length > 0) {
      return true;
    }
    if (namesTheElectionHeld(article, from, sentence.start, date.start)) return true;
  }
  const after = hitsIn(article, FUTURE_WORDS, date.end, Math.min(sentence.end, date.end + FUTURE_WORD_REACH));
  if (after.length > 0) return true;
  const near = hitsIn(article, VOTING_CUES, Math.max(sentence.start, date.start - VOTING_CUE_REACH), date.start);
  return near.some((hit) => hit.phrase !== 'mendatang' && !afterTheVote(article, hit));
}

/** Length of the longest phrase that names an election. */
const LONGEST_ELECTION_TERM = /* @__PURE__ */ (() => Math.max(...ALL_ELECTION_TERMS.map((term) => term.length)))();

/** "Pemilihan Umum serentak yang dilaksanakan pada …": the date is the election's own. */
function namesTheElectionHeld(article: ArticleText, from: number, floor: number, to: number): boolean {
  const held = hitsIn(article, ELECTION_HELD_CUES, from, to).at(-1);
  if (held === undefined) return false;
  // A bounded window (a hostile sentence may be the whole text): the name must end close before.
  const nameFrom = Math.max(floor, held.start - ELECTION_HELD_REACH - LONGEST_ELECTION_TERM);
  const name = hitsIn(article, ALL_ELECTION_TERMS, nameFrom, held.start).at(-1);
  return name !== undefined && held.start - name.end <= ELECTION_HELD_REACH;
}

/** "pasca pencoblosan": the cue names the vote as what came before. */
function afterTheVote(article: ArticleText, cue: TextSpan): boolean {
  const before = hitsIn(article, AFTER_VOTING_WORDS, Math.max(0, cue.start - AFTER_VOTING_REACH), cue.start);
  return before.length > 0;
}

/** Between a speech verb and its date stand only the speaker's name and punctuation:
 * "ujarnya, Sabtu", "kata Kapolres, Rabu". */
function onlyPunctuationOrNames(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const words = between.split(/[\s,.(]+/u).filter((w) => w.length > 0);
  return words.length <= 4 && words.every((w) => w[0] !== w[0]!.toLowerCase() || /^\d/u.test(w));
}

function sameDayQuote(article: ArticleText, date: FoundDate): boolean {
  const sentence = sentenceAt(article, date.start);
  const line = article.lines[spanIndexAt(article.lines, date.start)];
  const from = Math.max(
    Math.min(sentence?.start ?? date.start, line?.start ?? date.start),
    date.start - 3 * CONTEXT_REACH,
  );
  return hitsIn(article, SAME_DAY_CUES, from, date.start).some((hit) => inQuote(article, hit.start));
}

function evidenceSpan(article: ArticleText, date: FoundDate, sentence: TextSpan | undefined): TextSpan {
  // The date with the words that tie it to the activity or statement just before it.
  const from = Math.max(sentence?.start ?? date.start, date.start - 30);
  let start = date.start;
  const text = article.text;
  let i = date.start;
  while (i > from && text[i - 1] !== '.' && text[i - 1] !== '\n' && text[i - 1] !== '"' && text[i - 1] !== '”') i--;
  // Stopped by the 30-character reach inside a word: begin at the next word, never mid-word.
  if (i === from && i > 0 && text[i - 1]!.trim() !== '') {
    while (i < date.start && text[i]!.trim() !== '') i++;
  }
  while (i < date.start && text[i]!.trim() === '') i++;
  start = i;
  return { start, end: date.end };
}

/** Words of a span, counted up to `max` (the count stops there: linear however long the line). */
function wordCount(text: string, span: TextSpan, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && words <= max; i++) {
    const c = text.charCodeAt(i);
    const word = c > 32 && c !== 124;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** Words between `floor` and `at`, counted backwards up to `max`. */
function wordsBefore(text: string, floor: number, at: number, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = at - 1; i >= floor && words <= max; i--) {
    const c = text.charCodeAt(i);
    const word = c > 32 && c !== 124;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}
