import type { Dataset, Event, LocalDate } from '@kamtibmas/core';
import type {
  MergeableExtraction,
  MergedExtractions,
  MergeExtractionsOptions,
  MergeUnresolved,
} from './MergedExtractions';
import { assignIds } from './merge/assignIds';
import type { Cluster } from './merge/Cluster';
import { canonicalOrder } from './merge/canonicalOrder';
import { clusterPeople } from './merge/clusterPeople';
import { clusterRecords } from './merge/clusterRecords';
import { addKnownReferences } from './merge/knownClosure';
import { mergeEvent } from './merge/mergeEvent';
import { mergePerson } from './merge/mergePerson';
import { rewriteEvent, rewritePerson, rewriteUnit } from './merge/rewriteRecords';
import { mergeOrganization, mergeUnit, organizationRules, unitRules } from './merge/unitRules';

export type {
  MergeableExtraction,
  MergedExtractions,
  MergedIds,
  MergeExtractionsOptions,
  MergeUnresolved,
} from './MergedExtractions';

const EMPTY: Dataset = { units: [], organizations: [], people: [], events: [] };
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const eventKey = (event: Event) => `${event.id}|${event.date ?? ''}|${[...event.organizerIds].sort().join(',')}`;

/**
 * Merges the extractions of many articles into one dataset. The same unit or organisation (same id,
 * or same kind and name) and the same person across articles become one record; every reference
 * (parents, appointments, organisers, participants, delegation, quotes, evidence claims) is
 * rewritten to the merged ids.
 *
 * - **People**: same kind, rank and name are one person when they share a unit or organisation,
 *   or — for a name of two words or more — when their units are under the same Polda (officers) or
 *   one has no appointment (officials). A shorter form of a name ("AKBP Imam" of "AKBP Imam
 *   Tarmudi") is linked only when it is the only such name and they share a unit. Anything else
 *   that might be someone else stays a separate record and is listed in `unresolved` with the ids
 *   it may be (`reason: 'ambiguous'`) — never merged silently. Appointments are kept with their
 *   `asOf`; one an article does not date gets the article's publication date (else its event's).
 * - **Events** reported by two articles with the same id, date and organisers become one event
 *   with both sources; other events are kept, each with its own sources and evidence.
 * - The same extraction given twice is read once (a note says so).
 * - **Ids** stay deterministic and unique: two different records with one id keep it for the first
 *   and get `-2`, `-3` … for the others (`ids` says, per article, what each id became). The articles
 *   are read in an order fixed by their content, so the order of the input does not change the result.
 * - **`options.known`**: records of an existing dataset are linked to instead of created; those
 *   the result refers to are copied into it, so it validates on its own.
 * - The extractors' `unresolved` mentions are carried over (`reason: 'unlinked'`) with their
 *   article's index and references rewritten.
 *
 * If every input dataset passes `validateDataset`, the merged one does. Inputs are not changed.
 *
 * @param extractions - Results of `extractArticle` (or any `{ dataset }`), one per article.
 * @param options - `known`: a dataset to link to.
 * @returns The merged dataset, the id mapping per article, what stayed unresolved, and notes.
 * @example
 * ```ts
 * // Two invented articles: the Kapolres named in full, then by a shorter name.
 * const a = extractArticle(
 *   'Kapolres Lebong AKBP Budi Santoso menggelar sosialisasi Pilkada damai bersama tokoh agama di Aula Polres Lebong, Senin (2/9/2024).',
 *   { publishedOn: '2024-09-02' },
 * );
 * const b = extractArticle(
 *   'Polres Lebong menggelar doa bersama jelang Pilkada 2024, Jumat (6/9/2024). Kapolres AKBP Budi mengajak warga menolak hoaks.',
 *   { publishedOn: '2024-09-06' },
 * );
 * const merged = mergeExtractions([a, b]);
 * merged.dataset.people.map((p) => [p.id, p.appointments.map((x) => x.asOf)]);
 * //=> [['budi-santoso', ['2024-09-02', '2024-09-06']]]
 * merged.ids[1].people
 * //=> { budi: 'budi-santoso' }
 * merged.dataset.events.length
 * //=> 2
 * ```
 * @category Merging
 */
