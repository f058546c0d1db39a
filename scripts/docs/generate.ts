// Writes the generated parts of the documentation site into docs/generated/ (gitignored): reference
// tables, SVG diagrams and captured program output, all computed from the packages' own data and
// code at build time so the guides cannot drift from the library. The guides in docs/guides/ pull
// these fragments in with TypeDoc's {@include …}; `pnpm run docs` runs this script, then typedoc.
//
//   npx tsx --conditions=@kamtibmas/source scripts/docs/generate.ts
//
// The packages are imported from source (the condition makes their cross-package imports resolve to
// source too), so the docs build needs no `pnpm build` first. A fragment whose data or export does
// not exist yet is written as a visible "not generated" note and the script exits 1, so a docs
// build never silently ships a page without its data.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '../../packages/core/src/index';
import * as fixtures from '../../packages/fixtures/src/index';
import * as validators from '../../packages/validators/src/index';
import { extractFragments } from './extractFragments';

const root = path.resolve(import.meta.dirname, '..', '..');
const outDir = path.join(root, 'docs', 'generated');
const seedsDir = path.join(root, 'packages', 'fixtures', 'test', 'articles');

type Loose = Record<string, unknown>;
const coreApi = core as unknown as Loose;
const validatorsApi = validators as unknown as Loose;
const fixturesApi = fixtures as unknown as Loose;

const missing: string[] = [];
const written: string[] = [];
/** Fragments in registration order; generated after all are registered (see the end of the file). */
const queue: [string, () => string][] = [];

function write(name: string, content: string): void {
  writeFileSync(path.join(outDir, name), content.endsWith('\n') ? content : `${content}\n`);
  written.push(name);
}

/** Runs one fragment's generator; on failure writes a visible note instead and remembers it. */
function fragment(name: string, build: () => string): void {
  try {
    write(name, build());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    missing.push(`${name}: ${reason}`);
    write(name, `> **Not generated:** ${escapeHtml(reason)}. Run \`pnpm run docs\` again once it exists.`);
  }
}

function need<T>(api: Loose, name: string, pkg: string): T {
  const value = api[name];
  if (value === undefined) throw new Error(`\`${name}\` is not exported by ${pkg} yet`);
  return value as T;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A markdown table cell: pipes escaped, no line breaks. */
function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  // HTML-escape text outside `code spans` only: inside them markdown shows entities literally.
  return String(value)
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : escapeHtml(part)))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: unknown[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function fence(language: string, body: string): string {
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  return `${ticks}${language}\n${body.replace(/\s+$/, '')}\n${ticks}`;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Wraps an SVG in a figure; no blank lines inside, so markdown keeps it as one HTML block. */
function figure(id: string, svg: string, caption: string): string {
  return `<figure class="kamtibmas-diagram" id="${id}">\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

// ---------------------------------------------------------------------------------------------
// Ranks and units

interface RankLike {
  code: string;
  name: string;
  abbreviation: string;
  aliases: readonly string[];
  englishName: string;
  group: string;
  legalGroup?: string;
  level: number;
  insignia: string;
  tniEquivalent?: { name: string; abbreviation?: string; unconfirmed?: boolean };
}

const RANK_GROUP_NAMES: Record<string, string> = {
  pati: 'Perwira Tinggi',
  pamen: 'Perwira Menengah',
  pama: 'Perwira Pertama',
  'bintara-tinggi': 'Bintara Tinggi',
  bintara: 'Bintara',
  tamtama: 'Tamtama',
};

fragmentLater('ranks-table.md', () => {
  const ranks = need<readonly RankLike[]>(coreApi, 'RANKS', '@kamtibmas/core');
  const rows = [...ranks]
    .sort((a, b) => b.level - a.level)
    .map((rank) => [
      rank.level,
      `\`${rank.code}\``,
      rank.name,
      rank.abbreviation,
      rank.englishName,
      RANK_GROUP_NAMES[rank.group] ?? rank.group,
      rank.insignia,
      rank.tniEquivalent ? `${rank.tniEquivalent.name}${rank.tniEquivalent.unconfirmed ? ' (unconfirmed)' : ''}` : '',
      rank.aliases.join(', '),
    ]);
  return table(
    ['Level', 'Code', 'Name', 'Abbreviation', 'English', 'Group', 'Insignia', 'TNI-AD equivalent', 'Also written'],
    rows,
  );
});

interface PoldaLike {
  id: string;
  name: string;
  officialName?: string;
  provinceName?: string;
  provinceCodes?: readonly string[];
  headquarters?: string;
  type?: string;
  typeUnconfirmed?: boolean;
  timeZone?: string;
  formerNames?: readonly string[];
}

