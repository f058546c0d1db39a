// Scores core's finders on whole articles of the development corpus (corpus/articles/*.txt with
// their hand-made *.json annotations), the article-level measures of issue 10:
// - officers: every officer the annotation lists (rank + name, one entry per person) against the
//   distinct officers `parseOfficerMentions` finds in the text — recall (annotated officers found)
//   and precision (distinct found officers that are annotated ones). A found name matches an
//   annotated one of the same rank when one contains the other, ignoring case ("AKBP Imam" in a
//   later sentence is the annotated "AKBP Imam Tarmudi"), so short later forms are not counted as
//   extra officers;
// - the event's date among `findDateMentions` (with the article's publication date, when known,
//   as the reference for dates written without a year), where the annotation gives one; a date
//   written without a year in an article with no publication date counts when day and month agree;
// - the organising unit among `findUnitMentions` (with the district table): the annotated unit's
//   canonical name is the display name of a found unit or of a parent in its chain.
//
//   npx -y pnpm@10.34.9 exec tsx --conditions=@kamtibmas/source scripts/score/articleMentions.ts [--failures]
//
// It only reports; it never fails on a score.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findDistricts } from '../../packages/core/src/districts';
import {
  findDateMentions,
  findUnitMentions,
  type LocalDate,
  parseOfficerMentions,
  parseUnitMention,
  type UnitMention,
} from '../../packages/core/src/index';

interface Annotation {
  publishedOn: LocalDate | null;
  event: { date: string | null; organiser: string | null };
  officers: { rank: string; name: string }[];
}

const dir = path.resolve(import.meta.dirname, '../../corpus/articles');
const showFailures = process.argv.includes('--failures');
const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
const sameName = (a: string, b: string) => {
  const [x, y] = [fold(a), fold(b)];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const chainNames = (unit: UnitMention | undefined): string[] =>
  unit === undefined ? [] : [unit.displayName, ...chainNames(unit.parent)];

let expectedOfficers = 0;
let foundExpected = 0;
let foundDistinct = 0;
let foundRight = 0;
let dates = 0;
let datesFound = 0;
/** Found as day and month only: written without a year, and the article gives no publication date. */
let datesWithoutYear = 0;
let organisers = 0;
let organisersFound = 0;
const failures: string[] = [];

const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
for (const file of files) {
  const annotation = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Annotation;
  const text = readFileSync(path.join(dir, file.replace(/\.json$/u, '.txt')), 'utf8');

  // Officers: distinct (rank, name) found, short forms folded into a longer one of the same rank.
  const distinct: { rank: string; name: string }[] = [];
  for (const mention of parseOfficerMentions(text)) {
    const same = distinct.find((d) => d.rank === mention.rank && sameName(d.name, mention.name));
    if (same === undefined) distinct.push({ rank: mention.rank, name: mention.name });
    else if (mention.name.length > same.name.length) same.name = mention.name;
  }
  foundDistinct += distinct.length;
  for (const officer of annotation.officers) {
    expectedOfficers += 1;
    if (distinct.some((d) => d.rank === officer.rank && sameName(d.name, officer.name))) foundExpected += 1;
    else failures.push(`${file}: officer not found: ${officer.rank} ${officer.name}`);
  }
  for (const d of distinct) {
    if (annotation.officers.some((o) => o.rank === d.rank && sameName(o.name, d.name))) foundRight += 1;
    else failures.push(`${file}: found an officer the annotation does not list: ${d.rank} ${d.name}`);
  }

  if (annotation.event.date !== null) {
    dates += 1;
    const options = annotation.publishedOn === null ? {} : { referenceDate: annotation.publishedOn };
    const [, month, day] = annotation.event.date.split('-').map(Number);
    const found = findDateMentions(text, options);
    if (found.some((m) => m.date === annotation.event.date)) datesFound += 1;
    else if (found.some((m) => m.year === undefined && m.month === month && m.day === day)) datesWithoutYear += 1;
    else failures.push(`${file}: event date ${annotation.event.date} not among the dates found`);
  }
  if (annotation.event.organiser !== null) {
    organisers += 1;
    const wanted =
      parseUnitMention(annotation.event.organiser, { findDistricts })?.displayName ?? annotation.event.organiser;
    // The units written as units, and the units of the officers' posts ("Kapolres Mimika AKBP …"
    // names Polres Mimika).
    const names = [
      ...findUnitMentions(text, { findDistricts }).flatMap((unit) => chainNames(unit)),
      ...parseOfficerMentions(text).flatMap((officer) => chainNames(officer.unit)),
    ];
    if (names.includes(wanted)) organisersFound += 1;
    else failures.push(`${file}: organiser ${wanted} not among the units found`);
  }
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
console.log(`core's finders on ${files.length} whole articles of corpus/articles`);
console.log(`  officers recall     ${pct(foundExpected, expectedOfficers)}   (target ≥ 95%)`);
console.log(`  officers precision  ${pct(foundRight, foundDistinct)}   (target ≥ 90%)`);
console.log(
  `  event date found    ${pct(datesFound + datesWithoutYear, dates)}, of them ${datesWithoutYear} as day and month only (written without a year, no publication date given; the extractor resolves the year from the article's other dates)`,
);
console.log(`  organiser found     ${pct(organisersFound, organisers)}`);
if (showFailures) for (const failure of failures) console.log(`  - ${failure}`);