export function mergeExtractions(
  extractions: readonly MergeableExtraction[],
  options: MergeExtractionsOptions = {},
): MergedExtractions {
  const known = options.known ?? EMPTY;
  const notes: string[] = [];
  const { order, duplicateOf } = canonicalOrder(extractions.map((extraction) => extraction.dataset));
  for (const [duplicate, first] of duplicateOf) {
    notes.push(`article ${duplicate} is the same extraction as article ${first}: read once`);
  }
  const perArticle = <T>(pick: (article: number) => readonly T[]) =>
    order.map((article) => ({ article, records: pick(article) }));
  const datasetOf = (article: number) => extractions[article]!.dataset;
  const newMaps = () => extractions.map(() => new Map<string, string>());

  // 1. Units and organisations (one id space).
  const ambiguousBody =
    (label: string) => (record: { id: string }, article: number, candidates: Cluster<{ id: string }>[]) => {
      notes.push(
        `${label} '${record.id}' of article ${article} has the name of ${candidates.length} different ${label}s: kept apart`,
      );
    };
  const unitClusters = clusterRecords(
    known.units,
    perArticle((a) => datasetOf(a).units),
    unitRules,
    ambiguousBody('unit'),
  );
  const organizationClusters = clusterRecords(
    known.organizations,
    perArticle((a) => datasetOf(a).organizations),
    organizationRules,
    ambiguousBody('organisation'),
  );
  const bodyIds = new Set([...known.units.map((u) => u.id), ...known.organizations.map((o) => o.id)]);
  assignIds(unitClusters, bodyIds, 'unit', notes);
  assignIds(organizationClusters, bodyIds, 'organisation', notes);
  const unitMaps = mapsOf(unitClusters, newMaps());
  const organizationMaps = mapsOf(organizationClusters, newMaps());
  const bodyMaps = extractions.map((_, i) => new Map([...organizationMaps[i]!, ...unitMaps[i]!]));

  const units = unitClusters.flatMap((cluster) =>
    mergedRecords(cluster, (m) => rewriteUnit(m.record, bodyMaps[m.article]!), mergeUnit),
  );
  const organizations = organizationClusters.flatMap((cluster) =>
    mergedRecords(cluster, (m) => structuredClone(m.record), mergeOrganization),
  );

  // 2. People, compared by the merged ids of their appointments.
  const parents = new Map<string, string>();
  for (const unit of [...known.units, ...units]) if (unit.parentId !== undefined) parents.set(unit.id, unit.parentId);
  const rootOf = (id: string): string => {
    let current = id;
    const seen = new Set<string>();
    for (let parent = parents.get(current); parent !== undefined && !seen.has(parent); parent = parents.get(current)) {
      seen.add(current);
      current = parent;
    }
    return current;
  };
  const people = clusterPeople(
    known.people,
    perArticle((a) => datasetOf(a).people.map((p) => rewritePerson(p, bodyMaps[a]!, articleDate(datasetOf(a))))),
    rootOf,
  );
  assignIds(people.clusters, new Set(known.people.map((p) => p.id)), 'person', notes);
  const personMaps = mapsOf(people.clusters, newMaps());
  const mergedPeople = people.clusters.flatMap((cluster) =>
    mergedRecords(
      cluster,
      (m) => m.record,
      mergePerson,
      (knownPerson, merged) => ({
        ...knownPerson,
        appointments: merged.appointments,
      }),
    ),
  );
  for (const { short, long } of people.links) {
    const articles = [...short.articles].filter((a) => a >= 0).join(', ');
    notes.push(
      `person '${short.summary.name}' (article ${articles}) linked to '${long.id}' (${long.summary.name}): the only longer name of that kind and rank, in the same unit or organisation`,
    );
  }

  // 3. Events, with every reference rewritten; two reports of one activity become one event.
  const eventClusters = clusterRecords(
    known.events,
    perArticle((a) => datasetOf(a).events.map((e) => rewriteEvent(e, bodyMaps[a]!, personMaps[a]!))),
    { keysOf: (event) => [eventKey(event)], compatible: () => true, absorb: mergeEvent },
  );
  assignIds(eventClusters, new Set(known.events.map((e) => e.id)), 'event', notes);
  const eventMaps = mapsOf(eventClusters, newMaps());
  const events = eventClusters.flatMap((cluster) => mergedRecords(cluster, (m) => m.record, mergeEvent));
  for (const cluster of eventClusters) {
    const articles = [...cluster.articles].filter((a) => a >= 0);
    if (articles.length + (cluster.known ? 1 : 0) > 1) {
      notes.push(
        `event '${cluster.id}': ${cluster.known ? 'the known event and ' : ''}article${articles.length > 1 ? 's' : ''} ${articles.sort((a, b) => a - b).join(', ')} report the same activity (same id, date and organisers): one event with their sources`,
      );
    }
  }

  // 4. The dataset, with the known records it refers to.
  const dataset: Dataset = { units, organizations, people: mergedPeople, events };
  const linked = [unitClusters, organizationClusters, people.clusters, eventClusters]
    .flat()
    .filter((c) => (c as Cluster<unknown>).known && (c as Cluster<unknown>).members.length > 1).length;
  const added = options.known === undefined ? 0 : addKnownReferences(dataset, known);
  if (linked + added > 0) {
    notes.push(
      `${linked} record(s) linked to options.known; ${added} known record(s) copied in because the result refers to them`,
    );
  }
  dataset.units.sort(byId);
  dataset.organizations.sort(byId);
  dataset.people.sort(byId);
  dataset.events.sort((a, b) => {
    const da = a.date ?? '\uffff';
    const db = b.date ?? '\uffff';
    return da < db ? -1 : da > db ? 1 : byId(a, b);
  });

  // 5. What stayed unresolved.
  const unresolved: MergeUnresolved[] = [];
  extractions.forEach((extraction, article) => {
    if (duplicateOf.has(article)) return;
    for (const item of extraction.unresolved ?? []) {
      unresolved.push({
        article,
        reason: 'unlinked',
        kind: item.kind,
        text: item.text,
        start: item.start,
        end: item.end,
        ref: rewriteRef(item.ref, bodyMaps[article]!, personMaps[article]!),
      });
    }
  });
  for (const { cluster, candidates } of people.ambiguous) {
    for (const member of cluster.members) {
      if (member.article < 0) continue;
      const mentions = extractions[member.article]!.mentions;
      const span = [...(mentions?.officers ?? []), ...(mentions?.officials ?? [])].find(
        (m) => m.personId === member.record.id,
      );
      unresolved.push({
        article: member.article,
        reason: 'ambiguous',
        kind: member.record.kind,
        text: member.record.name,
        ...(span === undefined ? {} : { start: span.start, end: span.end }),
        ref: cluster.id,
        candidates: candidates.map((c) => c.id).sort(),
      });
    }
  }
  unresolved.sort((a, b) => a.article - b.article || (a.start ?? -1) - (b.start ?? -1));

  notes.unshift(
    `${extractions.length} article(s) → ${dataset.units.length} unit(s), ${dataset.organizations.length} organisation(s), ${dataset.people.length} person(s), ${dataset.events.length} event(s); ${unresolved.length} unresolved`,
  );
  return {
    dataset,
    ids: extractions.map((_, article) => {
      const i = duplicateOf.get(article) ?? article;
      return {
        units: Object.fromEntries(unitMaps[i]!),
        organizations: Object.fromEntries(organizationMaps[i]!),
        people: Object.fromEntries(personMaps[i]!),
        events: Object.fromEntries(eventMaps[i]!),
      };
    }),
    unresolved,
    notes,
  };
}

