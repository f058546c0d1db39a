// The election calendars of core's ELECTIONS: one page section per election, the list, and
// phaseAt / phasesAt examples with their real answers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ELECTIONS, phaseAt, phasesAt } from '../../../packages/core/src/index';
import { dayNumber, orderStages, timelineSvg } from './electionTimeline';
import type { Fragment } from './Fragment';
import { escapeHtml, fence, figure, table } from './markdown';
import { outDir } from './paths';

/** One election: its timeline (also written as timeline-<id>.svg), its stages, rules and legal basis. */
function electionFragment(id: string): string {
  const election = ELECTIONS.find((candidate) => candidate.id === id);
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
    rule.relativeTo.en,
    rule.rule.en,
  ]);
  return [
    `**${escapeHtml(`${election.name.id} (${election.name.en})`)}** — voting day **${election.votingDay}**, ${election.stages.length} dated stages.`,
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
    fence('text', election.legalBasis),
  ].join('\n');
}

function electionList(): string {
  return table(
    ['Id', 'Kind', 'Voting day', 'Dated stages', 'Rule-based stages'],
    ELECTIONS.map((e) => [`\`${e.id}\``, e.kind, e.votingDay, e.stages.length, e.rules?.length ?? 0]),
  );
}

function phaseAtExamples(): string {
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
}

/** election-pemilu-2024.md, election-pilkada-2024.md, election-list.md and phase-at-examples.md. */
export function electionFragments(): Fragment[] {
  return [
    ['election-pemilu-2024.md', () => electionFragment('pemilu-2024')],
    ['election-pilkada-2024.md', () => electionFragment('pilkada-2024')],
    ['election-list.md', electionList],
    ['phase-at-examples.md', phaseAtExamples],
  ];
}
