import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../test-support/captureIo';
import type { ValidatorFunction, Validators } from '../validation/ValidatorFunction';
import { runValidate } from './validate';

// A stand-in for @kamtibmas/validators, so these tests pin the CLI's behaviour alone: an event
// needs a string id and at least one source; `draft: true` earns an advisory.
const fakeValidateEvent: ValidatorFunction = (input, { locale }) => {
  const value = input as { id?: unknown; sources?: unknown; draft?: unknown };
  const issues = [];
  if (typeof value?.id !== 'string') issues.push({ path: ['id'], code: 'fake.id', message: `${locale}: id missing` });
  if (!Array.isArray(value?.sources) || value.sources.length === 0) {
    issues.push({ path: ['sources'], code: 'fake.no-source', message: `${locale}: no source` });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, advisories: value.draft === true ? [{ path: [], code: 'fake.draft', message: 'draft' }] : [] };
};
const fakeValidateDataset: ValidatorFunction = (input) => {
  const events = (input as { events?: unknown[] }).events ?? [];
  const issues = events.flatMap((event, index) => {
    const result = fakeValidateEvent(event, { locale: 'en' });
    return (result.issues ?? []).map((issue) => ({ ...issue, path: ['events', index, ...issue.path] }));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, advisories: [] };
};
const fakes: Validators = { validateEvent: fakeValidateEvent, validateDataset: fakeValidateDataset };

const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = (id: string) => ({ id, sources: [{ publisher: 'Koran Palpres' }] });

describe('kamtibmas validate', () => {
  it('exits 0 and reports each valid NDJSON record with its line', async () => {
    const path = file('good.ndjson', `${JSON.stringify(good('a'))}\n\n${JSON.stringify(good('b'))}\n`);
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(0);
    expect(c.stdout()).toContain(`${path}:1:1 event a: ✓ valid`);
    expect(c.stdout()).toContain(`${path}:3:1 event b: ✓ valid`);
    expect(c.stdout()).toContain('Summary: 2 valid, 0 invalid, 0 advisories (2 records in 1 file).');
    expect(c.stderr()).toBe('');
  });

  it('exits 1 and locates each invalid element of a JSON array with path, code and message', async () => {
    const path = file('mixed.json', `[\n  ${JSON.stringify(good('a'))},\n  {"id": "b", "sources": []}\n]\n`);
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain(`${path}:2:3 event a: ✓ valid`);
    expect(c.stdout()).toContain(`${path}:3:3 event b: ✗ invalid`);
    expect(c.stdout()).toContain('error 3:26 sources [fake.no-source] en: no source');
    expect(c.stdout()).toContain('Summary: 1 valid, 1 invalid, 0 advisories');
  });

  it('shows advisories without failing and counts them', async () => {
    const path = file('draft.json', JSON.stringify({ ...good('a'), draft: true }));
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(0);
    expect(c.stdout()).toContain('advisory 1:1 (root) [fake.draft] draft');
    expect(c.stdout()).toContain('1 valid, 0 invalid, 1 advisory');
  });

  it('writes the summary in Indonesian by default and passes the locale to the validator', async () => {
    const path = file('bad.json', '{"sources": []}');
    const c = captureIo();
    expect(await runValidate([path], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain('event: ✗ tidak valid');
    // The fake's message starts with the locale it was given ('id: no source').
    expect(c.stdout()).toContain('galat 1:13 sources [fake.no-source] id: no source');
    expect(c.stdout()).toContain('Ringkasan: 0 valid, 1 tidak valid, 0 saran (1 rekaman dalam 1 berkas).');
  });

  it('detects a dataset with --kind auto and validates it as a whole', async () => {
    const path = file('dataset.json', JSON.stringify({ units: [], events: [good('a'), { id: 'b' }] }, null, 2));
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain(`${path}:1:1 dataset: ✗ invalid`);
    expect(c.stdout()).toContain('error 12:5 events[1].sources [fake.no-source]');
  });

  it('validates as the kind given by --kind', async () => {
    const path = file('as-event.json', JSON.stringify({ units: [], events: [] }));
    const c = captureIo();
    expect(await runValidate([path, '--kind', 'event', '--locale', 'en'], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain('event: ✗ invalid');
  });

  it('reports malformed JSON with line, column and what was expected, and exits 1', async () => {
    const path = file('broken.json', '{\n  "id": "a",\n  "sources": [{},, {}]\n}\n');
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain(`${path}:3:18 JSON: ✗ invalid`);
    expect(c.stdout()).toContain(
      "Unexpected ',' at line 3 column 18 — expected a value (object, array, string, number, true, false or null). Fix the JSON and run again.",
    );
  });

  it('keeps going after a broken NDJSON line', async () => {
    const path = file('partly.ndjson', `${JSON.stringify(good('a'))}\n{"id": "b",\n${JSON.stringify(good('c'))}\n`);
    const c = captureIo();
    expect(await runValidate([path, '--locale', 'en'], c.io, fakes)).toBe(1);
    expect(c.stdout()).toContain(`${path}:2:12 JSON: ✗ invalid`);
    expect(c.stdout()).toContain(`${path}:3:1 event c: ✓ valid`);
    expect(c.stdout()).toContain('2 valid, 1 invalid');
  });

  it('streams --format json as one JSON document with per-record locations', async () => {
    const path = file('json-out.ndjson', `${JSON.stringify(good('a'))}\n{"id": 3, "sources": []}\n{oops}\n`);
    const c = captureIo();
    expect(await runValidate([path, '--format', 'json', '--locale', 'en'], c.io, fakes)).toBe(1);
    const report = JSON.parse(c.stdout());
    expect(report.records).toHaveLength(3);
    expect(report.records[0]).toMatchObject({ file: path, line: 1, column: 1, kind: 'event', id: 'a', ok: true });
    expect(report.records[1]).toMatchObject({ line: 2, ok: false, id: null });
    expect(report.records[1].issues.map((issue: { code: string }) => issue.code)).toEqual([
      'fake.id',
      'fake.no-source',
    ]);
    expect(report.records[2]).toMatchObject({ line: 3, column: 2, ok: false, syntaxError: { found: 'o' } });
    expect(report.summary).toMatchObject({ records: 3, valid: 1, invalid: 2, advisories: 0, files: 1 });
  });

  it('prints valid JSON for --format json even with no records', async () => {
    const c = captureIo();
    expect(await runValidate([file('empty.json', '[]'), '--format', 'json'], c.io, fakes)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ records: [], inputErrors: [], summary: { records: 0 } });
  });

  it('reads standard input for -', async () => {
    async function* stdin() {
      yield new TextEncoder().encode(`\uFEFF${JSON.stringify(good('a'))}\n`);
      yield new TextEncoder().encode(JSON.stringify(good('b')));
    }
    const c = captureIo({ stdin: stdin() });
    expect(await runValidate(['-', '--locale', 'en'], c.io, fakes)).toBe(0);
    expect(c.stdout()).toContain('<stdin>:1:1 event a: ✓ valid');
    expect(c.stdout()).toContain('<stdin>:2:1 event b: ✓ valid');
  });

  it('exits 2 before any output for a missing file or a directory, saying what to do', async () => {
    const c = captureIo();
    const missing = join(dir, 'nope.json');
    expect(await runValidate([file('ok.json', '{}'), missing, dir, '--locale', 'en'], c.io, fakes)).toBe(2);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain(`cannot read '${missing}': no such file. Check the path`);
    expect(c.stderr()).toContain(`cannot read '${dir}': it is a directory. Pass the JSON or NDJSON files inside it`);
  });

  it('exits 2 for - without a standard input', async () => {
    const c = captureIo();
    expect(await runValidate(['-', '--locale', 'en'], c.io, fakes)).toBe(2);
    expect(c.stderr()).toContain('standard input is not available');
  });

  it.each([
    [['--kind', 'person', 'a.json'], "unknown --kind 'person' (use event, dataset or auto)"],
    [['--format', 'xml', 'a.json'], "unknown --format 'xml' (use text, json or ndjson)"],
    [['--frobnicate', 'a.json'], "Unknown option '--frobnicate'"],
    [['--kind'], "option '--kind' needs a value"],
    [[], "no input given: pass one or more files, or '-' to read standard input"],
  ])('exits 2 on usage error %j with a pointer to --help, in English with --locale en', async (argv, message) => {
    const c = captureIo();
    expect(await runValidate(['--locale=en', ...argv], c.io, fakes)).toBe(2);
    expect(c.stderr()).toBe(`kamtibmas validate: ${message}. Run 'kamtibmas validate --help' for usage.\n`);
  });

  it.each([
    [['--kind', 'person', 'a.json'], "--kind 'person' tidak dikenal (pakai event, dataset atau auto)"],
    [['--locale', 'fr', 'a.json'], "--locale 'fr' tidak dikenal (pakai id atau en)"],
    [['--format', 'xml', 'a.json'], "--format 'xml' tidak dikenal (pakai text, json atau ndjson)"],
    [['--frobnicate', 'a.json'], "opsi '--frobnicate' tidak dikenal"],
    [[], "tidak ada masukan: berikan satu berkas atau lebih, atau '-' untuk membaca masukan standar"],
  ])('writes usage error %j in Indonesian, the default language, like the rest of the run', async (argv, message) => {
    const c = captureIo();
    expect(await runValidate(argv, c.io, fakes)).toBe(2);
    expect(c.stderr()).toBe(`kamtibmas validate: ${message}. Jalankan 'kamtibmas validate --help' untuk cara pakai.\n`);
  });

  it('speaks one language per run: usage and file errors follow --locale alike', async () => {
    const missing = join(dir, 'nope.json');
    for (const [locale, usageWords, fileWords] of [
      ['en', 'Unknown option', 'no such file'],
      ['id', 'tidak dikenal', 'berkas tidak ada'],
    ] as const) {
      const usage = captureIo();
      await runValidate(['--locale', locale, '--frobnicate', missing], usage.io, fakes);
      const io = captureIo();
      await runValidate(['--locale', locale, missing], io.io, fakes);
      expect(usage.stderr()).toContain(usageWords);
      expect(io.stderr()).toContain(fileWords);
    }
  });

  it('prints its help with the exit codes', async () => {
    const c = captureIo();
    expect(await runValidate(['--help'], c.io, fakes)).toBe(0);
    expect(c.stdout()).toMatch(/^Usage: kamtibmas validate/);
    expect(c.stdout()).toContain('2  usage error');
  });

  it('exits 2 and names the missing validator when the validators package lacks it', async () => {
    const c = captureIo();
    const path = file('one.json', '{}');
    expect(await runValidate([path, '--locale', 'en'], c.io, { ...fakes, validateDataset: undefined })).toBe(2);
    expect(c.stderr()).toContain('validateDataset is unavailable');
    const d = captureIo();
    // With --kind event the missing dataset validator is not needed: the record is validated (and is invalid).
    expect(await runValidate([path, '--kind', 'event'], d.io, { ...fakes, validateDataset: undefined })).toBe(1);
    expect(d.stderr()).toBe('');
  });

  it('colours output only on a TTY without NO_COLOR', async () => {
    const path = file('colour.json', JSON.stringify(good('a')));
    const tty = captureIo({ stdoutIsTTY: true, env: {} });
    await runValidate([path], tty.io, fakes);
    expect(tty.stdout()).toContain('\u001b[32m');
    const noColor = captureIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await runValidate([path], noColor.io, fakes);
    expect(noColor.stdout()).not.toContain('\u001b[');
    const pipe = captureIo({ stdoutIsTTY: false, env: {} });
    await runValidate([path], pipe.io, fakes);
    expect(pipe.stdout()).not.toContain('\u001b[');
  });
});

describe('kamtibmas validate on large inputs', () => {
  const COUNT = 20_000;

  it('validates 20k NDJSON events from a stream, each before the stream has ended', async () => {
    let linesProduced = 0;
    let streamEnded = false;
    async function* stdin() {
      for (let i = 0; i < COUNT; i += 500) {
        let text = '';
        for (let j = i; j < i + 500; j++) text += `${JSON.stringify(good(`e-${j}`))}\n`;
        linesProduced += 500;
        yield text;
      }
      streamEnded = true;
    }
    const producedWhenSeen: number[] = [];
    const validateEvent: ValidatorFunction = (input, options) => {
      producedWhenSeen.push(streamEnded ? Number.POSITIVE_INFINITY : linesProduced);
      return fakeValidateEvent(input, options);
    };
    let flushes = 0;
    const c = captureIo({ stdin: stdin(), flush: async () => void flushes++ });
    expect(await runValidate(['-', '--kind', 'event', '--format', 'json'], c.io, { ...fakes, validateEvent })).toBe(0);
    expect(producedWhenSeen).toHaveLength(COUNT);
    // Every record reached the validator while at most one chunk (500 lines) beyond it had been read.
    producedWhenSeen.forEach((produced, index) => {
      expect(produced).toBeLessThanOrEqual(index + 500);
    });
    expect(flushes).toBeGreaterThan(0);
    expect(JSON.parse(c.stdout()).summary).toMatchObject({ records: COUNT, valid: COUNT });
  });

  it('reports the starting line of every element of a 20k-element JSON array file', async () => {
    const lines = ['['];
    for (let i = 0; i < COUNT; i++) lines.push(`  ${JSON.stringify(good(`e-${i}`))}${i < COUNT - 1 ? ',' : ''}`);
    lines.push(']');
    const path = file('big.json', lines.join('\n'));
    const seen: number[] = [];
    const c = captureIo();
    const code = await runValidate([path, '--format', 'json'], c.io, {
      ...fakes,
      validateEvent: (input, options) => {
        seen.push(1);
        return fakeValidateEvent(input, options);
      },
    });
    expect(code).toBe(0);
    expect(seen).toHaveLength(COUNT);
    const report = JSON.parse(c.stdout());
    expect(report.records[0]).toMatchObject({ line: 2, column: 3, index: 0, id: 'e-0' });
    expect(report.records[COUNT - 1]).toMatchObject({ line: COUNT + 1, index: COUNT - 1, id: `e-${COUNT - 1}` });
  });
});
