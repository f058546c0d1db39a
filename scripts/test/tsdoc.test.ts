import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// TypeDoc's `notDocumented` check only asks for *a* comment. The project's standard is more: every
// export has a summary, an `@example` and a `@category`, and every function documents its
// parameters and return value. This walks each package's public entry points with the TypeScript
// compiler and lists the exports that fall short.
const root = path.resolve(import.meta.dirname, '../..');
const entries = [
  'packages/core/src/index.ts',
  'packages/core/src/districts.ts',
  'packages/validators/src/index.ts',
  'packages/fixtures/src/index.ts',
  'packages/extract/src/index.ts',
  'packages/cli/src/index.ts',
].map((file) => path.join(root, file));

const program = ts.createProgram(entries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@kamtibmas/source'],
  resolveJsonModule: true,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function documentedDeclaration(symbol: ts.Symbol): ts.Declaration | undefined {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return target.declarations?.find((d) => ts.getJSDocCommentsAndTags(d).length > 0) ?? target.declarations?.[0];
}

function problemsOf(declaration: ts.Declaration): string[] {
  // A `const x = …` is documented on its statement, which getJSDocTags reaches through the declaration.
  const tags = ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
  const comments = ts.getJSDocCommentsAndTags(declaration);
  const summary = comments.some((c) => ts.isJSDoc(c) && (ts.getTextOfJSDocComment(c.comment) ?? '').trim().length > 0);
  const problems: string[] = [];
  if (!summary) problems.push('summary');
  if (!tags.includes('example')) problems.push('@example');
  if (!tags.includes('category')) problems.push('@category');
  if (ts.isFunctionDeclaration(declaration)) {
    const documentedParams = new Set(
      ts
        .getJSDocTags(declaration)
        .filter(ts.isJSDocParameterTag)
        .map((tag) => tag.name.getText()),
    );
    for (const parameter of declaration.parameters) {
      if (ts.isIdentifier(parameter.name) && !documentedParams.has(parameter.name.text)) {
        problems.push(`@param ${parameter.name.text}`);
      }
    }
    if (!tags.includes('returns')) problems.push('@returns');
  }
  return problems;
}

describe('TSDoc of every public export', () => {
  for (const entry of entries) {
    it(`${path.relative(root, entry)}: summary, @example, @category (and @param/@returns on functions)`, () => {
      const source = program.getSourceFile(entry);
      expect(source, `${entry} is not in the program`).toBeDefined();
      const moduleSymbol = checker.getSymbolAtLocation(source!)!;
      const exports = checker.getExportsOfModule(moduleSymbol);
      expect(exports.length).toBeGreaterThan(0);
      const missing = exports.flatMap((symbol) => {
        const declaration = documentedDeclaration(symbol);
        if (!declaration) return [`${symbol.name}: no declaration`];
        const problems = problemsOf(declaration);
        return problems.length
          ? [`${symbol.name} (${path.relative(root, declaration.getSourceFile().fileName)}): ${problems.join(', ')}`]
          : [];
      });
      expect(missing).toEqual([]);
    }, 60_000);
  }
});
