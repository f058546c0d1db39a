import { defineConfig, type Options } from 'tsup';

/**
 * One build shape for every package: ESM (`.js`) and CJS (`.cjs`) with `.d.ts` / `.d.cts`,
 * matching the exports map that passes `publint --strict` and `attw` (see docs/contributing.md).
 */
export function packageBuild(entry: Options['entry'], extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
    ...extra,
  });
}
