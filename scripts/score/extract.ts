// Scores extractArticle on the development corpus (corpus/articles/*.txt with their hand-made
// *.json annotations): per-field accuracy and F1 over all articles, and BESIDE them the same
// scores for a naive composition of core's parsers (the first date in the text, the first unit
// mention as organiser, every officer mention as an officer, the vocabularies' first or every
// term for kinds, groups and topics), so the gain shows. With --failures it lists, per article,
// the fields the extractor got wrong. With --from N (and --to M) it scores only the articles
// numbered N to M: the articles added after the extractor was written (056 on) are its held-out set.
//
//   npx -y pnpm@10.34.9 exec tsx --conditions=@kamtibmas/source scripts/score/extract.ts [--failures] [--from 56] [--to 69]
//
// How fields are compared (the annotations are names, the extraction ids and records):
// - event date: the extractor's `date` when `datePrecision` is 'day', else null (a statement's
//   date, 'reported', is not the activity's date; the annotations write null for it).
// - election: `election.electionId` or null.
// - organiser: the organiser's unit id, against the id core's unit finder gives the annotated
//   name (so "Polda Sultra" and "Polda Sulawesi Tenggara" are one unit), or its slug.
// - main kind: `kinds[0]`.
// - venue: the venue's name (or address) against the annotated venue: equal after folding, one
//   containing the other, or sharing at least half their words; null against null is right.
// - officers (rank + name), officials (name), delegations (present → on behalf of, names),
//   participant groups and topics (codes): micro-averaged F1 over the corpus.
// It only reports; it never fails on a score.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findDistricts } from '../../packages/core/src/districts';
import {
  EVENT_KINDS,
  findDateMentions,
  findUnitMentions,
  findVocabularyCodes,
  getPolda,
  type LocalDate,
  PARTICIPANT_GROUPS,
  parseOfficerMentions,
  phasesAt,
  TOPICS,
} from '../../packages/core/src/index';
import { extractArticle } from '../../packages/extract/src/extractArticle';

interface Annotation {
  url?: string;
  publisher?: string;
  publishedOn: LocalDate | null;
  event: {
    date: string | null;
    electionId: string | null;
    organiser: string | null;
    mainKind: string | null;
    venue: string | null;
    participantGroups: string[];
    topics: string[];
  };
  officers: { rank: string; name: string }[];
  officials: { name: string }[];
  delegations: { present: string; onBehalfOf: string }[];
}

/** What one reader (the extractor or the naive composition) answers for one article. */
interface Answer {
  date: string | null;
  electionId: string | null;
  organiserIds: string[];
  mainKind: string | null;
  venue: string | null;
  officers: string[];
  officials: string[];
  delegations: string[];
  groups: string[];
  topics: string[];
}

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = path.join(root, 'corpus', 'articles');
const showFailures = process.argv.includes('--failures');
/** The number after a flag (`--from 56`), or `fallback`. */
function numberOption(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isInteger(value) ? value : fallback;
}
const fromNumber = numberOption('--from', 0);
const toNumber = numberOption('--to', Number.POSITIVE_INFINITY);

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
const slug = (s: string) => fold(s).replace(/ /gu, '-');

function unitIdsOf(name: string): string[] {
  const ids = [slug(name)];
  const polda = getPolda(name);
  if (polda !== undefined) ids.push(polda.id);
  const mention = findUnitMentions(name, { findDistricts })[0];
  if (mention !== undefined) {
    ids.push(slug(mention.displayName));
    const p = mention.kind === 'polda' ? getPolda(mention.displayName) : undefined;
    if (p !== undefined) ids.push(p.id);
  }
  return ids;
}

function venueMatches(got: string | null, expected: string | null): boolean {
  if (got === null || expected === null) return got === expected;
  const a = fold(got);
  const b = fold(expected);
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared * 2 >= Math.max(wa.size, wb.size);
}

