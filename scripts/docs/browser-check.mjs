#!/usr/bin/env node
// Renders the built docs site in headless Chromium and checks that it really shows what it should:
// the start page lists the guides, and the election-calendar guide contains its timeline SVGs with a
// non-zero rendered size; at 1280 px every page's tables fit their column and every entry of its table
// of contents has a label. Screenshots are saved to docs/site/screenshots/ as CI artefacts.
//
//   node scripts/docs/browser-check.mjs        (after `pnpm run docs`)
//
// Chromium comes from Debian's packages: when /usr/bin/chromium is missing and we are root, it is
// installed with apt-get (quietly; its log is printed only on failure). Pages are opened as file://
// URLs with networking, sync, component updates and first-run UI off and a fresh profile, so the
// check runs offline and leaves nothing behind.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, chromiumBinary, measurePage } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const site = path.join(root, 'docs', 'site');
const shots = path.join(site, 'screenshots');
const failures = [];

function fail(message) {
  failures.push(message);
  console.error(`FAIL ${message}`);
}

function screenshot(binary, page, name, height) {
  const file = path.join(shots, name);
  chromium(binary, [`--window-size=1280,${height}`, `--screenshot=${file}`], pathToFileURL(page).href);
  if (!existsSync(file) || statSync(file).size < 10_000) fail(`screenshot ${name} is missing or blank`);
  else console.log(`ok   screenshot docs/site/screenshots/${name} (${statSync(file).size} bytes)`);
}

/** Measures the timeline SVGs as laid out by the browser (see `measurePage`). */
function measureCalendar(binary, page) {
  return measurePage(
    binary,
    page,
    `return {
      svgs: [...document.querySelectorAll('svg.kamtibmas-timeline')].map((svg) => {
        const box = svg.getBoundingClientRect();
        return { label: svg.getAttribute('aria-label'), width: box.width, height: box.height,
          bars: svg.querySelectorAll('g.stage rect').length, votingDay: svg.querySelectorAll('g.voting-day').length };
      }),
    };`,
    2000,
  );
}

/**
 * Lays out a page at 1280 px and reports what a reader would find broken: tables wider than the
 * column they sit in (cut, or hidden behind a scrollbar), a page wider than the window, and entries
 * of the page's table of contents ("On This Page") with no text.
 */
function measureLayout(binary, page) {
  return measurePage(
    binary,
    page,
    `return {
      pageWidth: document.documentElement.scrollWidth,
      windowWidth: document.documentElement.clientWidth,
      tables: [...document.querySelectorAll('.col-content table')].map((table) => ({
        head: (table.querySelector('th') || table).textContent.trim().slice(0, 30),
        needed: table.scrollWidth,
        shown: table.clientWidth,
      })),
      toc: [...document.querySelectorAll('.tsd-page-navigation a')].map((a) => a.textContent.trim()),
    };`,
    1000,
  );
}

const index = path.join(site, 'index.html');
const documentsDir = path.join(site, 'documents');
if (!existsSync(index) || !existsSync(documentsDir)) {
  console.error('docs/site is not built: run `pnpm run docs` first');
  process.exit(1);
}
const calendar = readdirSync(documentsDir).find((name) => /election_calendar\.html$/i.test(name));
if (!calendar) {
  console.error('the election-calendar guide is not in docs/site/documents/');
  process.exit(1);
}
const calendarPage = path.join(documentsDir, calendar);

const binary = chromiumBinary();
if (!binary) {
  console.error('no chromium: cannot run the browser check');
  process.exit(1);
}
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

// The start page: rendered, titled, and linking every guide.
const startDom = chromium(binary, ['--window-size=1280,1000', '--dump-dom'], pathToFileURL(index).href);
if (!/<title>[^<]*kamtibmas[^<]*<\/title>/.test(startDom)) fail('the start page has no kamtibmas title');
for (const guide of ['Getting started', 'Modelling an article', 'Validating payloads', 'The election calendar']) {
  if (!startDom.includes(guide)) fail(`the start page does not mention the guide "${guide}"`);
}
if (failures.length === 0) console.log('ok   start page renders and lists the guides');
screenshot(binary, index, 'start-page.png', 1000);

// The calendar guide: both timelines are laid out with a real size, bars and a voting-day line.
const measured = measureCalendar(binary, calendarPage);
if (!measured) {
  fail('could not measure the calendar page (no result in the dumped DOM)');
} else {
  const labels = measured.svgs.map((svg) => svg.label).join(', ');
  if (measured.svgs.length < 2) fail(`expected the Pemilu 2024 and Pilkada 2024 timelines, found: ${labels || 'none'}`);
  for (const svg of measured.svgs) {
    const size = `${Math.round(svg.width)}×${Math.round(svg.height)} px, ${svg.bars} bars`;
    if (svg.width > 0 && svg.height > 0 && svg.bars > 0 && svg.votingDay === 1)
      console.log(`ok   ${svg.label}: ${size}`);
    else fail(`${svg.label}: rendered ${size}, voting-day marks ${svg.votingDay}`);
  }
}
screenshot(binary, calendarPage, 'election-calendar.png', 1800);

// Every guide and the start page at 1280 px: tables fit their column, nothing overflows the
// window, and the table of contents has a label for every entry.
const pages = [
  index,
  ...readdirSync(documentsDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(documentsDir, name)),
];
for (const page of pages) {
  const name = path.relative(site, page);
  const layout = measureLayout(binary, page);
  if (!layout) {
    fail(`${name}: could not measure the layout`);
    continue;
  }
  const before = failures.length;
  if (layout.pageWidth > layout.windowWidth)
    fail(`${name}: the page is ${layout.pageWidth} px wide in a 1280 px window`);
  for (const table of layout.tables) {
    if (table.needed > table.shown + 1)
      fail(`${name}: the table "${table.head}" needs ${table.needed} px but has ${table.shown} px at 1280 px`);
  }
  const blank = layout.toc.filter((label) => label === '').length;
  if (blank > 0) fail(`${name}: ${blank} of ${layout.toc.length} table-of-contents entries have no text`);
  if (failures.length === before)
    console.log(
      `ok   ${name}: ${layout.tables.length} tables fit at 1280 px, ${layout.toc.length} contents entries labelled`,
    );
}

console.log(failures.length === 0 ? 'browser check passed' : `browser check failed: ${failures.length} problem(s)`);
process.exit(failures.length === 0 ? 0 : 1);
