import type { PersonRecord } from '@kamtibmas/core';
import type { Cluster } from './Cluster';
import { clusterRecords } from './clusterRecords';
import { mergePerson } from './mergePerson';
import { isShorterForm, nameTokens } from './nameTokens';

/**
 * People who may be one another but were kept apart: `cluster` is listed with the `candidates`.
 *
 * @internal
 */
export interface AmbiguousPerson {
  cluster: Cluster<PersonRecord>;
  candidates: Cluster<PersonRecord>[];
}

/**
 * A line for the notes per shorter name linked to a longer one.
 *
 * @internal
 */
export interface NameLink {
  short: Cluster<PersonRecord>;
  long: Cluster<PersonRecord>;
}

const rankOf = (person: PersonRecord): string => (person.kind === 'officer' ? person.rank : '');
const groupKey = (person: PersonRecord): string => `${person.kind}:${rankOf(person)}`;
const organizationsOf = (person: PersonRecord): Set<string> =>
  new Set(person.appointments.map((appointment) => appointment.organizationId));

function share<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/**
 * Groups the people of the articles (ids of their appointments already merged) into one cluster
 * per person, in two passes:
 *
 * 1. Same kind, same rank and the same name: one person when they share an appointment's unit or
 *    organisation; otherwise, for a name of two words or more, an officer when their units are
 *    under the same Polda (or one has no unit) and an official when one has no appointment. A
 *    one-word name ("AKBP Imam") needs the shared unit.
 * 2. A shorter form of a name ("Imam" of "Imam Tarmudi", same kind and rank) joins the longer one
 *    only when it is the only such name and they share a unit or organisation.
 *
 * Whatever could be someone else but was not joined is returned in `ambiguous`, never merged.
 *
 * @param known - People of `options.known`.
 * @param articles - Each article's people, articles in canonical order.
 * @param rootOf - The top unit (Polda, Mabes) above a unit or organisation id, itself if none.
 * @returns The clusters, the people kept apart that may be others, and the shorter-name links made.
 * @internal
 */
export function clusterPeople(
  known: readonly PersonRecord[],
  articles: readonly { article: number; records: readonly PersonRecord[] }[],
  rootOf: (id: string) => string,
): { clusters: Cluster<PersonRecord>[]; ambiguous: AmbiguousPerson[]; links: NameLink[] } {
  const rootsOf = (person: PersonRecord) => new Set([...organizationsOf(person)].map(rootOf));
  const samePerson = (a: PersonRecord, b: PersonRecord): boolean => {
    if (share(organizationsOf(a), organizationsOf(b))) return true;
    if (nameTokens(a.name).length < 2) return false;
    if (a.kind === 'official') return a.appointments.length === 0 || b.appointments.length === 0;
    const ra = rootsOf(a);
    const rb = rootsOf(b);
    return ra.size === 0 || rb.size === 0 || share(ra, rb);
  };
  const clusters = clusterRecords(known, articles, {
    keysOf: (person) => [`${groupKey(person)}:${nameTokens(person.name).join(' ')}`],
    compatible: samePerson,
    absorb: mergePerson,
  });

  // Pass 2: shorter forms. Clusters are indexed by kind, rank and each word of their name.
  const byWord = new Map<string, Cluster<PersonRecord>[]>();
  for (const cluster of clusters) {
    for (const word of new Set(nameTokens(cluster.summary.name))) {
      const key = `${groupKey(cluster.summary)}:${word}`;
      const list = byWord.get(key);
      if (list === undefined) byWord.set(key, [cluster]);
      else list.push(cluster);
    }
  }
  const absorbed = new Map<Cluster<PersonRecord>, Cluster<PersonRecord>>();
  const ambiguous: AmbiguousPerson[] = [];
  const links: NameLink[] = [];
  for (const cluster of clusters) {
    if (cluster.known || absorbed.has(cluster)) continue;
    const words = nameTokens(cluster.summary.name);
    const candidates = (byWord.get(`${groupKey(cluster.summary)}:${words[0]}`) ?? []).filter(
      (other) =>
        other !== cluster &&
        !absorbed.has(other) &&
        // Two people of one article were kept apart by its extractor: not candidates for each other.
        !share(cluster.articles, other.articles) &&
        isShorterForm(words, nameTokens(other.summary.name)),
    );
    if (candidates.length === 0) continue;
    const [long] = candidates;
    const joins =
      candidates.length === 1 &&
      long !== undefined &&
      share(organizationsOf(cluster.summary), organizationsOf(long.summary));
    if (joins) {
      for (const member of cluster.members) {
        long.members.push(member);
        long.articles.add(member.article);
      }
      long.summary = mergePerson(long.summary, cluster.summary);
      absorbed.set(cluster, long);
      links.push({ short: cluster, long });
    } else {
      ambiguous.push({ cluster, candidates });
    }
  }
  const kept = clusters.filter((cluster) => !absorbed.has(cluster));

  // Same kind, rank and name, kept apart by pass 1: each may be the others.
  const byName = new Map<string, Cluster<PersonRecord>[]>();
  for (const cluster of kept) {
    const key = `${groupKey(cluster.summary)}:${nameTokens(cluster.summary.name).join(' ')}`;
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [cluster]);
    else list.push(cluster);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const cluster of list) {
      const candidates = list.filter((other) => other !== cluster && !share(cluster.articles, other.articles));
      if (candidates.length === 0) continue;
      const listed = ambiguous.find((item) => item.cluster === cluster);
      if (listed === undefined) ambiguous.push({ cluster, candidates });
      else listed.candidates = [...new Set([...listed.candidates, ...candidates])];
    }
  }
  // A candidate that was itself joined to a longer name is listed as that one.
  const final = (cluster: Cluster<PersonRecord>): Cluster<PersonRecord> => {
    let current = cluster;
    for (let next = absorbed.get(current); next !== undefined; next = absorbed.get(current)) current = next;
    return current;
  };
  return {
    clusters: kept,
    ambiguous: ambiguous
      .filter((item) => !absorbed.has(item.cluster))
      .map((item) => ({ cluster: item.cluster, candidates: [...new Set(item.candidates.map(final))] })),
    links,
  };
}
