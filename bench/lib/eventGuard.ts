// A hand-written type guard for Event with the same shape checks as EventSchema (strict keys,
// slugs, codes from core's lists, string bounds, real dates, http(s) URLs, evidence ranges) —
// the floor that any schema library is compared against. It answers yes/no only: no issue
// list, no paths, no messages, no cross-field rules, no defensive copy of the input. What it
// checks against is not re-typed: the code lists come from core and the id and stage-id patterns
// from the validators' public IdSchema and PhaseIdSchema (see bench/validators.ts), so the floor
// checks the very slugs the schema does; only the checking is written by hand.
import type * as Core from '@kamtibmas/core';

type Codes = Pick<
  typeof Core,
  | 'EVENT_KIND_CODES'
  | 'DATE_PRECISIONS'
  | 'TOPIC_CODES'
  | 'PARTICIPATION_ROLES'
  | 'PARTICIPANT_GROUP_CODES'
  | 'ELECTION_IDS'
  | 'isLocalDate'
>;

/** The id and stage-id patterns of the schema (`IdSchema`, `PhaseIdSchema`). */
export interface SlugPatterns {
  readonly id: RegExp;
  readonly phaseId: RegExp;
}

const MAX_STRING = 10_000;
const MAX_ID = 200;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_STRING;
const optText = (v: unknown) => v === undefined || text(v);
const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}

function url(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > MAX_STRING) return false;
  if (!URL.canParse(v)) return false;
  const protocol = new URL(v).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

export function makeEventGuard(core: Codes, patterns: SlugPatterns): (value: unknown) => value is Core.Event {
  const id = (v: unknown) => typeof v === 'string' && v.length <= MAX_ID && patterns.id.test(v);
  const kinds = new Set<unknown>(core.EVENT_KIND_CODES);
  const precisions = new Set<unknown>(core.DATE_PRECISIONS);
  const topics = new Set<unknown>(core.TOPIC_CODES);
  const roles = new Set<unknown>(core.PARTICIPATION_ROLES);
  const groups = new Set<unknown>(core.PARTICIPANT_GROUP_CODES);
  const elections = new Set<unknown>(core.ELECTION_IDS);
  const date = (v: unknown) => core.isLocalDate(v);
  const optDate = (v: unknown) => v === undefined || date(v);

  const EVENT_KEYS = new Set([
    'id',
    'kinds',
    'title',
    'theme',
    'date',
    'dateText',
    'datePrecision',
    'venue',
    'organizerIds',
    'participants',
    'participantGroups',
    'topics',
    'election',
    'operation',
    'objectives',
    'quotes',
    'sources',
  ]);
  const VENUE_KEYS = new Set(['name', 'address']);
  const ADDRESS_KEYS = new Set(['street', 'village', 'district', 'regency', 'city', 'province']);
  const PARTICIPATION_KEYS = new Set(['personId', 'role', 'onBehalfOf']);
  const GROUP_KEYS = new Set(['group', 'count', 'countText', 'note']);
  const ELECTION_KEYS = new Set(['electionId', 'phaseId']);
  const QUOTE_KEYS = new Set(['personId', 'text']);
  const SOURCE_KEYS = new Set(['url', 'title', 'publisher', 'publishedOn', 'author', 'photoCredit', 'evidence']);
  const EVIDENCE_KEYS = new Set(['claim', 'quote', 'start', 'end']);

  const every = (v: unknown, item: (x: unknown) => boolean, min = 0) =>
    Array.isArray(v) && v.length >= min && v.every(item);

  const address = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, ADDRESS_KEYS) &&
    optText(v.street) &&
    optText(v.village) &&
    optText(v.district) &&
    optText(v.regency) &&
    optText(v.city) &&
    optText(v.province);
  const venue = (v: unknown) =>
    isObject(v) && onlyKeys(v, VENUE_KEYS) && optText(v.name) && (v.address === undefined || address(v.address));
  const participation = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, PARTICIPATION_KEYS) &&
    id(v.personId) &&
    roles.has(v.role) &&
    (v.onBehalfOf === undefined || id(v.onBehalfOf));
  const group = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, GROUP_KEYS) &&
    groups.has(v.group) &&
    (v.count === undefined || count(v.count)) &&
    optText(v.countText) &&
    optText(v.note);
  const election = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, ELECTION_KEYS) &&
    elections.has(v.electionId) &&
    (v.phaseId === undefined ||
      (typeof v.phaseId === 'string' && v.phaseId.length <= MAX_ID && patterns.phaseId.test(v.phaseId)));
  const quote = (v: unknown) => isObject(v) && onlyKeys(v, QUOTE_KEYS) && id(v.personId) && text(v.text);
  const evidence = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, EVIDENCE_KEYS) &&
    text(v.claim) &&
    text(v.quote) &&
    (v.start === undefined || count(v.start)) &&
    (v.end === undefined || count(v.end)) &&
    (v.start === undefined || v.end === undefined || (v.start as number) <= (v.end as number));
  const source = (v: unknown) =>
    isObject(v) &&
    onlyKeys(v, SOURCE_KEYS) &&
    (v.url === undefined || url(v.url)) &&
    optText(v.title) &&
    text(v.publisher) &&
    optDate(v.publishedOn) &&
    optText(v.author) &&
    optText(v.photoCredit) &&
    (v.evidence === undefined || every(v.evidence, evidence));

  return (v: unknown): v is Core.Event =>
    isObject(v) &&
    onlyKeys(v, EVENT_KEYS) &&
    id(v.id) &&
    every(v.kinds, (k) => kinds.has(k), 1) &&
    text(v.title) &&
    optText(v.theme) &&
    optDate(v.date) &&
    optText(v.dateText) &&
    precisions.has(v.datePrecision) &&
    (v.venue === undefined || venue(v.venue)) &&
    every(v.organizerIds, id) &&
    every(v.participants, participation) &&
    every(v.participantGroups, group) &&
    every(v.topics, (t) => topics.has(t)) &&
    (v.election === undefined || election(v.election)) &&
    optText(v.operation) &&
    (v.objectives === undefined || every(v.objectives, text)) &&
    (v.quotes === undefined || every(v.quotes, quote)) &&
    every(v.sources, source, 1);
}
