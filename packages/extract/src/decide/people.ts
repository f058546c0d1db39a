import {
  type Appointment,
  type FoundOfficerMention,
  type LocalDate,
  type Officer,
  type Official,
  type PersonRecord,
  POSITIONS,
  type TextSpan,
  type UnitKind,
} from '@kamtibmas/core';
import { type ArticleText, inQuote, spanIndexAt } from '../_lib/ArticleText';
import { findPhrases } from '../_lib/findPhrases';
import { isWhiteSpaceCode, isWordCharAt } from '../_lib/foldCase';
import { hitsIn } from '../_lib/hitsIn';
import type { FoundUnit } from '../_lib/ReadContext';
import { slugify } from '../_lib/slug';
import { type UnitRecords, unitChainIds, unitIdOf } from '../assemble/unitRecords';
import { SPEECH_VERBS } from '../data/dateCues';
import { NOT_NAME_WORDS } from '../data/officialNameWords';
import { LEVEL_WORD_KINDS } from '../data/officialTitles';
import type { PersonSpan } from './delegation';
import { has } from './has';
import { fitsOnePerson, groupOfficerMentions } from './officerPeople';
import type { FoundOfficial } from './officials';

/** An organisation an official's office belongs to. */
export interface OrganizationDraft {
  /** Slug id. */
  readonly id: string;
  /** Kind. */
  readonly kind: FoundOfficial['organization']['kind'];
  /** Name. */
  readonly name: string;
  /** Where the office and place are written. */
  readonly span: TextSpan;
}

/** The people of the article as records, and where each is mentioned. */
export interface PeopleDecision {
  /** Person records (officers, then officials), unique ids. */
  readonly people: PersonRecord[];
  /** Every mention of a person, sorted by start. */
  readonly spans: PersonSpan[];
  /** Organisations the officials' offices belong to. */
  readonly organizations: OrganizationDraft[];
  /** For each officer mention, the id of its person (same order as the mentions). */
  readonly officerIds: string[];
  /** For each official mention, the id of its person, if it names one. */
  readonly officialIds: (string | undefined)[];
  /** For each official mention, the id of its organisation, if one was made. */
  readonly officialOrganizationIds: (string | undefined)[];
  /** Evidence: claim and span. */
  readonly evidence: { claim: string; span: TextSpan }[];
}

/**
 * Makes one person record per person: officers grouped by {@link groupOfficerMentions} ("AKBP Imam
 * Tarmudi" … "AKBP Imam"), officials by name; each with the fullest name, its honorifics and titles,
 * and appointments to the units and organisations named with their positions (dated `asOf`). An
 * officer's position is placed in the unit of the position's kind within the named unit (a Wadir
 * Binmas of Polda Sumsel in Ditbinmas Polda Sumsel), else the named unit. Later references by bare
 * name or position after a speech verb ("kata Kapolsek", "kata Umi") are added as mentions of the
 * one person they fit. Ids are name slugs, suffixed when two people share one.
 *
 * @param article - The article.
 * @param officers - Officer mentions.
 * @param officials - Official mentions.
 * @param units - The unit records being built.
 * @param unitMentions - Unit mentions of the article (to place positions).
 * @param asOf - Date the appointments are stated at.
 * @returns The people.
 * @example
 * ```ts
 * readPeople(article, officers, [], units, [], '2023-11-24').people.map((p) => p.id)
 * //=> ['imam-tarmudi', 'sofyan-hidayat']
 * ```
 * @internal
 */
