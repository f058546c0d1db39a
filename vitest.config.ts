import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source through the private "@kamtibmas/source"
// export condition, so tests never need a prior build.
const conditions = ['@kamtibmas/source'];
const packages = ['core', 'validators', 'fixtures', 'cli'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // typecheck must be enabled per project: a bare glob of projects skips *.test-d.ts.
    projects: packages
      .map((name) => ({
        extends: true,
        test: {
          name,
          root: `packages/${name}`,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: '../../tsconfig.json',
          },
        },
      }))
      .concat([
        // Repository-level checks over all packages' source (ReDoS scan, bundle budgets …).
        { extends: true, test: { name: 'repo', root: 'scripts', include: ['test/**/*.test.ts'] } },
      ]),
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.test-d.ts', '**/index.ts', 'packages/cli/src/bin.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
