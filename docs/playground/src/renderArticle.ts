// Article mode: what `extractArticle` reads from the text — the draft event, the people with rank
// and position, delegations as "B for A", notes — and the article with each piece of evidence
// marked where it was read.
import { h } from './dom';
import type { Locale } from './fragment';
import { highlightEvidence } from './highlightEvidence';
import {
  type ArticleExtraction,
  EVENT_KINDS,
  extractArticle,
  getElection,
  getPosition,
  labelOf,
  PARTICIPANT_GROUPS,
  TOPICS,
  validateDataset,
} from './packages';

/** Written acting prefixes, as news writes them. */
const ACTING = { pj: 'Pj.', plt: 'Plt.', plh: 'Plh.', ps: 'Ps.' } as const;

/** A position code's usual abbreviation ("Kapolres"); a position kept as written stays as it is. */
function positionText(position: string): string {
  try {
    return getPosition(position as never).abbreviation;
  } catch {
    return position;
  }
}

const WORDS = {
  en: {
    empty: 'Paste an Indonesian news article about a police community-engagement activity.',
    event: 'Draft event',
    noEvent: 'No event found in this text.',
    date: 'Date',
    kinds: 'Kinds',
    organisers: 'Organiser',
    venue: 'Venue',
    election: 'Election and stage',
    groups: 'Participant groups',
    topics: 'Topics',
    operation: 'Operation',
    people: 'People',
    name: 'Name',
    kind: 'Kind',
    officer: 'police officer',
    official: 'official',
    position: 'Position',
    role: 'Role',
    delegations: 'Delegations',
    for: 'for',
    notes: 'Notes',
    unresolved: 'Not linked',
    evidence: 'The article, with the evidence for each fact marked (hover a mark to see its claim)',
    facts: 'facts backed by a quote',
    valid: 'The draft dataset passes validateDataset.',
    invalid: 'validateDataset finds these issues in the draft:',
  },
  id: {
    empty: 'Tempel artikel berita tentang kegiatan pembinaan masyarakat oleh kepolisian.',
    event: 'Draf kegiatan',
    noEvent: 'Tidak ada kegiatan yang ditemukan dalam teks ini.',
    date: 'Tanggal',
    kinds: 'Jenis',
    organisers: 'Penyelenggara',
    venue: 'Tempat',
    election: 'Pemilihan dan tahapan',
    groups: 'Kelompok peserta',
    topics: 'Topik',
    operation: 'Operasi',
    people: 'Orang',
    name: 'Nama',
    kind: 'Jenis',
    officer: 'polisi',
    official: 'pejabat',
    position: 'Jabatan',
    role: 'Peran',
    delegations: 'Perwakilan',
    for: 'mewakili',
    notes: 'Catatan',
    unresolved: 'Belum tertaut',
    evidence: 'Artikel, dengan bukti setiap fakta ditandai (arahkan kursor ke tanda untuk melihat klaimnya)',
    facts: 'fakta didukung kutipan',
    valid: 'Draf dataset lolos validateDataset.',
    invalid: 'validateDataset menemukan masalah ini pada draf:',
  },
} as const;