export function readPeople(
  article: ArticleText,
  officers: readonly FoundOfficerMention[],
  officials: readonly FoundOfficial[],
  units: UnitRecords,
  unitMentions: readonly FoundUnit[],
  asOf: LocalDate | undefined,
): PeopleDecision {
  const people: PersonRecord[] = [];
  const spans: PersonSpan[] = [];
  const evidence: { claim: string; span: TextSpan }[] = [];
  // People, organisations and units share the dataset's one space of ids: a slug taken by a unit
  // ("Ketua Polda Sumsel …" names a body 'polda-sumsel') or by another record gets a number.
  const used = new Set<string>();
  const uniqueSlug = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id) || units.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const uniqueId = (name: string) => uniqueSlug(slugify(name));
  const officerIds: string[] = new Array(officers.length).fill('');
  const positionsOf = new Map<string, string[]>();
  const placed = new Map<string, string | undefined>();
  officers = officers.map((mention) => {
    const name = withoutTrailingNonName(mention.name);
    return name === mention.name ? mention : { ...mention, name };
  });
  for (const group of groupOfficerMentions(officers)) {
    const best = officers[group.best]!;
    const id = uniqueId(best.name);
    const appointments: Appointment[] = [];
    const titles: string[] = [];
    const honorifics: string[] = [];
    for (const index of group.mentions) {
      const mention = officers[index]!;
      officerIds[index] = id;
      spans.push({ personId: id, start: mention.start, end: mention.end });
      for (const t of mention.titles) if (!titles.includes(t)) titles.push(t);
      for (const h of mention.honorifics) if (!honorifics.includes(h)) honorifics.push(h);
      const appointment = officerAppointment(mention, units, unitMentions, asOf, placed);
      if (appointment !== undefined && !appointments.some((a) => sameAppointment(a, appointment))) {
        appointments.push(appointment);
        evidence.push({ claim: `person:${id}.position`, span: mention });
      }
      if (mention.position !== undefined) {
        const list = positionsOf.get(id) ?? [];
        list.push(mention.position.text.toLowerCase());
        positionsOf.set(id, list);
      }
    }
    evidence.push({ claim: `person:${id}.rank`, span: officers[group.best]! });
    const officer: Officer = {
      kind: 'officer',
      id,
      name: best.name,
      rank: best.rank,
      honorifics,
      titles,
      appointments,
    };
    people.push(officer);
  }
  const organizations: OrganizationDraft[] = [];
  const officialIds: (string | undefined)[] = [];
  const officialOrganizationIds: (string | undefined)[] = [];
  const byName = new Map<string, Official>();
  /** Each organisation's id in the dataset, by its name's slug. */
  const organizationIds = new Map<string, string>();
  const holders = new Map<string, Official>();
  for (const official of officials) {
    const named = organizationOf(official);
    // An office's organisation becomes a record only with a person who holds it.
    const keep = official.name.length > 0 && named !== undefined;
    let id = named === undefined ? undefined : organizationIds.get(named.id);
    if (keep && id === undefined) {
      id = uniqueSlug(named.id);
      organizationIds.set(named.id, id);
      organizations.push({ ...named, id });
    }
    const organization = named === undefined || id === undefined ? named : { ...named, id };
    officialOrganizationIds.push(keep ? id : undefined);
    if (official.name.length === 0) {
      // "tambah Ketua KPU Balikpapan": the one official already named with that office.
      const same = people.find(
        (p): p is Official =>
          p.kind === 'official' &&
          p.appointments.some(
            (a) => a.organizationId === organization?.id && a.position === (official.code ?? official.position),
          ),
      );
      officialIds.push(same?.id);
      if (same !== undefined) spans.push({ personId: same.id, start: official.start, end: official.end });
      continue;
    }
    const key = official.name.toLowerCase();
    let person = byName.get(key);
    // "Kajari Sekadau Adyantana Meru Herlambang" … "Kajari Sekadau Adyantana": the holder of the same
    // office named again (held-out corpus 134).
    if (person === undefined && organization !== undefined) {
      const holder = holders.get(`${official.code ?? official.position}\u0000${organization.id}`);
      if (holder !== undefined && fitsOnePerson(holder.name, official.name)) person = holder;
    }
    if (person === undefined) {
      person = {
        kind: 'official',
        id: uniqueId(official.name),
        name: official.name,
        honorifics: official.honorifics,
        titles: official.titles,
        appointments: [],
      };
      byName.set(key, person);
      people.push(person);
    }
    if (organization !== undefined) {
      const appointment: Appointment = {
        position: official.code ?? official.position,
        organizationId: organization.id,
      };
      if (official.acting !== undefined) appointment.acting = official.acting;
      if (asOf !== undefined) appointment.asOf = asOf;
      if (!person.appointments.some((a) => sameAppointment(a, appointment))) person.appointments.push(appointment);
      holders.set(`${appointment.position}\u0000${organization.id}`, person);
      evidence.push({ claim: `person:${person.id}.position`, span: official });
    }
    officialIds.push(person.id);
    spans.push({ personId: person.id, start: official.start, end: official.end });
  }
  for (const span of laterReferences(article, people, positionsOf, spans)) spans.push(span);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { people, spans, organizations, officerIds, officialIds, officialOrganizationIds, evidence };
}

