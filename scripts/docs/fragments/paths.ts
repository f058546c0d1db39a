// Where the docs generator reads and writes.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '..', '..', '..');
/** docs/generated/, where the fragments (and their SVG files) are written. */
export const outDir = path.join(root, 'docs', 'generated');
/** The seed articles. */
export const seedsDir = path.join(root, 'packages', 'fixtures', 'test', 'articles');

/** A file of the repository as text, or undefined when it does not exist. */
export function readFileSafe(relative: string): string | undefined {
  try {
    return readFileSync(path.join(root, relative), 'utf8');
  } catch {
    return undefined;
  }
}