/** The date an article reports its facts at: its publication date, else its event's date. */
function articleDate(dataset: Dataset): LocalDate | undefined {
  const event = dataset.events[0];
  return event?.sources[0]?.publishedOn ?? event?.date;
}

/** Per article: each member's id → its cluster's id. */
function mapsOf<T extends { id: string }>(
  clusters: readonly Cluster<T>[],
  maps: Map<string, string>[],
): Map<string, string>[] {
  for (const cluster of clusters) {
    for (const member of cluster.members)
      if (member.article >= 0) maps[member.article]!.set(member.record.id, cluster.id);
  }
  return maps;
}

/**
 * The cluster as one record with its merged id, or nothing for a known record no article linked
 * to (it is copied in only if referred to). A known record is kept as it is, or as `keepKnown` says.
 */
function mergedRecords<T extends { id: string }>(
  cluster: Cluster<T>,
  prepare: (member: Cluster<T>['members'][number]) => T,
  merge: (a: T, b: T) => T,
  keepKnown: (known: T, merged: T) => T = (knownRecord) => knownRecord,
): T[] {
  if (cluster.known && cluster.members.length === 1) return [];
  const records = cluster.members.map((member) => (member.article < 0 ? member.record : prepare(member)));
  const merged = records.reduce((a, b) => merge(a, b));
  const record = cluster.known ? keepKnown(structuredClone(records[0]!), merged) : merged;
  return [{ ...record, id: cluster.id }];
}

/** An unresolved mention's reference with merged ids (`'kapolsek@polsek-x'` keeps its prefix). */
function rewriteRef(ref: string, bodies: ReadonlyMap<string, string>, people: ReadonlyMap<string, string>): string {
  const at = ref.indexOf('@');
  if (at >= 0) {
    const id = ref.slice(at + 1);
    return `${ref.slice(0, at + 1)}${bodies.get(id) ?? id}`;
  }
  return bodies.get(ref) ?? people.get(ref) ?? ref;
}
