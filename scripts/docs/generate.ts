// Writes the generated parts of the documentation site into docs/generated/ (gitignored): reference
// tables, SVG diagrams and captured program output, all computed from the packages' own data and
// code at build time so the guides cannot drift from the library. The guides in docs/guides/ pull
// these fragments in with TypeDoc's {@include …}; `pnpm run docs` runs this script, then typedoc.
//
//   npx tsx --conditions=@kamtibmas/source scripts/docs/generate.ts
//
// The packages are imported from source (the condition makes their cross-package imports resolve to
// source too), so the docs build needs no `pnpm build` first. Each module in fragments/ computes one
// family of fragments, typed against the packages' own exports; this file only runs them. A fragment
// that cannot be computed (its data is missing, a command exits with the wrong status) is written
// as a visible "not generated" note and the script exits 1, so a docs build never silently ships a
// page without its data.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { article000Fragments } from './fragments/article000';
import { cliFragments } from './fragments/cliOutput';
import { electionFragments } from './fragments/elections';
import { extractFragments } from './fragments/extract';
import type { Fragment } from './fragments/Fragment';
import { jsonSchemaFragments } from './fragments/jsonSchema';
import { escapeHtml } from './fragments/markdown';
import { outDir } from './fragments/paths';
import { referenceTableFragments } from './fragments/referenceTables';
import { standardSchemaFragments } from './fragments/standardSchema';
import { unitHierarchyFragments } from './fragments/unitHierarchy';
import { validationFragments } from './fragments/validation';

const missing: string[] = [];
const written: string[] = [];

function write(name: string, content: string): void {
  writeFileSync(path.join(outDir, name), content.endsWith('\n') ? content : `${content}\n`);
  written.push(name);
}

/** Runs one fragment's generator; on failure writes a visible note instead and remembers it. */
function generate([name, build]: Fragment): void {
  try {
    write(name, build());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    missing.push(`${name}: ${reason}`);
    write(name, `> **Not generated:** ${escapeHtml(reason)}. Run \`pnpm run docs\` again once it exists.`);
  }
}

// Every fragment is registered first, then generated in this order.
const fragments: Fragment[] = [
  ...referenceTableFragments(),
  ...unitHierarchyFragments(),
  ...electionFragments(),
  ...validationFragments(),
  ...article000Fragments(),
  ...jsonSchemaFragments(),
  ...standardSchemaFragments(),
  ...cliFragments(),
  // @kamtibmas/extract and `kamtibmas extract` (the guide "From an article to a dataset")
  ...extractFragments(),
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const fragment of fragments) generate(fragment);
console.log(`docs/generated: ${written.length} fragments written`);
if (missing.length > 0) {
  console.error(`${missing.length} fragment(s) not generated:\n  ${missing.join('\n  ')}`);
  process.exitCode = process.argv.includes('--allow-missing') ? 0 : 1;
}