/** "Iptu Adib Widayaka\nKegiatan ini …": a name read across a line break ends before a word that is
 * never part of a name. */
function withoutTrailingNonName(name: string): string {
  let end = name.length;
  for (;;) {
    let start = end;
    while (start > 0 && !isWhiteSpaceCode(name.charCodeAt(start - 1))) start--;
    if (start === 0 || !has(NOT_NAME_WORDS, name.slice(start, end).toLowerCase())) break;
    end = start;
    while (end > 0 && isWhiteSpaceCode(name.charCodeAt(end - 1))) end--;
  }
  return end === name.length ? name : name.slice(0, end);
}

function sameAppointment(a: Appointment, b: Appointment): boolean {
  return a.position === b.position && a.organizationId === b.organizationId && a.status === b.status;
}

function officerAppointment(
  mention: FoundOfficerMention,
  units: UnitRecords,
  unitMentions: readonly FoundUnit[],
  asOf: LocalDate | undefined,
  placed: Map<string, string | undefined>,
): Appointment | undefined {
  if (mention.position === undefined) return undefined;
  const code = mention.position.code;
  const wanted = code === undefined ? undefined : (POSITIONS[code] as { unitKind?: UnitKind } | undefined)?.unitKind;
  // The same position in the same unit is placed once (an article repeats "Kapolres X, AKBP Y").
  const key = `${code ?? mention.position.text}\u0000${mention.unit === undefined ? '' : unitIdOf(mention.unit)}`;
  let unitId: string | undefined;
  if (placed.has(key)) unitId = placed.get(key);
  else {
    unitId = placeOfficer(mention, wanted, units, unitMentions);
    placed.set(key, unitId);
  }
  if (unitId === undefined) return undefined;
  const appointment: Appointment = { position: code ?? mention.position.text, organizationId: unitId };
  if (mention.former) appointment.status = 'former';
  if (mention.acting === 'pj' || mention.acting === 'plt' || mention.acting === 'plh' || mention.acting === 'ps') {
    appointment.acting = mention.acting;
  }
  if (asOf !== undefined) appointment.asOf = asOf;
  return appointment;
}

function placeOfficer(
  mention: FoundOfficerMention,
  wanted: UnitKind | undefined,
  units: UnitRecords,
  unitMentions: readonly FoundUnit[],
): string | undefined {
  let unitId: string | undefined;
  if (mention.unit !== undefined) {
    const named = unitIdOf(mention.unit);
    if (wanted !== undefined && mention.unit.kind !== wanted) {
      const inner = unitMentions.find((u) => u.kind === wanted && unitChainIds(u).includes(named));
      if (inner !== undefined) unitId = units.add(inner);
    }
    unitId ??= units.add(mention.unit);
  } else if (wanted !== undefined) {
    const same = unitMentions.filter((u) => u.kind === wanted);
    const ids = new Set(same.map((u) => unitIdOf(u)));
    if (ids.size === 1) unitId = units.add(same[0]!);
  }
  return unitId;
}

function organizationOf(official: FoundOfficial): OrganizationDraft | undefined {
  const { prefix, kind } = official.organization;
  const place = official.place;
  if (place === undefined) return undefined;
  const level =
    official.placeLevel !== undefined &&
    (LEVEL_WORD_KINDS as readonly string[]).includes(kind) &&
    !/^(kota|kabupaten)\b/iu.test(place)
      ? official.placeLevel === 'city'
        ? 'Kota '
        : 'Kabupaten '
      : '';
  const name =
    prefix.length > 0 && !place.toLowerCase().startsWith(prefix.toLowerCase()) ? `${prefix} ${level}${place}` : place;
  return { id: slugify(name), kind, name, span: official };
}