function extractorAnswer(text: string, annotation: Annotation): Answer {
  const options: Parameters<typeof extractArticle>[1] = { findDistricts };
  if (annotation.publishedOn !== null) options.publishedOn = annotation.publishedOn;
  if (annotation.url !== undefined) options.url = annotation.url;
  if (annotation.publisher !== undefined) options.publisher = annotation.publisher;
  const { event, dataset } = extractArticle(text, options);
  const nameOf = new Map(dataset.people.map((p) => [p.id, p.name]));
  const venue = event?.venue;
  const address = venue?.address;
  return {
    date: event?.datePrecision === 'day' ? (event.date ?? null) : null,
    electionId: event?.election?.electionId ?? null,
    organiserIds: event?.organizerIds ?? [],
    mainKind: event?.kinds[0] ?? null,
    venue: venue?.name ?? address?.village ?? address?.district ?? address?.city ?? address?.regency ?? null,
    officers: dataset.people
      .filter((p) => p.kind === 'officer')
      .map((p) => `${'rank' in p ? p.rank : ''}|${fold(p.name)}`),
    officials: dataset.people.filter((p) => p.kind === 'official').map((p) => fold(p.name)),
    delegations: (event?.participants ?? [])
      .filter((p) => p.onBehalfOf !== undefined)
      .map((p) => `${fold(nameOf.get(p.personId) ?? '')}>${fold(nameOf.get(p.onBehalfOf!) ?? '')}`),
    groups: event?.participantGroups.map((g) => g.group) ?? [],
    topics: event?.topics ?? [],
  };
}

function naiveAnswer(text: string, annotation: Annotation): Answer {
  const options = annotation.publishedOn === null ? {} : { referenceDate: annotation.publishedOn };
  const firstDate = findDateMentions(text, options).find((d) => d.date !== undefined)?.date ?? null;
  const firstUnit = findUnitMentions(text, { findDistricts })[0];
  const election = firstDate === null ? undefined : phasesAt(firstDate)[0]?.electionId;
  return {
    date: firstDate,
    electionId: election ?? null,
    organiserIds: firstUnit === undefined ? [] : unitIdsOf(text.slice(firstUnit.start, firstUnit.end)),
    mainKind: findVocabularyCodes(EVENT_KINDS, text)[0] ?? null,
    venue: null,
    officers: parseOfficerMentions(text).map((m) => `${m.rank}|${fold(m.name)}`),
    officials: [],
    delegations: [],
    groups: findVocabularyCodes(PARTICIPANT_GROUPS, text),
    topics: findVocabularyCodes(TOPICS, text),
  };
}

interface Tally {
  right: number;
  total: number;
}
interface F1Tally {
  tp: number;
  fp: number;
  fn: number;
}
type Scores = Record<'date' | 'election' | 'organiser' | 'mainKind' | 'venue', Tally> &
  Record<'officers' | 'officials' | 'delegations' | 'groups' | 'topics', F1Tally>;

const newScores = (): Scores => ({
  date: { right: 0, total: 0 },
  election: { right: 0, total: 0 },
  organiser: { right: 0, total: 0 },
  mainKind: { right: 0, total: 0 },
  venue: { right: 0, total: 0 },
  officers: { tp: 0, fp: 0, fn: 0 },
  officials: { tp: 0, fp: 0, fn: 0 },
  delegations: { tp: 0, fp: 0, fn: 0 },
  groups: { tp: 0, fp: 0, fn: 0 },
  topics: { tp: 0, fp: 0, fn: 0 },
});

function tallySet(t: F1Tally, got: readonly string[], expected: readonly string[]): string[] {
  const g = new Set(got);
  const e = new Set(expected);
  const misses: string[] = [];
  for (const x of g) {
    if (e.has(x)) t.tp++;
    else {
      t.fp++;
      misses.push(`+${x}`);
    }
  }
  for (const x of e) {
    if (!g.has(x)) {
      t.fn++;
      misses.push(`-${x}`);
    }
  }
  return misses;
}

