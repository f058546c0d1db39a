// Writes packages/validators/json-schema/<name>.json (JSON Schema 2020-12) for every exported zod
// schema. Run by the package build after tsup: `tsx --conditions=@kamtibmas/source
// scripts/generate-json-schema.ts`. The output is build output (git-ignored) and shipped through
// `files` and the `./json-schema/*` export; tests build the same documents in memory.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaDocuments } from '../src/jsonSchema/jsonSchemaDocuments';

const outDir = path.resolve(import.meta.dirname, '../json-schema');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const documents = jsonSchemaDocuments();
for (const [file, document] of Object.entries(documents)) {
  writeFileSync(path.join(outDir, file), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(
  `json-schema: wrote ${Object.keys(documents).length} files to ${path.relative(process.cwd(), outDir) || '.'}`,
);
