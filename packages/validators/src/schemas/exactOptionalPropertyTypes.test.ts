import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// App teams compile with `exactOptionalPropertyTypes`; the repository does not (yet), so vitest's
// own type tests cannot see this. This compiles the assignability checks in
// schemas.exact.test-d.ts with the option on and reports that file's errors only (the rest of the
// program is checked by the repository's typecheck with its own options).
const root = path.resolve(import.meta.dirname, '../../../..');
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@kamtibmas/source'],
  resolveJsonModule: true,
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

// The same check against a model type written the old way (`theme?: string`) must not compile, or
// the test would prove nothing. Both files go into one program: compiling the packages' source
// once is the slow part.
const fixture = path.join(import.meta.dirname, 'schemas.exact.test-d.ts');
const probe = path.join(import.meta.dirname, '__exact_probe__.ts');
const probeText = [
  "import type * as z from 'zod';",
  "import type { EventSchema } from './EventSchema';",
  'type OldEvent = { theme?: string };',
  'const oldEvent: OldEvent = undefined as unknown as Pick<z.output<typeof EventSchema>, "theme">;',
  'export { oldEvent };',
].join('\n');

function errorsByFile(): Map<string, string[]> {
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (name) => (path.resolve(name) === probe ? probeText : read(name));
  host.fileExists = (name) => path.resolve(name) === probe || exists(name);
  const program = ts.createProgram([fixture, probe], options, host);
  const errors = new Map<string, string[]>();
  for (const file of [fixture, probe]) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    errors.set(
      file,
      diagnostics.map(
        (d) =>
          `${path.relative(root, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      ),
    );
  }
  return errors;
}

describe('exactOptionalPropertyTypes', () => {
  it('every schema’s output is assignable to its core type with the option on, and the check can fail', () => {
    const errors = errorsByFile();
    expect(errors.get(fixture)).toEqual([]);
    expect(errors.get(probe)).toHaveLength(1);
    expect(errors.get(probe)?.[0]).toContain("with 'exactOptionalPropertyTypes: true'");
  }, 120_000);
});