function score(scores: Scores, answer: Answer, annotation: Annotation): string[] {
  const failures: string[] = [];
  const check = (
    field: keyof Scores & ('date' | 'election' | 'organiser' | 'mainKind' | 'venue'),
    ok: boolean,
    got: unknown,
    exp: unknown,
  ) => {
    scores[field].total++;
    if (ok) scores[field].right++;
    else failures.push(`${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(exp)}`);
  };
  const e = annotation.event;
  check('date', answer.date === e.date, answer.date, e.date);
  check('election', answer.electionId === e.electionId, answer.electionId, e.electionId);
  const expectedIds = e.organiser === null ? [] : unitIdsOf(e.organiser);
  const organiserOk =
    e.organiser === null
      ? answer.organiserIds.length === 0
      : answer.organiserIds.some((id) => expectedIds.includes(id));
  check('organiser', organiserOk, answer.organiserIds, e.organiser);
  check('mainKind', answer.mainKind === e.mainKind, answer.mainKind, e.mainKind);
  check('venue', venueMatches(answer.venue, e.venue), answer.venue, e.venue);
  const sets: [keyof Scores & ('officers' | 'officials' | 'delegations' | 'groups' | 'topics'), string[], string[]][] =
    [
      ['officers', answer.officers, annotation.officers.map((o) => `${o.rank}|${fold(o.name)}`)],
      ['officials', answer.officials, annotation.officials.map((o) => fold(o.name))],
      [
        'delegations',
        answer.delegations,
        annotation.delegations.map((d) => `${fold(d.present)}>${fold(d.onBehalfOf)}`),
      ],
      ['groups', answer.groups, e.participantGroups],
      ['topics', answer.topics, e.topics],
    ];
  for (const [field, got, expected] of sets) {
    const misses = tallySet(scores[field], got, expected);
    if (misses.length > 0) failures.push(`${field}: ${misses.join(' ')}`);
  }
  return failures;
}

const TARGETS: Record<keyof Scores, number> = {
  date: 0.95,
  election: 0.97,
  organiser: 0.9,
  mainKind: 0.9,
  venue: 0.75,
  officers: 0.95,
  officials: 0.8,
  delegations: 0.85,
  groups: 0.8,
  topics: 0.9,
};

const extractor = newScores();
const naive = newScores();
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => {
    const number = Number.parseInt(f, 10);
    return number >= fromNumber && number <= toNumber;
  })
  .sort();
let articles = 0;
let chars = 0;
let elapsed = 0;
for (const file of files) {
  const annotation = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Annotation;
  const text = readFileSync(path.join(dir, file.replace(/\.json$/u, '.txt')), 'utf8');
  articles++;
  chars += text.length;
  const t0 = performance.now();
  const answer = extractorAnswer(text, annotation);
  elapsed += performance.now() - t0;
  const failures = score(extractor, answer, annotation);
  score(naive, naiveAnswer(text, annotation), annotation);
  if (showFailures && failures.length > 0) console.log(`${file}\n  ${failures.join('\n  ')}`);
}

const pct = (t: Tally) => (t.total === 0 ? 'n/a' : `${((100 * t.right) / t.total).toFixed(1)}%`);
const f1 = (t: F1Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const value = (s: Scores, k: keyof Scores) => {
  const t = s[k];
  return 'total' in t ? (t.total === 0 ? 0 : t.right / t.total) : f1(t);
};
const show = (s: Scores, k: keyof Scores) => {
  const t = s[k];
  return 'total' in t ? pct(t) : f1(t).toFixed(3);
};

console.log(
  `extractArticle on ${articles} corpus articles${fromNumber > 0 || toNumber < Number.POSITIVE_INFINITY ? ` (numbers ${fromNumber}–${toNumber})` : ''} (${(chars / 1024).toFixed(0)} kB), ${(elapsed / articles).toFixed(2)} ms/article`,
);
console.log('| field | extractor | naive core | target | met |');
console.log('|---|---|---|---|---|');
for (const k of Object.keys(TARGETS) as (keyof Scores)[]) {
  const kind = 'total' in extractor[k] ? 'accuracy' : 'F1';
  const met = value(extractor, k) >= TARGETS[k] ? 'yes' : 'no';
  const target = kind === 'accuracy' ? `≥ ${(TARGETS[k] * 100).toFixed(0)}%` : `≥ ${TARGETS[k].toFixed(2)}`;
  console.log(`| ${k} (${kind}) | ${show(extractor, k)} | ${show(naive, k)} | ${target} | ${met} |`);
}