fragmentLater('polda-table.md', () => {
  const polda = need<readonly PoldaLike[]>(coreApi, 'POLDA', '@kamtibmas/core');
  const rows = polda.map((p) => [
    `\`${p.id}\``,
    p.name,
    p.provinceName ?? '',
    (p.provinceCodes ?? []).join(', '),
    p.headquarters ?? '',
    p.type ? `${p.type}${p.typeUnconfirmed ? ' (unconfirmed)' : ''}` : '',
    p.timeZone ?? '',
  ]);
  const byType = new Map<string, number>();
  for (const p of polda) byType.set(p.type ?? '?', (byType.get(p.type ?? '?') ?? 0) + 1);
  const summary = [...byType].map(([type, count]) => `${count} of type ${type}`).join(', ');
  return `${polda.length} Polda (${summary}).\n\n${table(
    ['Id', 'Name', 'Province', 'Province code', 'Headquarters', 'Type', 'Time zone'],
    rows,
  )}`;
});

interface FunctionalLike {
  kind: string;
  function: string;
  name: string;
  fullName: string;
  parentKinds: readonly string[];
  note?: string;
}

fragmentLater('unit-kinds-table.md', () => {
  const territorial = need<readonly string[]>(coreApi, 'TERRITORIAL_UNIT_KINDS', '@kamtibmas/core');
  const functional = need<Record<string, FunctionalLike>>(coreApi, 'FUNCTIONAL_UNITS', '@kamtibmas/core');
  const rows = territorial.map((kind) => [
    `\`${kind}\``,
    Object.values(functional)
      .filter((unit) => unit.parentKinds.includes(kind))
      .map((unit) => `${unit.name} (${unit.fullName})`)
      .join('; '),
  ]);
  return table(['Territorial kind', 'Functional units found inside it (FUNCTIONAL_UNITS)'], rows);
});

interface UnitLike {
  id: string;
  kind: string;
  name: string;
  parentId?: string;
}

fragmentLater('unit-hierarchy.md', () => {
  const dataset = need<{ units: readonly UnitLike[] }>(fixturesApi, 'dataset', '@kamtibmas/fixtures');
  const svg = unitTreeSvg(dataset.units);
  writeFileSync(path.join(outDir, 'unit-hierarchy.svg'), `${svg}\n`);
  return figure(
    'unit-hierarchy',
    svg,
    `The ${dataset.units.length} police units of the fixtures dataset, drawn from their parentId links; functional units (directorates, satuan, seksi …) in a lighter colour.`,
  );
});

