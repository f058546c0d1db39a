import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIo } from '../test-support/captureIo';

describe('kamtibmas parse', () => {
  it('prints a date mention as JSON', async () => {
    const c = captureIo();
    expect(await main(['parse', 'date', 'Jumat (24/11/2023)'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ date: '2023-11-24', weekday: 5, weekdayMatches: true });
  });

  it('places a date without a year with --reference-date', async () => {
    const c = captureIo();
    expect(await main(['parse', 'date', '(5/9)', '--reference-date', '2024-09-10'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ date: '2024-09-05', month: 9, day: 5 });
  });

  it('prints a unit mention as JSON, joining unquoted words', async () => {
    const c = captureIo();
    expect(await main(['parse', 'unit', 'Polres', 'Banyuasin'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ kind: 'polres', displayName: 'Polres Banyuasin' });
  });

  it('prints an officer mention as JSON', async () => {
    const c = captureIo();
    expect(await main(['parse', 'officer', 'Kapolres Banyuasin AKBP Ferly Rosa Putra, S.I.K.'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ rank: 'AKBP', name: 'Ferly Rosa Putra', titles: ['S.I.K.'] });
  });

  it('exits 1 with a hint when nothing is found', async () => {
    const c = captureIo();
    expect(await main(['parse', 'date', 'kemarin sore'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/^kamtibmas parse: no date found in 'kemarin sore'\. Write a day and month/);
    const u = captureIo();
    expect(await main(['parse', 'unit', 'warung kopi'], u.io)).toBe(1);
    expect(u.stderr()).toContain("no unit found in 'warung kopi'");
  });

  it.each([
    [['parse'], 'say what to parse: officer, unit or date (got nothing)'],
    [['parse', 'rank', 'AKBP'], "say what to parse: officer, unit or date (got 'rank')"],
    [['parse', 'date'], 'give the text to parse, e.g. kamtibmas parse date "…"'],
    [['parse', 'date', '5/9', '--reference-date', '2024-02-30'], "--reference-date '2024-02-30' is not a real date"],
    [
      ['parse', 'unit', 'Polres Banyuasin', '--reference-date', '2024-01-01'],
      "--reference-date applies to 'parse date' only",
    ],
  ])('exits 2 on usage error %j', async (argv, message) => {
    const c = captureIo();
    expect(await main(argv, c.io)).toBe(2);
    expect(c.stderr()).toContain(message);
    expect(c.stderr()).toContain("Run 'kamtibmas parse --help' for usage.");
  });

  it('prints its help', async () => {
    const c = captureIo();
    expect(await main(['parse', '--help'], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/^Usage: kamtibmas parse officer\|unit\|date/);
  });
});
