import { type Event, isLocalDate, type Organization, type Source, type TextSpan } from '@kamtibmas/core';
import { readArticleText } from './_lib/ArticleText';
import { EvidenceList } from './_lib/EvidenceList';
import { findMentions } from './_lib/findMentions';
import type { ReadContext } from './_lib/ReadContext';
import { slugify } from './_lib/slug';
import type {
  ArticleExtraction,
  ExtractArticleOptions,
  ExtractedOfficerMention,
  ExtractedOfficialMention,
  ExtractedUnitMention,
  UnresolvedMention,
} from './ArticleExtraction';
import { assembleParticipations } from './assemble/participations';
import { findPublisher } from './assemble/publisher';
import { UnitRecords, unitIdOf } from './assemble/unitRecords';
import { findDelegations } from './decide/delegation';
import { decideElection } from './decide/election';
import { decideEventDate } from './decide/eventDate';
import { decideKinds } from './decide/kinds';
import { findOfficials } from './decide/officials';
import { decideOperation } from './decide/operation';
import { decideOrganiser } from './decide/organiser';
import { decideParticipantGroups } from './decide/participantGroups';
import { readPeople } from './decide/people';
import { decideTopics } from './decide/topics';
import { decideVenue } from './decide/venue';

/** Longest title taken from the first sentence when the article has no headline. */
const MAX_TITLE = 200;

/**
 * Reads a news article about a police "cooling system" activity into a draft dataset: the main
 * activity as an {@link @kamtibmas/core!Event | Event} (kinds, date and how it is known, venue, organiser,
 * participants with roles and delegations, participant groups, topics, election and stage,
 * operation), the units, organisations and people it refers to (deterministic slug ids), every
 * fact backed by an evidence quote with its offsets (`quote === text.slice(start, end)`), the
 * mentions it was built from, what could not be linked, and notes for a reviewer. It never throws:
 * on any input it returns an extraction, empty when the text names no activity.
 *
 * @param text - The article's text (headline, dateline and body, as published).
 * @param options - What the caller knows besides the text: `url`, `publisher`, `publishedOn` (to
 *   date "(24/8)"), `findDistricts` (from `@kamtibmas/core/districts`), `known` records.
 * @returns The extraction; `dataset.events[0] === event`.
 * @example
 * ```ts
 * const { event } = extractArticle(
 *   'Polres Lebong Gelar Sosialisasi Pilkada Damai\nLEBONG - Polres Lebong menggelar sosialisasi Pilkada damai di Aula Mapolres Lebong, Senin (7/10/2024).',
 * );
 * [event?.organizerIds, event?.date, event?.kinds, event?.venue?.name, event?.election?.electionId]
 * //=> [['polres-lebong'], '2024-10-07', ['sosialisasi'], 'Aula Mapolres Lebong', 'pilkada-2024']
 * ```
 * @category Extraction
 */
export function extractArticle(text: string, options: ExtractArticleOptions = {}): ArticleExtraction {
  const safeText = typeof text === 'string' ? text : '';
  const safeOptions = readOptions(options);
  try {
    return extract(safeText, safeOptions.options, safeOptions.notes);
  } catch (error) {
    return {
      dataset: { units: [], organizations: [], people: [], events: [] },
      event: undefined,
      mentions: { officers: [], officials: [], units: [], dates: [], kinds: [], groups: [], topics: [] },
      unresolved: [],
      notes: [
        `extractArticle: could not read the article (${error instanceof Error ? error.message : String(error)}).`,
      ],
    };
  }
}