function unitTreeSvg(units: readonly UnitLike[]): string {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string | undefined, UnitLike[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  const functionalKinds = new Set(need<readonly string[]>(coreApi, 'FUNCTIONAL_UNIT_KINDS', '@kamtibmas/core'));
  const rows: { unit: UnitLike; depth: number; parentRow?: number }[] = [];
  const visit = (parent: string | undefined, depth: number, parentRow?: number): void => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) =>
        Number(functionalKinds.has(a.kind)) - Number(functionalKinds.has(b.kind)) || a.name.localeCompare(b.name),
    );
    for (const unit of list) {
      rows.push({ unit, depth, parentRow });
      visit(unit.id, depth + 1, rows.length - 1);
    }
  };
  visit(undefined, 0);
  const rowHeight = 30;
  const indent = 28;
  const boxHeight = 22;
  const maxDepth = Math.max(...rows.map((row) => row.depth));
  const longest = Math.max(...rows.map((row) => row.unit.name.length + row.unit.kind.length + 3));
  const width = Math.ceil(16 + maxDepth * indent + longest * 7.2 + 40);
  const height = rows.length * rowHeight + 12;
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const x = 8 + row.depth * indent;
    const y = 8 + index * rowHeight;
    if (row.parentRow !== undefined) {
      const px = 8 + (row.depth - 1) * indent + 10;
      const py = 8 + row.parentRow * rowHeight + boxHeight;
      parts.push(
        `<path d="M${px} ${py} V${y + boxHeight / 2} H${x}" fill="none" stroke="#8a94a6" stroke-width="1.2"/>`,
      );
    }
    const functional = functionalKinds.has(row.unit.kind);
    const label = `${row.unit.name} · ${row.unit.kind}`;
    const boxWidth = Math.ceil(label.length * 7.2 + 16);
    parts.push(
      `<g><title>${escapeHtml(`${row.unit.id} (${row.unit.kind})`)}</title>` +
        `<rect x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="4" fill="${functional ? '#d9ecf7' : '#1f6f9f'}" stroke="#1f6f9f"/>` +
        `<text x="${x + 8}" y="${y + 15}" fill="${functional ? '#0b3a55' : '#ffffff'}">${escapeHtml(row.unit.name)}<tspan fill-opacity="0.75"> · ${escapeHtml(row.unit.kind)}</tspan></text></g>`,
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kamtibmas-unit-tree" role="img" aria-label="Unit hierarchy of the fixtures dataset" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto" ` +
    `font-family="system-ui, sans-serif" font-size="12">\n${parts.join('\n')}\n</svg>`
  );
}

// ---------------------------------------------------------------------------------------------
// Election calendar

interface PhaseLike {
  id: string;
  electionId: string;
  name: { id: string; en: string };
  start: string;
  end: string;
  parentId?: string;
}
interface RuleLike {
  id: string;
  name: { id: string; en: string };
  relativeTo?: { id: string; en: string };
  rule?: { id: string; en: string };
}
interface ElectionLike {
  id: string;
  kind: string;
  name?: { id: string; en: string } | string;
  votingDay: string;
  legalBasis: unknown;
  stages: readonly PhaseLike[];
  rules?: readonly RuleLike[];
}

const DAY = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];

function electionName(election: ElectionLike): string {
  if (typeof election.name === 'string') return election.name;
  if (election.name) return `${election.name.id} (${election.name.en})`;
  return election.id;
}

/** Stages in display order: each top-level stage followed by its sub-stages, by start date. */
function orderStages(stages: readonly PhaseLike[]): { phase: PhaseLike; depth: number }[] {
  const ids = new Set(stages.map((stage) => stage.id));
  const byStart = (a: PhaseLike, b: PhaseLike) =>
    a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || a.id.localeCompare(b.id);
  const out: { phase: PhaseLike; depth: number }[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    for (const phase of stages
      .filter((stage) => (stage.parentId && ids.has(stage.parentId) ? stage.parentId : undefined) === parentId)
      .sort(byStart)) {
      out.push({ phase, depth });
      visit(phase.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

function timelineSvg(election: ElectionLike): string {
  const rows = orderStages(election.stages);
  const first = Math.min(...election.stages.map((stage) => dayNumber(stage.start)));
  const last = Math.max(...election.stages.map((stage) => dayNumber(stage.end)), dayNumber(election.votingDay));
  // Sized for TypeDoc's content column (about 640 px) so the text stays legible without scaling.
  const labelWidth = 250;
  const chartWidth = 390;
  const top = 34;
  const rowHeight = 22;
  const width = labelWidth + chartWidth + 14;
  const height = top + rows.length * rowHeight + 28;
  const scale = chartWidth / (last - first + 1);
  const xOf = (day: number) => labelWidth + (day - first) * scale;
  const parts: string[] = [];
  // Month grid: a tick at the first of every month, labelled every quarter (January with the year).
  const startDate = new Date(first * DAY);
  for (
    let month = new Date(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1, 1));
    month.getTime() / DAY <= last;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    const x = xOf(month.getTime() / DAY).toFixed(1);
    const m = month.getUTCMonth();
    parts.push(
      `<line x1="${x}" y1="${top - 6}" x2="${x}" y2="${height - 24}" stroke="#8a94a6" stroke-opacity="${m === 0 ? 0.7 : 0.25}"/>`,
    );
    if (m % 3 === 0) {
      parts.push(
        `<text x="${x}" y="${top - 10}" text-anchor="middle" fill="currentColor" font-size="10">${MONTHS[m]}${m === 0 ? ` ${month.getUTCFullYear()}` : ''}</text>`,
      );
    }
  }
  rows.forEach(({ phase, depth }, index) => {
    const y = top + index * rowHeight;
    const x1 = xOf(dayNumber(phase.start));
    const barWidth = Math.max(2, (dayNumber(phase.end) - dayNumber(phase.start) + 1) * scale);
    const maxChars = Math.floor((labelWidth - 14 - depth * 12) / 5.6);
    const name = phase.name.en.length > maxChars ? `${phase.name.en.slice(0, maxChars - 1)}…` : phase.name.en;
    const tooltip = `${phase.name.id} / ${phase.name.en}: ${phase.start} – ${phase.end} (${phase.id})`;
    parts.push(
      `<g class="stage"><title>${escapeHtml(tooltip)}</title>` +
        `<text x="${6 + depth * 12}" y="${y + 14}" fill="currentColor"${depth ? ' fill-opacity="0.8"' : ''}>${escapeHtml(name)}</text>` +
        `<rect x="${x1.toFixed(1)}" y="${y + 4}" width="${barWidth.toFixed(1)}" height="14" rx="3" fill="${depth ? '#6fb1d9' : '#1f6f9f'}"/></g>`,
    );
  });
  const vx = xOf(dayNumber(election.votingDay)).toFixed(1);
  parts.push(
    `<g class="voting-day"><title>Voting day ${election.votingDay}</title>` +
      `<line x1="${vx}" y1="${top - 4}" x2="${vx}" y2="${height - 22}" stroke="#c0392b" stroke-width="2"/>` +
      `<text x="${vx}" y="${height - 8}" text-anchor="middle" fill="#c0392b" font-weight="bold">Voting day ${election.votingDay}</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kamtibmas-timeline" role="img" aria-label="Stages of ${escapeHtml(election.id)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto" ` +
    `font-family="system-ui, sans-serif" font-size="10.5">\n${parts.join('\n')}\n</svg>`
  );
}

