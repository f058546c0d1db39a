import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Workspace packages resolve to their TypeScript source through the private "@kamtibmas/source"
// export condition, so tests never need a prior build.
const conditions = ['@kamtibmas/source'];
const packages = ['core', 'validators', 'fixtures', 'extract', 'cli'];

// typecheck must be enabled per project: a bare glob of projects skips *.test-d.ts.
const packageProjects: TestProjectInlineConfiguration[] = packages.map((name) => ({
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
}));

// Repository-level checks over all packages' source (ReDoS scan, bundle budgets …).
const repoProject: TestProjectInlineConfiguration = {
  extends: true,
  test: { name: 'repo', root: 'scripts', include: ['test/**/*.test.ts'] },
};

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // Speed is measured in benchmarks, never in timed tests: vitest's 5 s default turned the fast
    // path's 2,500-case property test into a speed test on a loaded 2-core machine (8 s under
    // coverage at load 15). A test that hangs still fails.
    testTimeout: 60_000,
    projects: [...packageProjects, repoProject],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.test-d.ts', '**/*.cases.ts', '**/index.ts', 'packages/cli/src/bin.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
