import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What a reader of the docs and of a fresh clone meets: link labels that read as names, a table of
// contents with a title for every heading, paths that exist, and an install story that works
// before the first release. (The built site is checked in a browser by scripts/docs/browser-check.mjs.)
const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, extension: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') {
      out.push(...filesUnder(relative, extension));
    } else if (entry.isFile() && entry.name.endsWith(extension)) out.push(relative);
  }
  return out;
}

const packages = readdirSync(path.join(root, 'packages'));
const guides = filesUnder('docs/guides', '.md');
const readerDocs = ['docs/index.md', ...guides];
const repoDocs = ['README.md', 'CONTRIBUTING.md', 'docs/README.md', ...packages.map((p) => `packages/${p}/README.md`)];
const sources = packages.flatMap((p) => filesUnder(`packages/${p}/src`, '.ts'));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('docs', () => {
  it('starts the site with a page for readers: what it is, install, a short example, where to go next', () => {
    const readme = JSON.parse(read('typedoc.json')).readme as string;
    expect(readme).toBe('docs/index.md');
    const page = read(readme);
    const headings = page.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Install', '## Ten lines', '## Where to go next']);
    const example = /## Ten lines\n\n```ts\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
    expect(example.trim().split('\n').length).toBeLessThanOrEqual(12);
    // Not the contributor README: no repository chores on the reader's first page.
    expect(page).not.toMatch(/run check|--frozen-lockfile && npx -y pnpm@10\.34\.9 run main|biome/);
    for (const guide of ['Getting started', 'Validating payloads', 'The CLI']) expect(page).toContain(`[${guide}]`);
  });

  it('labels every cross-package link: `@kamtibmas/core!Event` is a reference, not a name to show', () => {
    const unlabelled = [...sources, ...readerDocs, ...repoDocs].flatMap((file) =>
      [...read(file).matchAll(/\{@link\s+([^}|]*![^}|]*)\}/g)].map((m) => `${file}: {@link ${m[1]}}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('gives every heading of the site words outside code, so its table of contents has a label', () => {
    const blank = readerDocs.flatMap((file) =>
      read(file)
        .split('\n')
        .filter(
          (line) =>
            /^#{1,6} /.test(line) &&
            line
              .replace(/^#+ /, '')
              .replace(/`[^`]*`/g, '')
              .trim() === '',
        )
        .map((line) => `${file}: ${line}`),
    );
    expect(blank).toEqual([]);
  });

  it('points only to paths that exist in a clone (build output aside)', () => {
    const built = /^(docs\/site|docs\/generated|\.packs|coverage|packages\/[^/]+\/dist)(\/|$)/;
    const missing: string[] = [];
    for (const file of [...repoDocs, ...readerDocs]) {
      const text = read(file);
      const dir = path.dirname(file);
      // Markdown links to local files, relative to the document.
      for (const m of text.matchAll(/\]\(<?([^)>#\s]+)>?(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(path.join(root, dir, target))) missing.push(`${file}: (${target})`);
      }
      // Paths in code spans: outside the repository (`../…`) is never in a clone; repository paths must exist.
      for (const m of text.matchAll(/`([^`\s]+)`/g)) {
        const token = m[1]!.replace(/[.,:;]$/, '');
        if (/[<>*{}$]/.test(token)) continue;
        if (token.startsWith('../')) missing.push(`${file}: \`${token}\` (outside the repository)`);
        else if (/^(packages|docs|scripts|bench|examples|\.changeset|\.ci)\//.test(token) && !built.test(token)) {
          if (!existsSync(path.join(root, token))) missing.push(`${file}: \`${token}\``);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('says the packages are not on npm yet wherever it shows `npm install @kamtibmas/…`, with the tarball way', () => {
    const silent = [...repoDocs, ...readerDocs].filter((file) => {
      const text = read(file);
      if (!/npm install (--\S+ )?@kamtibmas\//.test(text)) return false;
      return !(/not on npm yet/i.test(text) && /\.tgz/.test(text) && /pack --pack-destination/.test(text));
    });
    expect(silent).toEqual([]);
  });
});