function electionFragment(id: string): string {
  const elections = need<readonly ElectionLike[]>(coreApi, 'ELECTIONS', '@kamtibmas/core');
  const election = elections.find((candidate) => candidate.id === id);
  if (!election) throw new Error(`election \`${id}\` is not in ELECTIONS yet`);
  const svg = timelineSvg(election);
  writeFileSync(path.join(outDir, `timeline-${id}.svg`), `${svg}\n`);
  const rows = orderStages(election.stages).map(({ phase, depth }) => [
    `${depth ? '↳ ' : ''}\`${phase.id}\``,
    phase.name.id,
    phase.name.en,
    phase.start,
    phase.end,
    dayNumber(phase.end) - dayNumber(phase.start) + 1,
  ]);
  const ruleRows = (election.rules ?? []).map((rule) => [
    `\`${rule.id}\``,
    rule.name.en,
    rule.relativeTo?.en ?? '',
    rule.rule?.en ?? '',
  ]);
  const legal = typeof election.legalBasis === 'string' ? election.legalBasis : json(election.legalBasis);
  return [
    `**${escapeHtml(electionName(election))}** — voting day **${election.votingDay}**, ${election.stages.length} dated stages.`,
    '',
    figure(
      `timeline-${id}`,
      svg,
      `Dated stages of ${id} from ELECTIONS (sub-stages indented, lighter); the red line is voting day. Hover a bar for its dates.`,
    ),
    '',
    table(['Stage id', 'Tahapan', 'Stage', 'Start', 'End', 'Days'], rows),
    ...(ruleRows.length
      ? [
          '',
          'Stages whose dates follow a rule rather than the printed schedule (not returned by `phaseAt`):',
          '',
          table(['Stage id', 'Stage', 'Depends on', 'Rule'], ruleRows),
        ]
      : []),
    '',
    'Legal basis, as recorded in the data:',
    '',
    fence(typeof election.legalBasis === 'string' ? 'text' : 'json', legal),
  ].join('\n');
}

fragmentLater('election-pemilu-2024.md', () => electionFragment('pemilu-2024'));
fragmentLater('election-pilkada-2024.md', () => electionFragment('pilkada-2024'));

fragmentLater('election-list.md', () => {
  const elections = need<readonly ElectionLike[]>(coreApi, 'ELECTIONS', '@kamtibmas/core');
  return table(
    ['Id', 'Kind', 'Voting day', 'Dated stages', 'Rule-based stages'],
    elections.map((e) => [`\`${e.id}\``, e.kind, e.votingDay, e.stages.length, e.rules?.length ?? 0]),
  );
});