/** Keeps the options that are what they claim to be; a malformed one is dropped with a note. */
function readOptions(options: unknown): { options: ExtractArticleOptions; notes: string[] } {
  const notes: string[] = [];
  if (typeof options !== 'object' || options === null) return { options: {}, notes };
  const given = options as Record<string, unknown>;
  const kept: ExtractArticleOptions = {};
  for (const key of ['url', 'publisher'] as const) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.length > 0) kept[key] = value;
    else notes.push(`options.${key}: not a non-empty string; ignored.`);
  }
  if (given.publishedOn !== undefined) {
    if (isLocalDate(given.publishedOn)) kept.publishedOn = given.publishedOn;
    else
      notes.push(
        `options.publishedOn: ${JSON.stringify(given.publishedOn)} is not a calendar date (YYYY-MM-DD); ignored.`,
      );
  }
  if (typeof given.findDistricts === 'function')
    kept.findDistricts = given.findDistricts as ExtractArticleOptions['findDistricts'];
  const known = given.known as ExtractArticleOptions['known'] | undefined;
  if (known !== undefined && typeof known === 'object' && known !== null && Array.isArray(known.units))
    kept.known = known;
  return { options: kept, notes };
}

function extract(text: string, options: ExtractArticleOptions, optionNotes: readonly string[]): ArticleExtraction {
  const article = readArticleText(text);
  const found = findMentions(article, options);
  const context: ReadContext = { article, options, found };
  const evidence = new EvidenceList(text);
  const cite = (claim: string, span: TextSpan | undefined) => {
    if (span !== undefined) evidence.add(claim, span.start, span.end);
  };
  const notes: string[] = [...optionNotes];
  const unresolved: UnresolvedMention[] = [];

  if (article.headline !== undefined) cite('source.title', article.headline);
  const publisher = options.publisher === undefined ? findPublisher(article) : undefined;
  if (publisher !== undefined) cite('source.publisher', publisher);

  const when = decideEventDate(context);
  notes.push(...when.notes);
  const units = new UnitRecords(options.known);
  const organiser = decideOrganiser(context);
  const organiserId = organiser === undefined ? undefined : units.add(organiser.unit);
  if (organiser !== undefined && organiserId === undefined) {
    notes.push(
      `event.organizerIds: "${text.slice(organiser.mention.start, organiser.mention.end)}" could not be placed in the unit hierarchy.`,
    );
  }
  const unitMentions: ExtractedUnitMention[] = [];
  for (const mention of found.units) {
    const id = units.add(mention);
    if (id === undefined) {
      unresolved.push({
        kind: 'unit',
        text: text.slice(mention.start, mention.end),
        start: mention.start,
        end: mention.end,
        ref: unitIdOf(mention),
      });
      continue;
    }
    // The finder's own object, given its id (a copy per mention cost about 1 % of the read).
    const extracted = mention as ExtractedUnitMention;
    extracted.unitId = id;
    unitMentions.push(extracted);
  }

  const officials = findOfficials(article, found.officers, options.findDistricts);
  const asOf = when.date ?? options.publishedOn;
  const people = readPeople(article, found.officers, officials, units, found.units, asOf);
  const delegations = findDelegations(article, people.spans);
  const participations = assembleParticipations(article, people.spans, delegations);
  const kinds = decideKinds(context);
  const venue = decideVenue(context);
  const groups = decideParticipantGroups(context, officials);
  const topics = decideTopics(context);
  const election = decideElection(context, when.date, when.precision);
  const { decision: operation, notes: operationNotes } = decideOperation(context, when.date);
  notes.push(...operationNotes);

  for (const span of kinds.evidence) cite('event.kinds', span);
  if (when.date !== undefined) cite('event.date', when.evidence);
  if (organiser !== undefined && organiserId !== undefined) {
    cite('event.organizer', organiser.evidence);
    cite(`unit:${organiserId}`, organiser.mention);
  }
  for (const mention of unitMentions) cite(`unit:${mention.unitId}`, mention);
  if (venue !== undefined) cite('event.venue', venue.evidence);
  for (let i = 0; i < groups.groups.length; i++) cite(`event.group:${groups.groups[i]!.group}`, groups.evidence[i]);
  for (let i = 0; i < topics.topics.length; i++) cite(`event.topic:${topics.topics[i]}`, topics.evidence[i]);
  if (election !== undefined) {
    cite('event.election', election.evidence);
    cite('event.election.phase', election.phaseEvidence);
  }
  if (operation !== undefined) cite('event.operation', operation.evidence);
  for (const item of people.evidence) cite(item.claim, item.span);
  for (const item of participations.evidence) cite(item.claim, item.span);

  const organizations: Organization[] = people.organizations.map(({ id, kind, name }) => ({ id, kind, name }));
  for (const organization of people.organizations) cite(`organization:${organization.id}`, organization.span);

  const headline = article.headline;
  const firstSentence = article.sentences[0];
  const titleSpan = headline ?? firstSentence;
  const title =
    titleSpan === undefined
      ? 'Kegiatan'
      : text.slice(titleSpan.start, Math.min(titleSpan.end, titleSpan.start + MAX_TITLE)).trim();
  if (headline === undefined && firstSentence !== undefined)
    cite('event.title', { start: firstSentence.start, end: firstSentence.start + title.length });

  const source: Source = {
    publisher: options.publisher ?? (publisher === undefined ? 'unknown' : text.slice(publisher.start, publisher.end)),
  };
  if (options.url !== undefined) source.url = options.url;
  if (headline !== undefined) source.title = title;
  if (options.publishedOn !== undefined) source.publishedOn = options.publishedOn;
  source.evidence = evidence.list();

  const mainKind = kinds.kinds[0] ?? 'other';
  const event: Event = {
    id: slugify([mainKind, organiserId ?? 'kegiatan', when.date ?? options.publishedOn ?? ''].join(' ')),
    kinds: kinds.kinds,
    title: title.length > 0 ? title : 'Kegiatan',
    datePrecision: when.date === undefined ? 'unknown' : when.precision,
    organizerIds: organiserId === undefined ? [] : [organiserId],
    participants: participations.participants,
    participantGroups: groups.groups,
    topics: topics.topics,
    sources: [source],
  };
  if (when.date !== undefined) event.date = when.date;
  if (when.dateText !== undefined) event.dateText = when.dateText;
  if (venue !== undefined) event.venue = venue.venue;
  if (election !== undefined) event.election = election.election;
  if (operation !== undefined) event.operation = operation.operation;
  if (kinds.evidence.length === 0)
    notes.push("event.kinds: the article names no known kind of activity; 'other' is a guess.");

  const officialMentions: ExtractedOfficialMention[] = officials.map((official, i) => {
    const mention: ExtractedOfficialMention = {
      start: official.start,
      end: official.end,
      name: official.name,
      honorifics: official.honorifics,
      titles: official.titles,
      position:
        official.code === undefined ? { text: official.position } : { code: official.code, text: official.position },
    };
    if (official.place !== undefined) mention.organization = official.place;
    if (official.acting !== undefined) mention.acting = official.acting;
    const personId = people.officialIds[i];
    if (personId !== undefined) mention.personId = personId;
    const organizationId = people.officialOrganizationIds[i];
    if (organizationId !== undefined) mention.organizationId = organizationId;
    if (personId === undefined) {
      unresolved.push({
        kind: 'official',
        text: text.slice(official.start, official.end),
        start: official.start,
        end: official.end,
        ref: organizationId ?? '',
      });
    }
    return mention;
  });

  return {
    dataset: { units: units.list(), organizations, people: people.people, events: [event] },
    event,
    mentions: {
      officers: found.officers.map((mention, i) => {
        const extracted = mention as ExtractedOfficerMention;
        extracted.personId = people.officerIds[i]!;
        return extracted;
      }),
      officials: officialMentions,
      units: unitMentions,
      dates: when.mentions,
      kinds: [...found.kinds],
      groups: [...found.groups],
      topics: [...found.topics],
    },
    unresolved,
    notes,
  };
}
