import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../test-support/captureIo';
import { runValidate } from './validate';

// With the real validators: what --errors-only, --format ndjson and the text lines look like on
// a file of valid, invalid and advisory-carrying events.
const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-validate-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const event = {
  id: 'dialog-a',
  kinds: ['dialog'],
  title: 'Dialog Kamtibmas',
  date: '2024-09-05',
  datePrecision: 'day',
  organizerIds: ['polsek-kedurang'],
  participants: [],
  participantGroups: [],
  topics: ['kamtibmas'],
  sources: [{ publisher: 'Radar Kaur' }],
};
// Line 1 valid; line 2 invalid (a date not written YYYY-MM-DD); line 3 valid with an advisory
// (its source was published a day before the event); line 4 not JSON.
const lines = [
  JSON.stringify(event),
  JSON.stringify({ ...event, id: 'dialog-b', date: '4/11/2024' }),
  JSON.stringify({ ...event, id: 'dialog-c', sources: [{ publisher: 'Radar Kaur', publishedOn: '2024-09-04' }] }),
  '{"id": oops}',
];
const path = join(dir, 'events.ndjson');
writeFileSync(path, `${lines.join('\n')}\n`);

describe('kamtibmas validate reports', () => {
  it('text: one path per issue line', async () => {
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io)).toBe(1);
    const line = c
      .stdout()
      .split('\n')
      .find((l) => l.includes('[invalid_date]'));
    expect(line).toBe(
      "  error 2:71 date [invalid_date] date '4/11/2024' is not written YYYY-MM-DD — did you mean '2024-11-04'?",
    );
    // Before: "date [invalid_date] date: date '4/11/2024' …", the path twice. Column 71: where the value starts.
    expect(line?.split('date:')).toHaveLength(1);
  });

  it('--errors-only: only invalid records and their errors, and the full summary', async () => {
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en', '--errors-only'], c.io)).toBe(1);
    const out = c.stdout();
    expect(out).not.toContain('dialog-a');
    expect(out).not.toContain('dialog-c');
    expect(out).not.toContain('  advisory');
    expect(out).toContain(`${path}:2:1 event dialog-b: ✗ invalid`);
    expect(out).toContain(`${path}:4:8 JSON: ✗ invalid`);
    expect(out).toContain('Summary: 2 valid, 2 invalid, 1 advisory (4 records in 1 file).');
  });

  it('--format ndjson: one object per record, each issue with its severity, then the summary', async () => {
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en', '--format', 'ndjson'], c.io)).toBe(1);
    const objects = c
      .stdout()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.type, o.id, o.ok])).toEqual([
      ['record', 'dialog-a', true],
      ['record', 'dialog-b', false],
      ['record', 'dialog-c', true],
      ['record', null, false],
      ['summary', undefined, undefined],
    ]);
    expect(objects[1].issues).toEqual([
      {
        path: ['date'],
        code: 'invalid_date',
        severity: 'error',
        message: "date: date '4/11/2024' is not written YYYY-MM-DD — did you mean '2024-11-04'?",
        line: 2,
        column: 71,
      },
    ]);
    expect(objects[2].issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([
      ['source_before_event', 'advisory'],
    ]);
    expect(objects[3].syntaxError.found).toBe('o');
    expect(objects[4]).toMatchObject({ records: 4, valid: 2, invalid: 2, advisories: 1, files: 1 });
  });

  it('--format ndjson --errors-only: the invalid records and the summary only', async () => {
    const c = captureIo();
    await runValidate([path, '--format', 'ndjson', '--errors-only'], c.io);
    const objects = c
      .stdout()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects.map((o) => o.type)).toEqual(['record', 'record', 'summary']);
    expect(objects[0].issues[0].message).toMatch(/^date: tanggal '4\/11\/2024' tidak ditulis YYYY-MM-DD/);
  });

  it('--format json: issues and advisories carry their severity', async () => {
    const c = captureIo();
    await runValidate([path, '--format', 'json'], c.io);
    const report = JSON.parse(c.stdout());
    expect(report.records[1].issues[0]).toMatchObject({ code: 'invalid_date', severity: 'error' });
    expect(report.records[2].advisories[0]).toMatchObject({ code: 'source_before_event', severity: 'advisory' });
  });
});