fragmentLater('phase-at-examples.md', () => {
  type PhaseAt = (electionId: string, date: string) => PhaseLike | undefined;
  type PhasesAt = (date: string) => readonly PhaseLike[];
  const phaseAt = need<PhaseAt>(coreApi, 'phaseAt', '@kamtibmas/core');
  const phasesAt = need<PhasesAt>(coreApi, 'phasesAt', '@kamtibmas/core');
  const lines = [
    "import { phaseAt, phasesAt } from '@kamtibmas/core';",
    '',
    ...(
      [
        ['pemilu-2024', '2023-11-24'],
        ['pemilu-2024', '2024-02-14'],
        ['pilkada-2024', '2024-09-28'],
      ] as const
    ).flatMap(([election, date]) => [
      `phaseAt('${election}', '${date}')?.id;`,
      `//=> ${JSON.stringify(phaseAt(election, date)?.id)}`,
    ]),
    `phasesAt('2024-09-05').map((phase) => phase.id);`,
    `//=> ${JSON.stringify(phasesAt('2024-09-05').map((phase) => phase.id))}`,
  ];
  return fence('ts', lines.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// Issue codes and validation output

interface IssueLike {
  path: (string | number)[];
  code: string;
  severity?: string;
  message: string;
  params?: unknown;
}
type ValidateFn = (
  input: unknown,
  options?: { locale?: 'id' | 'en' },
) => { ok: true; value: unknown; advisories?: IssueLike[] } | { ok: false; issues: IssueLike[] };

fragmentLater('issue-codes.md', () => {
  const codes = need<Record<string, { severity: string; description: { id: string; en: string } }>>(
    validatorsApi,
    'ISSUE_CODES',
    '@kamtibmas/validators',
  );
  const entries = Object.entries(codes);
  const section = (severity: string, title: string) => {
    const rows = entries
      .filter(([, info]) => info.severity === severity)
      .map(([code, info]) => [`<a id="${code}"></a>\`${code}\``, info.description.en, info.description.id]);
    return `## ${title} (${rows.length})\n\n${table(['Code', 'Meaning', 'Arti'], rows).replace(/&lt;a id=&quot;([a-z0-9_-]+)&quot;&gt;&lt;\/a&gt;/g, '<a id="$1"></a>')}`;
  };
  return [
    `${entries.length} codes: ${entries.filter(([, i]) => i.severity === 'error').length} errors and ${entries.filter(([, i]) => i.severity === 'advisory').length} advisories.`,
    '',
    section('error', 'Errors (the payload is rejected)'),
    '',
    section('advisory', 'Advisories (returned with a valid result)'),
  ].join('\n');
});

interface EventLike {
  id: string;
  date?: string;
  topics: string[];
  participants: { personId: string; role: string; onBehalfOf?: string }[];
  participantGroups: unknown[];
  sources: unknown[];
  election?: { electionId: string; phaseId?: string };
  [key: string]: unknown;
}

function fgdEvent(): EventLike {
  const dataset = need<{ events: readonly EventLike[] }>(fixturesApi, 'dataset', '@kamtibmas/fixtures');
  const event = dataset.events.find((candidate) => candidate.id === 'fgd-ditbinmas-polda-sumsel-2023-11-24');
  if (!event) throw new Error('the FGD event of article 000 is not in the fixtures dataset yet');
  return structuredClone(event) as EventLike;
}

/** The broken payload of the validation guide: four mistakes an API client really makes. */
function brokenFgd(): EventLike {
  const event = fgdEvent();
  event.date = '2023-11-31';
  event.topics = [...event.topics, 'hoax'];
  event.sources = [];
  event.organiser = 'ditbinmas-polda-sumsel';
  return event;
}

/** A payload of the right shape that breaks a cross-field rule: the opener acts for himself. */
function selfDelegatingFgd(): EventLike {
  const event = fgdEvent();
  const first = event.participants[0];
  if (!first) throw new Error('the FGD event has no participants');
  event.participants[0] = { ...first, onBehalfOf: first.personId };
  return event;
}

/** JSON with each issue's `path` on one line, as people read it. */
function issuesJson(value: unknown): string {
  return json(value).replace(/"path": \[([^\]]*)\]/g, (_, inner: string) => {
    const items = inner
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return `"path": [${items.join(', ')}]`;
  });
}

fragmentLater('validate-broken-payload.md', () => {
  const broken = brokenFgd();
  const original = fgdEvent();
  const changes = {
    date: broken.date,
    topics: broken.topics,
    sources: broken.sources,
    organiser: broken.organiser,
  };
  return `${fence('json', json(changes))}\n\n(The fixture had \`date: "${original.date}"\`, \`topics: ${JSON.stringify(original.topics)}\`, one source, and no \`organiser\` key.)`;
});

for (const locale of ['en', 'id'] as const) {
  fragmentLater(`validate-output-${locale}.md`, () => {
    const validateEvent = need<ValidateFn>(validatorsApi, 'validateEvent', '@kamtibmas/validators');
    const result = validateEvent(brokenFgd(), { locale });
    if (result.ok) throw new Error('validateEvent accepted the broken payload');
    return fence('json', issuesJson(result));
  });
}

fragmentLater('validate-rule-payload.md', () =>
  fence('json', json({ 'participants[0]': selfDelegatingFgd().participants[0] })),
);
fragmentLater('validate-rule-output-en.md', () => {
  const validateEvent = need<ValidateFn>(validatorsApi, 'validateEvent', '@kamtibmas/validators');
  const result = validateEvent(selfDelegatingFgd(), { locale: 'en' });
  if (result.ok) throw new Error('validateEvent accepted a delegation to oneself');
  return fence('json', issuesJson(result));
});

fragmentLater('validate-valid-output.md', () => {
  const validateEvent = need<ValidateFn>(validatorsApi, 'validateEvent', '@kamtibmas/validators');
  const result = validateEvent(fgdEvent(), { locale: 'en' });
  if (!result.ok) throw new Error(`validateEvent rejects the fixture FGD event: ${json(result.issues)}`);
  return fence(
    'ts',
    [
      "const result = validateEvent(dataset.events[0], { locale: 'en' });",
      'result.ok;',
      `//=> ${result.ok}`,
      'result.advisories;',
      `//=> ${JSON.stringify(result.advisories ?? [])}`,
    ].join('\n'),
  );
});

// ---------------------------------------------------------------------------------------------
// The article walkthrough (seed 000, Ditbinmas Polda Sumsel FGD)

const ARTICLE_MODULE = 'packages/fixtures/src/articles/koranPalpresDitbinmasSumselFgd.ts';

/** The source text of one top-level `const <name>` declaration in a fixtures module. */
function declaration(file: string, name: string): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^(export )?const ${name}\\b`).test(line));
  if (start < 0) throw new Error(`\`const ${name}\` is not in ${file} yet`);
  const end = lines.findIndex((line, index) => index > start && /^\S.*;$|^};$/.test(line));
  if (end < 0) throw new Error(`the end of \`const ${name}\` in ${file} was not found`);
  return lines.slice(start, end + 1).join('\n');
}

