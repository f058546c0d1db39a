// Scores today's parsers on the real-mention corpus (officer and unit mentions copied from news
// articles, annotated by hand): per-field accuracy per set, and with --failures the list of
// mentions read wrong.
//
//   npx -y pnpm@10.34.9 exec tsx --conditions=@kamtibmas/source scripts/score/mentions.ts [--set dev|holdout|…|holdout8|all] (the sets: realMentionSets.ts) [--failures]
//
// It only reports; it never fails on accuracy (the parsers are being changed against the DEV set,
// the HOLDOUT set measures).
import { findDistricts } from '../../packages/core/src/districts';
import { type OfficerMention, parseOfficerMention } from '../../packages/core/src/person/parseOfficerMention';
import type { ExpectedOfficerMention } from '../../packages/core/src/person/parseOfficerMention.cases';
import type { RealOfficerMentionCase } from '../../packages/core/src/person/realOfficerMentions.dev.cases';
import { parseUnitMention, type UnitMention } from '../../packages/core/src/unit/parseUnitMention';
import type { ExpectedUnitMention } from '../../packages/core/src/unit/realUnitMentions.dev.cases';
import { isSetName, OFFICER_SETS, SET_NAMES, type SetName, UNIT_SETS } from './realMentionSets';

interface FieldCheck {
  field: string;
  /** `undefined`: the field is not scored for this case. */
  ok: boolean | undefined;
  got: unknown;
  expected: unknown;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

function checkOfficer(got: OfficerMention | undefined, exp: ExpectedOfficerMention): FieldCheck[] {
  const unitOf = (u: { kind: string; name: string } | undefined) => (u ? `${u.kind} ${u.name}` : undefined);
  const checks: FieldCheck[] = [
    { field: 'rank', ok: got?.rank === exp.rank, got: got?.rank, expected: exp.rank },
    { field: 'name', ok: got?.name === exp.name, got: got?.name, expected: exp.name },
    { field: 'titles', ok: sameList(got?.titles, exp.titles), got: got?.titles, expected: exp.titles },
    {
      field: 'honorifics',
      ok: sameList(got?.honorifics, exp.honorifics),
      got: got?.honorifics,
      expected: exp.honorifics,
    },
    {
      field: 'position text',
      ok: got !== undefined && got.position?.text === exp.position?.text,
      got: got?.position?.text,
      expected: exp.position?.text,
    },
    {
      field: 'position code',
      ok: exp.position?.code === undefined ? undefined : got?.position?.code === exp.position.code,
      got: got?.position?.code,
      expected: exp.position?.code,
    },
    {
      field: 'unit',
      ok: got !== undefined && unitOf(got.unit) === unitOf(exp.unit),
      got: unitOf(got?.unit),
      expected: unitOf(exp.unit),
    },
    { field: 'former', ok: got?.former === exp.former, got: got?.former, expected: exp.former },
    {
      field: 'acting',
      ok: got !== undefined && got.acting === exp.acting,
      got: got?.acting,
      expected: exp.acting,
    },
  ];
  return checks;
}

function checkUnit(got: UnitMention | undefined, exp: ExpectedUnitMention): FieldCheck[] {
  const parentOf = (kind: string | undefined, name: string | undefined) =>
    kind === undefined ? undefined : `${kind} ${name ?? ''}`.trim();
  const gotParent = parentOf(got?.parent?.kind, got?.parent?.name);
  const expParent = parentOf(exp.parentKind, exp.parentName);
  return [
    { field: 'kind', ok: got?.kind === exp.kind, got: got?.kind, expected: exp.kind },
    { field: 'name', ok: got?.name === exp.name, got: got?.name, expected: exp.name },
    {
      field: 'displayName',
      ok: exp.displayName === undefined ? undefined : got?.displayName === exp.displayName,
      got: got?.displayName,
      expected: exp.displayName,
    },
    {
      field: 'province',
      ok: got !== undefined && (got.province?.code ?? null) === exp.province,
      got: got?.province?.code ?? null,
      expected: exp.province,
    },
    { field: 'parent', ok: got !== undefined && gotParent === expParent, got: gotParent, expected: expParent },
    {
      field: 'headquarters',
      ok: got?.headquarters === exp.headquarters,
      got: got?.headquarters,
      expected: exp.headquarters,
    },
  ];
}

interface Scored {
  text: string;
  checks: FieldCheck[];
}

function tally(rows: readonly Scored[], fields: readonly string[]): string[] {
  const lines: string[] = [];
  const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  for (const field of fields) {
    let right = 0;
    let scored = 0;
    for (const row of rows) {
      const check = row.checks.find((c) => c.field === field);
      if (check?.ok === undefined) continue;
      scored++;
      if (check.ok) right++;
    }
    lines.push(`  ${field.padEnd(15)} ${pct(right, scored)}  (${right}/${scored})`);
  }
  const full = rows.filter((r) => r.checks.every((c) => c.ok !== false)).length;
  lines.push(`  ${'FULLY RIGHT'.padEnd(15)} ${pct(full, rows.length)}  (${full}/${rows.length})`);
  return lines;
}

function failures(rows: readonly Scored[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const wrong = row.checks.filter((c) => c.ok === false);
    if (wrong.length === 0) continue;
    lines.push(`  ${JSON.stringify(row.text)}`);
    for (const c of wrong) {
      lines.push(`      ${c.field}: got ${JSON.stringify(c.got)} ≠ expected ${JSON.stringify(c.expected)}`);
    }
  }
  return lines;
}

const OFFICER_FIELDS = [
  'rank',
  'name',
  'titles',
  'honorifics',
  'position text',
  'position code',
  'unit',
  'former',
  'acting',
];
const UNIT_FIELDS = ['kind', 'name', 'displayName', 'province', 'parent', 'headquarters'];

function main(argv: readonly string[]): void {
  const setArg = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : 'all';
  if (setArg !== 'all' && !isSetName(setArg)) {
    console.error(`--set must be ${SET_NAMES.join(', ')} or all (got ${setArg})`);
    process.exitCode = 2;
    return;
  }
  const showFailures = argv.includes('--failures');
  const sets: readonly SetName[] = setArg === 'all' ? SET_NAMES : [setArg];
  const out: string[] = [];
  for (const set of sets) {
    const officers = (OFFICER_SETS[set] as readonly RealOfficerMentionCase[]).map((c) => ({
      text: c.text,
      checks: checkOfficer(parseOfficerMention(c.text), c.expected),
    }));
    const units = (UNIT_SETS[set] ?? []).map((c) => ({
      text: c.text,
      checks: checkUnit(parseUnitMention(c.text, { findDistricts }), c.expected),
    }));
    out.push(`== ${set.toUpperCase()}: officer mentions (${officers.length}) — parseOfficerMention`);
    out.push(...tally(officers, OFFICER_FIELDS));
    out.push(`== ${set.toUpperCase()}: unit mentions (${units.length}) — parseUnitMention with findDistricts`);
    out.push(...tally(units, UNIT_FIELDS));
    if (showFailures) {
      out.push(`-- ${set} officer failures`, ...failures(officers));
      out.push(`-- ${set} unit failures`, ...failures(units));
    }
    out.push('');
  }
  console.log(out.join('\n'));
}

main(process.argv.slice(2));
