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

function errorsIn(file: string, host?: ts.CompilerHost): string[] {
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  return ts
    .getPreEmitDiagnostics(program, source)
    .map(
      (d) => `${path.relative(root, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('exactOptionalPropertyTypes', () => {
  it('every schema’s output is assignable to its core type with the option on', () => {
    expect(errorsIn(path.join(import.meta.dirname, 'schemas.exact.test-d.ts'))).toEqual([]);
  }, 120_000);

  it('the check can fail: an optional field without `| undefined` is rejected', () => {
    // The same check against a model type written the old way (`theme?: string`) must not compile,
    // or the test above would prove nothing.
    const probe = path.join(import.meta.dirname, '__exact_probe__.ts');
    const text = [
      "import type * as z from 'zod';",
      "import type { EventSchema } from './EventSchema';",
      'type OldEvent = { theme?: string };',
      'const oldEvent: OldEvent = undefined as unknown as Pick<z.output<typeof EventSchema>, "theme">;',
      'export { oldEvent };',
    ].join('\n');
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (name) => (path.resolve(name) === probe ? text : read(name));
    host.fileExists = (
      (exists) => (name: string) =>
        path.resolve(name) === probe || exists(name)
    )(host.fileExists.bind(host));
    const errors = errorsIn(probe, host);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("with 'exactOptionalPropertyTypes: true'");
  }, 120_000);
});
