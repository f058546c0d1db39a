#!/usr/bin/env node
// Opens the built playground (docs/site/playground.html) in headless Chromium from file://, with no
// network, and checks that it really reads what a user pastes:
// - Article mode, `#text=` the Banyuasin seed article: the officers, the event date and the
//   delegation ("Adam Ibrahim for Hani Syopiar Rustam") are in the page;
// - Payload mode, `#json=` an event with an impossible date and no sources: the issue codes
//   invalid_date and missing_source are shown at their lines.
// Screenshots of both modes at 1280 px and 375 px go to docs/site/screenshots/ as CI artefacts.
//
//   node scripts/docs/playground-check.mjs      (after `pnpm run docs`)
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, chromiumBinary } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const page = path.join(root, 'docs', 'site', 'playground.html');
const shots = path.join(root, 'docs', 'site', 'screenshots');
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`FAIL ${message}`);
};

if (!existsSync(page)) {
  console.error('docs/site/playground.html is not built: run `pnpm run docs` first');
  process.exit(1);
}
const binary = chromiumBinary();
if (!binary) {
  console.error('no chromium: cannot run the playground check');
  process.exit(1);
}
mkdirSync(shots, { recursive: true });

const url = (fragment) => `${pathToFileURL(page).href}#${new URLSearchParams(fragment).toString()}`;
/** The page's text content as the browser left it (tags removed, entities decoded). */
function renderedText(address) {
  const dom = chromium(binary, ['--window-size=1280,2000', '--dump-dom'], address);
  if (!dom.includes('data-ready="true"')) fail(`the page script did not finish for ${address.slice(0, 120)}…`);
  return dom
    .replace(/<textarea[\s\S]*?<\/textarea>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
function expectText(text, needle, what) {
  if (text.includes(needle)) console.log(`ok   ${what}: "${needle}"`);
  else fail(`${what}: "${needle}" is not on the page`);
}
function screenshot(address, name, width, height) {
  const file = path.join(shots, name);
  chromium(binary, [`--window-size=${width},${height}`, `--screenshot=${file}`], address);
  if (!existsSync(file) || statSync(file).size < 10_000) fail(`screenshot ${name} is missing or blank`);
  else console.log(`ok   screenshot docs/site/screenshots/${name} (${statSync(file).size} bytes)`);
}

// The API site links to the playground from every page (typedoc.json navigationLinks, made
// relative to each page by docs/site.js): the start page and a guide one level down.
const site = path.join(root, 'docs', 'site');
for (const [from, expected] of [
  [path.join(site, 'index.html'), './playground.html'],
  [path.join(site, 'documents', 'Getting_started.html'), '../playground.html'],
]) {
  if (!existsSync(from)) {
    fail(`${path.relative(root, from)} is missing`);
    continue;
  }
  const dom = chromium(binary, ['--window-size=1280,1000', '--dump-dom'], pathToFileURL(from).href);
  if (dom.includes(`href="${expected}"`)) console.log(`ok   ${path.relative(root, from)} links to ${expected}`);
  else fail(`${path.relative(root, from)} has no link to ${expected}`);
}

// Article mode on the Banyuasin seed article (fixture harianMubaPolresBanyuasinCoolingSystem).
const article = readFileSync(
  path.join(root, 'packages', 'fixtures', 'test', 'articles', '003_9085897592665ff4.txt'),
  'utf8',
);
const articleUrl = url({ text: article });
const articleText = renderedText(articleUrl);
expectText(articleText, 'AKBP Ferly Rosa Putra', 'officer with rank');
expectText(articleText, '2024-01-31', 'event date');
expectText(articleText, 'Adam Ibrahim for Hani Syopiar Rustam', 'delegation');
screenshot(articleUrl, 'playground-article-1280.png', 1280, 1800);
screenshot(articleUrl, 'playground-article-375.png', 375, 1800);

// Payload mode: line 4 has an impossible date, and the event has no sources at all (the issue is
// located at the object that lacks them, line 1).
const payload = `{
  "id": "fgd-banyuasin",
  "kinds": ["fgd"],
  "date": "2024-02-30",
  "title": "FGD",
  "datePrecision": "day",
  "organizerIds": ["polres-banyuasin"],
  "participants": [],
  "participantGroups": [],
  "topics": []
}`;
const payloadUrl = url({ json: payload });
const payloadText = renderedText(payloadUrl);
expectText(payloadText, '4:11 date [invalid_date]', 'impossible date at its line');
expectText(payloadText, '1:1 sources [missing_source]', 'missing sources at the line of their event');
screenshot(payloadUrl, 'playground-payload-1280.png', 1280, 900);
screenshot(`${payloadUrl}&locale=id`, 'playground-payload-375-id.png', 375, 1200);

console.log(
  failures.length === 0 ? 'playground check passed' : `playground check failed: ${failures.length} problem(s)`,
);
process.exit(failures.length === 0 ? 0 : 1);
