// Generated fragments of the guide "From an article to a dataset": what @kamtibmas/extract and
// `kamtibmas extract` really produce on the seed articles, computed when the docs are built (see
// ../generate.ts, which registers these). Every evidence quote shown is checked against the article.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as extract from '../../../packages/extract/src/index';
import * as fixtures from '../../../packages/fixtures/src/index';
import * as validators from '../../../packages/validators/src/index';
import type { Fragment } from './Fragment';
import { fence, table } from './markdown';
import { root, seedsDir } from './paths';

const SEED = '004_b6255de1fb23a302.txt';
const line = (value: unknown) => JSON.stringify(value);

/** The fragments, in registration order: [file name, builder]. */
export function extractFragments(): Fragment[] {
  const seedFiles = [
    '000_ab81f7aa4f2ae994.txt',
    '001_4a21f054e10a368d.txt',
    '002_cc191cb9d5383a99.txt',
    '003_9085897592665ff4.txt',
    SEED,
  ];
  const texts = seedFiles.map((file) => readFileSync(path.join(seedsDir, file), 'utf8'));
  const extractions = texts.map((text) => extract.extractArticle(text));
  const seed = extractions[4]!;
  const seedText = texts[4]!;

  const validation = (dataset: unknown) => {
    const result = validators.validateDataset(dataset);
    return result.ok ? { ok: true, advisories: result.advisories.length } : { ok: false, issues: result.issues };
  };

  return [
    [
      'extract-article-event.md',
      () => {
        const event = seed.event;
        if (event === undefined) throw new Error(`extractArticle found no event in seed ${SEED}`);
        const evidence = event.sources[0]?.evidence ?? [];
        const shown = {
          ...event,
          sources: event.sources.map((source, i) =>
            i === 0 ? { ...source, evidence: `(${evidence.length} entries: the table below)` } : source,
          ),
        };
        return fence(
          'ts',
          [
            "import { readFileSync } from 'node:fs';",
            "import { extractArticle } from '@kamtibmas/extract';",
            '',
            `const text = readFileSync('packages/fixtures/test/articles/${SEED}', 'utf8');`,
            'const extraction = extractArticle(text);',
            '',
            'extraction.event;',
            `//=> ${JSON.stringify(shown, null, 2).replaceAll('\n', '\n//   ')}`,
          ].join('\n'),
        );
      },
    ],
    [
      'extract-article-evidence.md',
      () => {
        const evidence = seed.event?.sources[0]?.evidence ?? [];
        if (evidence.length === 0) throw new Error('the draft event has no evidence');
        const rows = evidence.map((entry) => {
          if (
            entry.start === undefined ||
            entry.end === undefined ||
            seedText.slice(entry.start, entry.end) !== entry.quote
          ) {
            throw new Error(`evidence for ${entry.claim} does not match the article text at its offsets`);
          }
          return [`\`${entry.claim}\``, `“${entry.quote}”`, `${entry.start}–${entry.end}`];
        });
        return `${rows.length} evidence entries; this build checked that each quote is the article's text at its offsets.\n\n${table(['Claim', 'Quote', 'Offsets'], rows)}`;
      },
    ],
    [
      'extract-article-records.md',
      () =>
        fence(
          'ts',
          [
            'extraction.dataset.units;',
            ...seed.dataset.units.map((unit) => `//=> ${line(unit)}`),
            'extraction.dataset.organizations;',
            ...(seed.dataset.organizations.length === 0
              ? ['//=> []']
              : seed.dataset.organizations.map((o) => `//=> ${line(o)}`)),
            'extraction.dataset.people;',
            ...seed.dataset.people.map((person) => `//=> ${line(person)}`),
            'extraction.unresolved;',
            ...(seed.unresolved.length === 0 ? ['//=> []'] : seed.unresolved.map((item) => `//=> ${line(item)}`)),
            'extraction.notes;',
            `//=> ${line(seed.notes)}`,
            '',
            "import { validateDataset } from '@kamtibmas/validators';",
            'validateDataset(extraction.dataset);',
            `//=> ${line(validation(seed.dataset))}  (ok, and how many advisories)`,
          ].join('\n'),
        ),
    ],
    [
      'extract-merge-seeds.md',
      () => {
        const merged = extract.mergeExtractions(extractions);
        const sharedRows: unknown[][] = [];
        for (const space of ['units', 'organizations', 'people'] as const) {
          const articlesOf = new Map<string, number[]>();
          merged.ids.forEach((ids, article) => {
            for (const id of new Set(Object.values(ids[space])))
              articlesOf.set(id, [...(articlesOf.get(id) ?? []), article]);
          });
          for (const [id, articles] of articlesOf) {
            if (articles.length > 1)
              sharedRows.push([space, `\`${id}\``, articles.map((a) => seedFiles[a]!.slice(0, 3)).join(', ')]);
          }
        }
        const unresolvedRows = merged.unresolved.map((item) => [
          seedFiles[item.article]!.slice(0, 3),
          item.reason,
          item.kind,
          `“${item.text}”`,
          item.ref === '' ? '' : `\`${item.ref}\``,
          (item.candidates ?? []).map((c) => `\`${c}\``).join(', '),
        ]);
        return [
          fence(
            'ts',
            [
              "import { extractArticle, mergeExtractions } from '@kamtibmas/extract';",
              '',
              '// texts: the five seed articles 000 … 004',
              'const merged = mergeExtractions(texts.map((text) => extractArticle(text)));',
              'merged.notes;',
              ...merged.notes.map((note) => `//=> ${line(note)}`),
              'validateDataset(merged.dataset);',
              `//=> ${line(validation(merged.dataset))}`,
            ].join('\n'),
          ),
          '',
          'Records that more than one article gave, now one record each:',
          '',
          sharedRows.length === 0 ? '(none)' : table(['Kind', 'Merged id', 'Articles'], sharedRows),
          '',
          `What stayed unresolved (${merged.unresolved.length}):`,
          '',
          unresolvedRows.length === 0
            ? '(nothing)'
            : table(['Article', 'Reason', 'Kind', 'Text', 'Reference', 'May be'], unresolvedRows),
        ].join('\n');
      },
    ],
    [
      'extract-merge-names.md',
      () => {
        const first =
          'Kapolres Lebong AKBP Budi Santoso menggelar sosialisasi Pilkada damai bersama tokoh agama di Aula Polres Lebong, Senin (2/9/2024).';
        const second =
          'Polres Lebong menggelar doa bersama jelang Pilkada 2024, Jumat (6/9/2024). Kapolres AKBP Budi mengajak warga menolak hoaks.';
        const other = 'Kapolres Rejang Lebong AKBP Budi Hartono menggelar patroli dialogis di Curup, Sabtu (7/9/2024).';
        const a = extract.extractArticle(first, { publishedOn: '2024-09-02' });
        const b = extract.extractArticle(second, { publishedOn: '2024-09-06' });
        const c = extract.extractArticle(other, { publishedOn: '2024-09-07' });
        const linked = extract.mergeExtractions([a, b]);
        const apart = extract.mergeExtractions([a, b, c]);
        return fence(
          'ts',
          [
            '// Invented articles: the same Kapolres, named in full, then by a shorter name.',
            `const a = extractArticle(${line(first)}, { publishedOn: '2024-09-02' });`,
            `const b = extractArticle(${line(second)}, { publishedOn: '2024-09-06' });`,
            'b.dataset.people.map((p) => p.id);',
            `//=> ${line(b.dataset.people.map((p) => p.id))}`,
            '',
            'const linked = mergeExtractions([a, b]);',
            'linked.dataset.people;',
            ...linked.dataset.people.map((p) => `//=> ${line(p)}`),
            'linked.ids[1].people;',
            `//=> ${line(linked.ids[1]?.people)}`,
            '',
            "// A third article names another AKBP Budi of another Polres: now 'Budi' fits two longer names.",
            `const c = extractArticle(${line(other)}, { publishedOn: '2024-09-07' });`,
            'const apart = mergeExtractions([a, b, c]);',
            'apart.dataset.people.map((p) => p.id);',
            `//=> ${line(apart.dataset.people.map((p) => p.id))}`,
            'apart.unresolved;',
            ...apart.unresolved.map((item) => `//=> ${line(item)}`),
          ].join('\n'),
        );
      },
    ],
    [
      'extract-merge-known.md',
      () => {
        const merged = extract.mergeExtractions(extractions, { known: fixtures.dataset });
        return fence(
          'ts',
          [
            "import { dataset } from '@kamtibmas/fixtures';",
            '',
            'const linked = mergeExtractions(extractions, { known: dataset });',
            'linked.notes;',
            ...merged.notes.map((note) => `//=> ${line(note)}`),
            '// Article 004: its ids → the ids of the merged (here: known) records',
            'linked.ids[4];',
            `//=> ${line(merged.ids[4])}`,
            'validateDataset(linked.dataset);',
            `//=> ${line(validation(merged.dataset))}`,
          ].join('\n'),
        );
      },
    ],
    [
      'cli-extract.md',
      () => {
        const records = [
          JSON.stringify({ id: 'seed-004', url: 'https://example.com/seed-004', text: seedText }),
          '{"text": "Polres Lebong menggelar sosialisasi", oops}',
          JSON.stringify({ id: 'seed-003', publishedOn: '2024-01-31', text: texts[3] }),
        ];
        const run = spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            '--conditions=@kamtibmas/source',
            'packages/cli/src/bin.ts',
            'extract',
            '--validate',
            '--locale',
            'en',
            '-',
          ],
          { cwd: root, encoding: 'utf8', input: `${records.join('\n')}\n`, env: { ...process.env, NO_COLOR: '1' } },
        );
        if (run.status !== 1)
          throw new Error(`kamtibmas extract exited ${run.status}, expected 1: ${run.stderr.slice(0, 200)}`);
        const out = run.stdout
          .trim()
          .split('\n')
          .map((text) => (text.length > 180 ? `${text.slice(0, 110)} … ${text.slice(-60)}` : text));
        return fence(
          'sh',
          [
            '$ cat articles.ndjson | kamtibmas extract --validate --locale en -   # line 2 is not JSON',
            ...out,
            run.stderr.trim(),
            `# exit status ${run.status}`,
          ].join('\n'),
        );
      },
    ],
  ];
}
