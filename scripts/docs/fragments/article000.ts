// The article walkthrough (seed 000, Ditbinmas Polda Sumsel FGD): the article, the fixture's
// declarations as written in its module, the unit chain, the checked evidence and two lookups.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOfficerMention, phaseAt, type Unit } from '../../../packages/core/src/index';
import { dataset } from '../../../packages/fixtures/src/index';
import type { Fragment } from './Fragment';
import { fgdEvent } from './fgdPayloads';
import { fence, table } from './markdown';
import { root, seedsDir } from './paths';

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

function articleText(): string {
  return readFileSync(path.join(seedsDir, '000_ab81f7aa4f2ae994.txt'), 'utf8');
}

function poldaChain(): string {
  const chain: Unit[] = [];
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
}

function evidenceTable(): string {
  const text = articleText();
  const event = fgdEvent();
  const evidence = event.sources[0]?.evidence ?? [];
  if (evidence.length === 0) throw new Error('the FGD source has no evidence yet');
  const rows = evidence.map((entry) => {
    const checked =
      entry.start !== undefined && entry.end !== undefined && text.slice(entry.start, entry.end) === entry.quote;
    if (!checked) throw new Error(`evidence for ${entry.claim} does not match the article text at its offsets`);
    return [`\`${entry.claim}\``, `“${entry.quote}”`, `${entry.start}–${entry.end}`];
  });
  return `${rows.length} evidence entries; this build checked that each quote stands in the article at its offsets.\n\n${table(['Claim', 'Quote', 'Offsets'], rows)}`;
}

function lookups(): string {
  const event = fgdEvent();
  const mention = 'Direktur Binmas Polda Sumsel, Kombes Pol Sofyan Hidayat SIK MM';
  const lines = [
    "import { phaseAt } from '@kamtibmas/core';",
    '',
    `phaseAt('pemilu-2024', '${event.date}');`,
    `//=> ${JSON.stringify(phaseAt('pemilu-2024', event.date ?? ''))}`,
    '',
    "import { parseOfficerMention } from '@kamtibmas/core';",
    '',
    `parseOfficerMention('${mention}');`,
    `//=> ${JSON.stringify(parseOfficerMention(mention))}`,
  ];
  return fence('ts', lines.join('\n'));
}

/** The article-000-*.md fragments. */
export function article000Fragments(): Fragment[] {
  return [
    ['article-000-source.md', () => fence('text', articleText())],
    ...(
      [
        ['article-000-unit.md', 'ditbinmasPoldaSumsel'],
        ['article-000-people.md', 'sofyanHidayat'],
        ['article-000-people-2.md', 'imamTarmudi'],
      ] as const
    ).map(([name, constName]): Fragment => [name, () => fence('ts', declaration(ARTICLE_MODULE, constName))]),
    ['article-000-event.md', () => fence('ts', eventWithoutEvidence(ARTICLE_MODULE, 'fgd'))],
    ['article-000-fixture.md', () => fence('ts', declaration(ARTICLE_MODULE, 'koranPalpresDitbinmasSumselFgd'))],
    ['article-000-polda.md', poldaChain],
    ['article-000-evidence.md', evidenceTable],
    ['article-000-lookups.md', lookups],
  ];
}