/** Bare names and positions right after a speech verb ("kata Umi", "jelas Kapolsek") or a bare
 * name right before one ("Anggie menjelaskan"), when exactly one person fits; and a position
 * written alone elsewhere ("… melalui Kapolsek Cugenang, menegaskan") when one person holds it. */
function laterReferences(
  article: ArticleText,
  people: readonly PersonRecord[],
  positionsOf: ReadonlyMap<string, string[]>,
  known: readonly PersonSpan[],
): PersonSpan[] {
  const out: PersonSpan[] = [];
  const { text, folded } = article;
  // The sorted mentions and the people by name word are made when first needed: most articles'
  // speech verbs stand next to a known mention or a word in lower case.
  let sorted: PersonSpan[] | undefined;
  const isKnown = (span: TextSpan) => {
    sorted ??= known.slice().sort((a, b) => a.start - b.start);
    const i = spanIndexAt(sorted, span.start);
    return i !== -1 && sorted[i]!.end >= span.end;
  };
  let byWord: Map<string, PersonRecord[]> | undefined;
  const fitting = (word: TextSpan) => {
    byWord ??= peopleByWord(people, positionsOf);
    return byWord.get(folded.slice(word.start, word.end));
  };
  const refer = (word: TextSpan | undefined) => {
    // A word in lower case is told before the mentions are sorted (most words after a speech verb are).
    if (word === undefined || text[word.start] === text[word.start]!.toLowerCase() || isKnown(word)) return;
    const fits = fitting(word);
    if (fits !== undefined && fits.length === 1) out.push({ personId: fits[0]!.id, start: word.start, end: word.end });
  };
  for (const hit of hitsIn(article, SPEECH_VERBS)) {
    if (inQuote(article, hit.start)) continue;
    refer(wordAfter(text, hit.end));
    refer(wordBefore(text, hit.start));
  }
  const byPosition = new Map<string, string[]>();
  for (const [id, positions] of positionsOf) {
    for (const position of new Set(positions)) {
      const ids = byPosition.get(position);
      if (ids === undefined) byPosition.set(position, [id]);
      else ids.push(id);
    }
  }
  const single: string[] = [];
  for (const [position, ids] of byPosition) if (ids.length === 1) single.push(position);
  if (single.length === 0) return out;
  for (const hit of findPhrases(folded, single)) {
    if (inQuote(article, hit.start)) continue;
    if (isKnown(hit)) continue;
    if (text[hit.start] === text[hit.start]!.toLowerCase()) continue;
    out.push({ personId: byPosition.get(hit.phrase)![0]!, start: hit.start, end: hit.end });
  }
  return out;
}

/** Each word of the people's names, and each position they hold, with the people it fits. */
function peopleByWord(
  people: readonly PersonRecord[],
  positionsOf: ReadonlyMap<string, string[]>,
): Map<string, PersonRecord[]> {
  const byWord = new Map<string, PersonRecord[]>();
  const addWord = (word: string, person: PersonRecord) => {
    const list = byWord.get(word);
    if (list === undefined) byWord.set(word, [person]);
    else if (list[list.length - 1] !== person) list.push(person);
  };
  for (const person of people) {
    for (const word of person.name.toLowerCase().split(' ')) addWord(word, person);
    for (const position of positionsOf.get(person.id) ?? []) addWord(position, person);
  }
  return byWord;
}

function wordAfter(text: string, at: number): TextSpan | undefined {
  let s = at;
  while (s < text.length && text[s] === ' ') s++;
  let e = s;
  while (e < text.length && isWordCharAt(text, e)) e++;
  return e > s ? { start: s, end: e } : undefined;
}

function wordBefore(text: string, at: number): TextSpan | undefined {
  let e = at;
  while (e > 0 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && isWordCharAt(text, s - 1)) s--;
  return e > s ? { start: s, end: e } : undefined;
}
