import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIo } from '../test-support/captureIo';

// Through main() with the real @kamtibmas/extract and validators.
const articles = join(import.meta.dirname, '../../../fixtures/test/articles');
const kedurang = join(articles, '004_b6255de1fb23a302.txt');
const kedurangText = readFileSync(kedurang, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'kamtibmas-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ndjson(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
async function* bytes(text: string) {
  yield Buffer.from(text);
}
const parseLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('kamtibmas extract', () => {
  it('prints one JSON extraction for a text file; its evidence quotes are the text', async () => {
    const c = captureIo();
    expect(await main(['extract', kedurang, '--publisher', 'Radar Kaur'], c.io)).toBe(0);
    const extraction = JSON.parse(c.stdout());
    expect(Object.keys(extraction).sort()).toEqual(['dataset', 'event', 'mentions', 'notes', 'unresolved']);
    expect(extraction.dataset.events[0]).toEqual(extraction.event);
    expect(extraction.event.sources[0].publisher).toBe('Radar Kaur');
    // The Polsek of the article ("Polsek Kedurang") is a unit of the draft.
    expect(extraction.dataset.units.map((u: { id: string }) => u.id)).toContain('polsek-kedurang');
    for (const evidence of extraction.event.sources[0].evidence) {
      expect(kedurangText.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(c.stderr()).toBe('');
  });

  it('--validate attaches the validation result', async () => {
    const c = captureIo();
    expect(await main(['extract', kedurang, '--validate'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout()).validation).toEqual({ ok: true, issues: [] });
  });

  it('extracts NDJSON line by line; a malformed line is reported with its number and the others are extracted', async () => {
    const record = JSON.stringify({ id: 'a', url: 'https://example.com/1', text: kedurangText });
    const path = ndjson('mixed.ndjson', [
      record,
      '{"text": "Polres Lebong menggelar sosialisasi", oops}',
      '',
      '{"publisher": "X"}',
      JSON.stringify({ text: kedurangText, publishedOn: '2024-9-5' }),
      record,
    ]);
    const c = captureIo();
    expect(await main(['extract', path, '--locale', 'en', '--validate'], c.io)).toBe(1);
    const out = parseLines(c.stdout());
    expect(out.map((r) => [r.line, r.error?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, 'invalid_json'],
      [4, 'invalid_record'],
      [5, 'invalid_record'],
      [6, 'ok'],
    ]);
    expect(out[0]).toMatchObject({
      file: path,
      id: 'a',
      url: 'https://example.com/1',
      validation: { ok: true, issues: [] },
    });
    expect(out[0].extraction.event.sources[0].url).toBe('https://example.com/1');
    expect(out[4].extraction).toEqual(out[0].extraction);
    expect(out[1].error.message).toContain('line 2 column');
    expect(out[2].error.message).toContain("'text'");
    expect(out[3].error.message).toContain('YYYY-MM-DD');
    const errors = c.stderr().trim().split('\n');
    expect(errors.map((line) => line.split(': ')[1])).toEqual([`${path}:2`, `${path}:4`, `${path}:5`]);
  });

  it('keeps the input order across worker threads (more lines than the in-process limit)', async () => {
    const texts = readFileSync(join(articles, '000_ab81f7aa4f2ae994.txt'), 'utf8');
    const lines = Array.from({ length: 90 }, (_, i) =>
      i === 70 ? 'not json' : JSON.stringify({ id: i, text: i % 2 === 0 ? kedurangText : texts }),
    );
    const c = captureIo();
    expect(await main(['extract', ndjson('many.ndjson', lines), '--jobs', '2'], c.io)).toBe(1);
    const out = parseLines(c.stdout());
    expect(out.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    expect(out.filter((r) => r.error).map((r) => r.line)).toEqual([71]);
    expect(out.filter((r) => !r.error).map((r) => r.id)).toEqual(lines.map((_, i) => i).filter((i) => i !== 70));
    // Workers and this thread give the same extraction.
    const single = captureIo();
    await main(['extract', kedurang], single.io);
    expect(out[0].extraction).toEqual(JSON.parse(single.stdout()));
  }, 60_000);

  it('extracts a line too long for a worker in this thread, in its place in the order', async () => {
    // Over WORKER_MAX_LINE (256 Ki UTF-16 units): the seed article repeated to ~300 kB.
    const long = kedurangText.repeat(Math.ceil(300_000 / kedurangText.length));
    const lines = Array.from({ length: 70 }, (_, i) => JSON.stringify({ id: i, text: i === 66 ? long : kedurangText }));
    const c = captureIo();
    expect(await main(['extract', ndjson('long.ndjson', lines), '--jobs', '2'], c.io)).toBe(0);
    const out = parseLines(c.stdout());
    expect(out.map((r) => r.id)).toEqual(lines.map((_, i) => i));
    const alone = captureIo({ stdin: bytes(long) });
    await main(['extract', '-'], alone.io);
    expect(out[66].extraction).toEqual(JSON.parse(alone.stdout()));
  }, 120_000);

  it("reads standard input with '-': NDJSON when it starts with '{', else one text article", async () => {
    const json = captureIo({ stdin: bytes(`${JSON.stringify({ text: kedurangText })}\n`) });
    expect(await main(['extract', '-'], json.io)).toBe(0);
    expect(parseLines(json.stdout())).toHaveLength(1);
    expect(parseLines(json.stdout())[0].file).toBe('<stdin>');
    const text = captureIo({ stdin: bytes(kedurangText) });
    expect(await main(['extract', '-'], text.io)).toBe(0);
    expect(JSON.parse(text.stdout()).event).toBeDefined();
  });

  it('ends with a summary on a terminal', async () => {
    const c = captureIo({ stderrIsTTY: true });
    expect(await main(['extract', kedurang, '--locale', 'en'], c.io)).toBe(0);
    expect(c.stderr()).toBe('1 of 1 article(s) extracted, 0 line(s) failed.\n');
  });

  it('prints one NDJSON line per input when given several', async () => {
    const c = captureIo();
    expect(await main(['extract', kedurang, join(articles, '003_9085897592665ff4.txt')], c.io)).toBe(0);
    const lines = parseLines(c.stdout());
    expect(lines.map((r) => r.file)).toEqual([kedurang, join(articles, '003_9085897592665ff4.txt')]);
    expect(lines.map((r) => Object.keys(r).sort())).toEqual([
      ['extraction', 'file'],
      ['extraction', 'file'],
    ]);
  });

  it.each([
    [[], 'no input given'],
    [['--locale', 'fr', kedurang], "unknown --locale 'fr'"],
    [['--published-on', '5/9/2024', kedurang], 'YYYY-MM-DD'],
    [['--jobs', 'many', kedurang], '--jobs'],
    [['--frobnicate', kedurang], "Unknown option '--frobnicate'"],
  ])('exits 2 on a usage error (%j) and says what to do', async (args, message) => {
    const c = captureIo();
    expect(await main(['extract', ...args], c.io)).toBe(2);
    expect(c.stderr()).toContain(message);
    expect(c.stderr()).toContain("Run 'kamtibmas extract --help' for usage.");
    expect(c.stdout()).toBe('');
  });

  it('exits 2 before any output when an input cannot be read', async () => {
    const c = captureIo();
    expect(await main(['extract', kedurang, join(dir, 'missing.txt'), '--locale', 'en'], c.io)).toBe(2);
    expect(c.stderr()).toContain('no such file');
    expect(c.stdout()).toBe('');
  });

  it('--help explains the input forms with examples', async () => {
    const c = captureIo();
    expect(await main(['extract', '--help'], c.io)).toBe(0);
    expect(c.stdout()).toContain('article.txt');
    expect(c.stdout()).toContain('articles.ndjson');
    expect(c.stdout()).toContain('Examples:');
  });
});
