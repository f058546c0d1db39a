// The benchmarks measure what users get: the built `dist` of each package (run `pnpm build`
// first). Relative paths, because the workspace root does not depend on its own packages.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const distOf = (pkg: string, file = 'index.js') => path.join(root, 'packages', pkg, 'dist', file);

export function requireBuilt(pkgs: string[]): void {
  const missing = pkgs.filter((pkg) => !existsSync(distOf(pkg)));
  if (missing.length > 0) {
    console.error(`bench: no build of ${missing.join(', ')} — run \`npx -y pnpm@10.34.9 build\` first.`);
    process.exit(2);
  }
}

/** A require() that resolves from a package's own node_modules (ajv is a validators devDependency). */
export const requireFrom = (pkg: string) => createRequire(path.join(root, 'packages', pkg, 'package.json'));

export async function importBuilt<T>(pkg: string, file = 'index.js'): Promise<T> {
  return (await import(distOf(pkg, file))) as T;
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