function row(label: string, value: Node | string | undefined): HTMLElement[] {
  if (value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

function describeEvent(extraction: ArticleExtraction, locale: Locale): HTMLElement {
  const w = WORDS[locale];
  const event = extraction.event;
  if (event === undefined) return h('p', { class: 'hint' }, w.noEvent);
  const { dataset } = extraction;
  const unitName = (id: string) =>
    dataset.units.find((u) => u.id === id)?.name ?? dataset.organizations.find((o) => o.id === id)?.name ?? id;
  const election = event.election ? getElection(event.election.electionId) : undefined;
  const phase = election?.stages.find((stage) => stage.id === event.election?.phaseId);
  return h(
    'dl',
    { class: 'facts', id: 'event-facts' },
    row(
      w.date,
      event.date === undefined
        ? undefined
        : h('span', { 'data-fact': 'date' }, `${event.date} (${event.datePrecision})`),
    ),
    row(w.kinds, event.kinds.map((kind) => labelOf(EVENT_KINDS, kind, locale)).join(', ')),
    row(w.organisers, event.organizerIds.map(unitName).join(', ')),
    row(w.venue, event.venue?.name),
    row(
      w.election,
      election === undefined ? undefined : `${election.id}${phase === undefined ? '' : ` · ${phase.name[locale]}`}`,
    ),
    row(
      w.groups,
      event.participantGroups
        .map(
          (g) =>
            `${labelOf(PARTICIPANT_GROUPS, g.group, locale)}${g.countText ? ` (${g.countText})` : g.count !== undefined ? ` (${g.count})` : ''}`,
        )
        .join(', '),
    ),
    row(w.topics, event.topics.map((topic) => labelOf(TOPICS, topic, locale)).join(', ')),
    row(w.operation, event.operation),
  );
}

function describePeople(extraction: ArticleExtraction, locale: Locale): HTMLElement[] {
  const w = WORDS[locale];
  const { dataset, event } = extraction;
  if (dataset.people.length === 0) return [];
  const nameOf = (id: string) => dataset.people.find((p) => p.id === id)?.name ?? id;
  const orgName = (id: string) =>
    dataset.units.find((u) => u.id === id)?.name ?? dataset.organizations.find((o) => o.id === id)?.name ?? '';
  const rows = dataset.people.map((person) => {
    const roles = event?.participants.filter((p) => p.personId === person.id).map((p) => p.role) ?? [];
    const positions = person.appointments.map((a) =>
      [a.acting === undefined ? undefined : ACTING[a.acting], positionText(a.position), orgName(a.organizationId)]
        .filter(Boolean)
        .join(' '),
    );
    return h(
      'tr',
      { 'data-person': person.id },
      h('td', {}, person.kind === 'officer' ? `${person.rank} ${person.name}` : person.name),
      h('td', {}, person.kind === 'officer' ? w.officer : w.official),
      h('td', {}, positions.join('; ')),
      h('td', {}, [...new Set(roles)].join(', ')),
    );
  });
  const delegations = (event?.participants ?? [])
    .filter((p) => p.onBehalfOf !== undefined)
    .map((p) => h('li', { class: 'delegation' }, `${nameOf(p.personId)} ${w.for} ${nameOf(p.onBehalfOf!)}`));
  return [
    h('h2', {}, w.people),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { id: 'people' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, w.name),
            h('th', { scope: 'col' }, w.kind),
            h('th', { scope: 'col' }, w.position),
            h('th', { scope: 'col' }, w.role),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    ...(delegations.length === 0 ? [] : [h('h2', {}, w.delegations), h('ul', { id: 'delegations' }, delegations)]),
  ];
}

/** Extracts the article and renders the result into `output`. Never throws on any input. */
export function renderArticle(output: HTMLElement, text: string, locale: Locale): void {
  const w = WORDS[locale];
  output.replaceChildren();
  if (text.trim() === '') {
    output.append(h('p', { class: 'hint' }, w.empty));
    return;
  }
  const extraction = extractArticle(text);
  const evidence = extraction.event?.sources[0]?.evidence ?? [];
  const article = h('div', { class: 'article', id: 'article' });
  highlightEvidence(
    article,
    text,
    evidence.filter(
      (e): e is typeof e & { start: number; end: number } => e.start !== undefined && e.end !== undefined,
    ),
  );
  const validation = validateDataset(extraction.dataset, { locale });
  const verdict = validation.ok
    ? h('p', { class: 'verdict valid', id: 'draft-valid' }, `✓ ${w.valid}`)
    : h(
        'div',
        { class: 'verdict invalid', id: 'draft-invalid' },
        h('p', {}, `✗ ${w.invalid}`),
        h(
          'ul',
          {},
          validation.issues.map((issue) => h('li', {}, `[${issue.code}] ${issue.message}`)),
        ),
      );
  const notes = [...extraction.notes, ...extraction.unresolved.map((u) => `${w.unresolved}: ${u.kind} “${u.text}”`)];
  output.append(
    h('h2', {}, w.event),
    h('p', { class: 'title' }, extraction.event?.title ?? ''),
    describeEvent(extraction, locale),
    verdict,
    ...describePeople(extraction, locale),
    ...(notes.length === 0
      ? []
      : [
          h('h2', {}, w.notes),
          h(
            'ul',
            { id: 'notes' },
            notes.map((note) => h('li', {}, note)),
          ),
        ]),
    h('h2', {}, w.evidence),
    h('p', { class: 'hint' }, `${evidence.length} ${w.facts}`),
    article,
  );
}
