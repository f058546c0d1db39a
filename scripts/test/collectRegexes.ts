import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A regular expression found in the library's source. */
export interface FoundRegex {
  /** `path:line` of the expression. */
  location: string;
  /** The pattern source. */
  source: string;
  /** The flags. */
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) && !/\.cases\.ts$/.test(name) ? [full] : [];
  });
}

/**
 * Every regular expression literal, and every `new RegExp('literal', 'flags')`, in the
 * published source of the packages (tests excluded). Built from the TypeScript AST, so a regex in
 * a string or comment is not mistaken for one.
 */
export function collectRegexes(packagesDir: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const pkg of readdirSync(packagesDir)) {
    const srcDir = path.join(packagesDir, pkg, 'src');
    if (!statSync(path.join(packagesDir, pkg)).isDirectory()) continue;
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (node: ts.Node) =>
        `${path.relative(packagesDir, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          const lastSlash = node.text.lastIndexOf('/');
          found.push({
            location: where(node),
            source: node.text.slice(1, lastSlash),
            flags: node.text.slice(lastSlash + 1),
          });
        } else if (
          ts.isNewExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'RegExp' &&
          node.arguments?.[0] &&
          ts.isStringLiteralLike(node.arguments[0])
        ) {
          const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
          found.push({ location: where(node), source: node.arguments[0].text, flags });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return found;
}
