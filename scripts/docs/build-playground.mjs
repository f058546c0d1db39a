#!/usr/bin/env node
// Builds the docs playground (docs/site/playground.html): type-checks docs/playground/src, bundles
// it with the packages' own source (esbuild, "@kamtibmas/source" condition) into one classic script
// — module scripts do not load from file:// — and copies the page and its stylesheet beside the API
// site. The page works offline: no CDN, no server. Runs after TypeDoc, which empties docs/site.
//
//   node scripts/docs/build-playground.mjs      (part of `pnpm run docs`)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bin, root, run } from '../lib/run.mjs';

const source = path.join(root, 'docs', 'playground');
const site = path.join(root, 'docs', 'site');
/** The page's script, minified and gzipped, must stay under this (issue: < 300 kB gzip). */
const BUDGET_GZIP_BYTES = 300 * 1024;

const typecheck = run([bin('tsc'), '-p', path.join(source, 'tsconfig.json')]);
if (typecheck.status !== 0) {
  console.error('the playground does not type-check (docs/playground/tsconfig.json)');
  process.exit(1);
}

// The five seed articles and the broken example payload, one click away on the page.
const articlesDir = path.join(root, 'packages', 'fixtures', 'test', 'articles');
const ARTICLE_NAMES = {
  '000_ab81f7aa4f2ae994.txt': 'Ditbinmas Polda Sumsel (FGD)',
  '001_4a21f054e10a368d.txt': 'Polres Lampung Selatan (cooling system)',
  '002_cc191cb9d5383a99.txt': 'Ditbinmas Polda Kaltim (bimluh)',
  '003_9085897592665ff4.txt': 'Polres Banyuasin (cooling system)',
  '004_b6255de1fb23a302.txt': 'Polsek Kedurang (Pilkada damai)',
};
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name: ARTICLE_NAMES[name] ?? name, text: readFileSync(path.join(articlesDir, name), 'utf8') }));
const brokenPayload = readFileSync(path.join(root, 'examples', 'broken-event.json'), 'utf8');

const samplesPlugin = {
  name: 'samples',
  setup(plugin) {
    plugin.onResolve({ filter: /^virtual:samples$/ }, () => ({ path: 'samples', namespace: 'samples' }));
    plugin.onLoad({ filter: /.*/, namespace: 'samples' }, () => ({
      contents: `export const ARTICLES = ${JSON.stringify(articles)};\nexport const BROKEN_PAYLOAD = ${JSON.stringify(brokenPayload)};`,
      loader: 'js',
    }));
  },
};

mkdirSync(site, { recursive: true });
const script = path.join(site, 'playground.js');
await build({
  entryPoints: [path.join(source, 'src', 'main.ts')],
  outfile: script,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  conditions: ['@kamtibmas/source'],
  tsconfig: path.join(source, 'tsconfig.json'),
  plugins: [samplesPlugin],
  logLevel: 'warning',
});
copyFileSync(path.join(source, 'playground.html'), path.join(site, 'playground.html'));
copyFileSync(path.join(source, 'playground.css'), path.join(site, 'playground.css'));

const gzipped = gzipSync(readFileSync(script)).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`playground: docs/site/playground.html, script ${kB(statSync(script).size)} min, ${kB(gzipped)} gzip`);
if (gzipped > BUDGET_GZIP_BYTES) {
  console.error(`the playground script is over its budget of ${kB(BUDGET_GZIP_BYTES)} gzip`);
  process.exit(1);
}