function eventWithoutEvidence(file: string, name: string): string {
  // The FGD's evidence list is long; the walkthrough shows it separately as a table.
  const source = declaration(file, name);
  return source.replace(/( *)evidence: \[\n[\s\S]*?\n\1\],/, '$1evidence: [ /* see the evidence table below */ ],');
}

fragmentLater('article-000-source.md', () => {
  const text = readFileSync(path.join(seedsDir, '000_ab81f7aa4f2ae994.txt'), 'utf8');
  return fence('text', text);
});

for (const [fragmentName, constName] of [
  ['article-000-unit.md', 'ditbinmasPoldaSumsel'],
  ['article-000-people.md', 'sofyanHidayat'],
  ['article-000-people-2.md', 'imamTarmudi'],
] as const) {
  fragmentLater(fragmentName, () => fence('ts', declaration(ARTICLE_MODULE, constName)));
}
fragmentLater('article-000-event.md', () => fence('ts', eventWithoutEvidence(ARTICLE_MODULE, 'fgd')));
fragmentLater('article-000-fixture.md', () =>
  fence('ts', declaration(ARTICLE_MODULE, 'koranPalpresDitbinmasSumselFgd')),
);

fragmentLater('article-000-polda.md', () => {
  const dataset = need<{ units: readonly UnitLike[] }>(fixturesApi, 'dataset', '@kamtibmas/fixtures');
  const chain: UnitLike[] = [];
  let unit = dataset.units.find((candidate) => candidate.id === 'ditbinmas-polda-sumsel');
  while (unit) {
    chain.push(unit);
    const parentId: string | undefined = unit.parentId;
    unit = parentId ? dataset.units.find((candidate) => candidate.id === parentId) : undefined;
  }
  if (chain.length === 0) throw new Error('ditbinmas-polda-sumsel is not in the fixtures dataset yet');
  return fence(
    'ts',
    [
      "import { dataset } from '@kamtibmas/fixtures';",
      '',
      '// Walk up the parentId links from the organiser:',
      `//=> ${chain.map((u) => `${u.id} (${u.kind})`).join(' → ')}`,
      '',
      "dataset.units.find((unit) => unit.id === 'polda-sumsel');",
      `//=> ${JSON.stringify(dataset.units.find((u) => u.id === 'polda-sumsel'))}`,
    ].join('\n'),
  );
});

fragmentLater('article-000-evidence.md', () => {
  const text = readFileSync(path.join(seedsDir, '000_ab81f7aa4f2ae994.txt'), 'utf8');
  const event = fgdEvent();
  const source = event.sources[0] as { evidence?: { claim: string; quote: string; start?: number; end?: number }[] };
  const evidence = source?.evidence ?? [];
  if (evidence.length === 0) throw new Error('the FGD source has no evidence yet');
  const rows = evidence.map((entry) => {
    const checked =
      entry.start !== undefined && entry.end !== undefined && text.slice(entry.start, entry.end) === entry.quote;
    if (!checked) throw new Error(`evidence for ${entry.claim} does not match the article text at its offsets`);
    return [`\`${entry.claim}\``, `“${entry.quote}”`, `${entry.start}–${entry.end}`];
  });
  return `${rows.length} evidence entries; this build checked that each quote stands in the article at its offsets.\n\n${table(['Claim', 'Quote', 'Offsets'], rows)}`;
});

