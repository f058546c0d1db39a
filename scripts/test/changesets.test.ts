import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A changeset whose front matter is not exactly `"<package>": <bump>` lines is silently ignored by
// `changeset version` (a markdown formatter once turned them into headings). Check each one.
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, '.changeset');
const packages = new Set(
  readdirSync(path.join(root, 'packages')).map(
    (name) => JSON.parse(readFileSync(path.join(root, 'packages', name, 'package.json'), 'utf8')).name as string,
  ),
);
const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('changesets', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file} has front matter naming known packages and a bump, then a summary`, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n\n(\S[\s\S]*)$/.exec(text);
      expect(match, 'front matter between --- lines, then a blank line and the summary').not.toBeNull();
      const lines = match![1]!.split('\n');
      for (const line of lines) {
        const entry = /^"(@kamtibmas\/[a-z-]+)": (major|minor|patch)$/.exec(line);
        expect(entry, `front matter line: ${line}`).not.toBeNull();
        expect(packages.has(entry![1]!), `unknown package ${entry![1]}`).toBe(true);
      }
    });
  }
});