fragmentLater('article-000-lookups.md', () => {
  type PhaseAt = (electionId: string, date: string) => PhaseLike | undefined;
  type ParseOfficer = (text: string) => unknown;
  const phaseAt = need<PhaseAt>(coreApi, 'phaseAt', '@kamtibmas/core');
  const event = fgdEvent();
  const lines = [
    "import { phaseAt } from '@kamtibmas/core';",
    '',
    `phaseAt('pemilu-2024', '${event.date}');`,
    `//=> ${JSON.stringify(phaseAt('pemilu-2024', event.date ?? ''))}`,
  ];
  const parseOfficerMention = coreApi.parseOfficerMention as ParseOfficer | undefined;
  if (parseOfficerMention) {
    const mention = 'Direktur Binmas Polda Sumsel, Kombes Pol Sofyan Hidayat SIK MM';
    lines.push(
      '',
      "import { parseOfficerMention } from '@kamtibmas/core';",
      '',
      `parseOfficerMention('${mention}');`,
      `//=> ${JSON.stringify(parseOfficerMention(mention))}`,
    );
  }
  return fence('ts', lines.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// JSON Schema

fragmentLater('json-schema-event.md', () => {
  const file = path.join(root, 'packages', 'validators', 'json-schema', 'event.json');
  let schema: Loose;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8')) as Loose;
  } catch {
    throw new Error('packages/validators/json-schema/event.json does not exist yet');
  }
  const defs = (schema.$defs as Record<string, Loose> | undefined) ?? {};
  const ref = typeof schema.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  const main = ref ? defs[ref] : schema;
  if (!main) throw new Error(`event.json refers to ${String(schema.$ref)}, which it does not define`);
  const properties = Object.keys((main.properties as Loose | undefined) ?? {});
  return [
    fence(
      'json',
      json({
        $schema: schema.$schema,
        ...(schema.$id === undefined ? {} : { $id: schema.$id }),
        ...(schema.$ref === undefined ? {} : { $ref: schema.$ref }),
        [`$defs.${ref ?? '(root)'}`]: {
          type: main.type,
          required: main.required,
          additionalProperties: main.additionalProperties,
          properties: `{ ${properties.length} properties }`,
        },
      }),
    ),
    '',
    `Properties of an event: ${properties.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    `Shared definitions (\`$defs\`): ${Object.keys(defs)
      .map((d) => `\`${d}\``)
      .join(', ')}.`,
  ].join('\n');
});

const PYTHON_EXAMPLE = `import json
import sys

from jsonschema import Draft202012Validator

with open("node_modules/@kamtibmas/validators/json-schema/event.json", encoding="utf-8") as file:
    schema = json.load(file)
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

with open(sys.argv[1], encoding="utf-8") as file:
    payload = json.load(file)

errors = sorted(validator.iter_errors(payload), key=lambda error: [str(key) for key in error.absolute_path])
for error in errors:
    location = "/".join(str(key) for key in error.absolute_path) or "(root)"
    print(f"{location}: {error.message}")
sys.exit(1 if errors else 0)
`;

fragmentLater('json-schema-python.md', () => {
  const schemaFile = path.join(root, 'packages', 'validators', 'json-schema', 'event.json');
  if (!readFileSafe('packages/validators/json-schema/event.json')) {
    throw new Error('packages/validators/json-schema/event.json does not exist yet');
  }
  const tmp = path.join(root, '.tmp', 'docs', 'python');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'node_modules', '@kamtibmas', 'validators', 'json-schema'), { recursive: true });
  writeFileSync(
    path.join(tmp, 'node_modules', '@kamtibmas', 'validators', 'json-schema', 'event.json'),
    readFileSync(schemaFile),
  );
  writeFileSync(path.join(tmp, 'validate_event.py'), PYTHON_EXAMPLE);
  writeFileSync(path.join(tmp, 'event.json'), json(fgdEvent()));
  writeFileSync(path.join(tmp, 'broken-event.json'), json(brokenFgd()));
  const parts = [fence('python', PYTHON_EXAMPLE)];
  const probe = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    parts.push('', '_python3 with `jsonschema` was not available when these docs were built, so no output is shown._');
    console.warn('json-schema-python.md: python3 with jsonschema not found; the snippet was not run');
    return parts.join('\n');
  }
  for (const [file, expect] of [
    ['event.json', 0],
    ['broken-event.json', 1],
  ] as const) {
    const run = spawnSync('python3', ['validate_event.py', file], { cwd: tmp, encoding: 'utf8' });
    if (run.status !== expect) {
      throw new Error(
        `the Python example exited ${run.status} on ${file}, expected ${expect}: ${run.stderr.slice(0, 300)}`,
      );
    }
    const output = `${run.stdout}${run.stderr}`.replace(/\s+$/, '') || '(no output)';
    parts.push('', fence('sh', `$ python3 validate_event.py ${file}\n${output}\n# exit status ${run.status}`));
  }
  return parts.join('\n');
});

// ---------------------------------------------------------------------------------------------
// CLI output, captured by running the real command from source

function cli(args: string[], input?: string): { command: string; output: string; status: number } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@kamtibmas/source', 'packages/cli/src/bin.ts', ...args],
    { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  if (result.error) throw result.error;
  const quoted = args.map((arg) => (/^[\w./@=:-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`));
  return {
    command: `kamtibmas ${quoted.join(' ')}`,
    output: `${result.stdout}${result.stderr}`.replace(/\s+$/, ''),
    status: result.status ?? 1,
  };
}

interface CliRun {
  args: string[];
  /** The exit status the page describes; anything else means the command is not ready. */
  expect: number;
  input?: string;
  inputLabel?: string;
  /** Show at most this many lines of output. */
  maxLines?: number;
}

function cliFragment(runs: CliRun[]): string {
  if (!readFileSafe('packages/cli/src/bin.ts')) throw new Error('packages/cli/src/bin.ts does not exist yet');
  return runs
    .map(({ args, expect, input, inputLabel, maxLines }) => {
      const run = cli(args, input);
      if (run.status !== expect) {
        throw new Error(
          `\`${run.command}\` exited ${run.status}, expected ${expect}: ${run.output.split('\n')[0]?.slice(0, 200)}`,
        );
      }
      let lines = run.output.split('\n');
      if (maxLines && lines.length > maxLines) {
        lines = [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`];
      }
      const prefix = inputLabel ? `${inputLabel} | ` : '';
      return fence('sh', `$ ${prefix}${run.command}\n${lines.join('\n')}\n# exit status ${run.status}`);
    })
    .join('\n\n');
}

function readFileSafe(relative: string): string | undefined {
  try {
    return readFileSync(path.join(root, relative), 'utf8');
  } catch {
    return undefined;
  }
}

fragmentLater('cli-help.md', () => cliFragment([{ args: ['--help'], expect: 0 }]));
fragmentLater('cli-validate.md', () => {
  const dataset = need<unknown>(fixturesApi, 'dataset', '@kamtibmas/fixtures');
  const tmp = path.join(root, '.tmp', 'docs');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(path.join(tmp, 'dataset.json'), json(dataset));
  writeFileSync(path.join(tmp, 'broken-event.json'), json(brokenFgd()));
  const lines = fixtures.dataset.events.map((event) => JSON.stringify(event)).join('\n');
  const out = cliFragment([
    { args: ['validate', '.tmp/docs/dataset.json'], expect: 0 },
    { args: ['validate', '--locale', 'en', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--locale', 'id', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--format', 'json', '--locale', 'en', '.tmp/docs/broken-event.json'], expect: 1 },
    { args: ['validate', '--kind', 'event', '-'], expect: 0, input: `${lines}\n`, inputLabel: 'cat events.ndjson' },
  ]);
  return out.replaceAll(`${root}/`, '');
});
fragmentLater('cli-parse.md', () =>
  cliFragment([
    { args: ['parse', 'officer', 'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi'], expect: 0 },
    { args: ['parse', 'unit', 'Polsek Kedurang'], expect: 0 },
    { args: ['parse', 'date', 'Jumat (24/11/2023)'], expect: 0 },
  ]),
);
fragmentLater('cli-phase.md', () =>
  cliFragment([
    { args: ['phase', '2024-09-28'], expect: 0 },
    { args: ['phase', '2023-11-24', '--election', 'pemilu-2024'], expect: 0 },
  ]),
);
fragmentLater('cli-schema.md', () => cliFragment([{ args: ['schema', 'Venue'], expect: 0, maxLines: 40 }]));

// @kamtibmas/extract and `kamtibmas extract` (the guide "From an article to a dataset")
for (const [name, build] of extractFragments({ root, fence, table })) fragmentLater(name, build);

// ---------------------------------------------------------------------------------------------

function fragmentLater(name: string, build: () => string): void {
  queue.push([name, build]);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, build] of queue) fragment(name, build);
console.log(`docs/generated: ${written.length} fragments written`);
if (missing.length > 0) {
  console.error(`${missing.length} fragment(s) not generated:\n  ${missing.join('\n  ')}`);
  process.exitCode = process.argv.includes('--allow-missing') ? 0 : 1;
}
