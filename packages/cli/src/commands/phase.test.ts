import { phaseAt } from '@kamtibmas/core';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIo } from '../test-support/captureIo';

describe('kamtibmas phase', () => {
  it('prints the most specific stage of each election on the date first', async () => {
    const c = captureIo();
    expect(await main(['phase', '2024-02-14'], c.io)).toBe(0);
    const stage = phaseAt('pemilu-2024', '2024-02-14')!;
    expect(c.stdout().split('\n')[0]).toBe(
      `pemilu-2024: ${stage.name.id} (${stage.start} … ${stage.end}) [${stage.id}]`,
    );
  });

  it('uses English stage names with --locale en', async () => {
    const c = captureIo();
    expect(await main(['phase', '2024-02-14', '--locale', 'en'], c.io)).toBe(0);
    expect(c.stdout()).toContain(phaseAt('pemilu-2024', '2024-02-14')!.name.en);
  });

  it('prints JSON for one election with --election and --format json', async () => {
    const c = captureIo();
    expect(await main(['phase', '2024-11-27', '--election', 'pilkada-2024', '--format', 'json'], c.io)).toBe(0);
    const report = JSON.parse(c.stdout());
    expect(report.date).toBe('2024-11-27');
    expect(report.elections).toHaveLength(1);
    expect(report.elections[0].electionId).toBe('pilkada-2024');
    expect(report.elections[0].stage).toEqual(phaseAt('pilkada-2024', '2024-11-27'));
    for (const stage of report.elections[0].stages) {
      expect(stage.start <= '2024-11-27' && '2024-11-27' <= stage.end).toBe(true);
    }
  });

  it('exits 1 when no stage is in progress', async () => {
    const c = captureIo();
    expect(await main(['phase', '2030-01-01'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/no election stage on 2030-01-01\. Known elections: .*pemilu-2024/);
    const j = captureIo();
    expect(await main(['phase', '2030-01-01', '--format', 'json'], j.io)).toBe(1);
    expect(JSON.parse(j.stdout())).toEqual({ date: '2030-01-01', elections: [] });
  });

  it.each([
    [['phase', '2024-02-30'], "'2024-02-30' is not a real date; write YYYY-MM-DD"],
    [['phase', '14/02/2024'], "'14/02/2024' is not a real date"],
    [['phase'], 'give a date as YYYY-MM-DD'],
    [['phase', '2024-02-14', '--format', 'yaml'], "unknown --format 'yaml'"],
  ])('exits 2 on %j', async (argv, message) => {
    const c = captureIo();
    expect(await main(argv, c.io)).toBe(2);
    expect(c.stderr()).toContain(message);
    expect(c.stderr()).toContain("Run 'kamtibmas phase --help' for usage.");
  });

  it('exits 2 on an unknown election, listing the known ones', async () => {
    const c = captureIo();
    expect(await main(['phase', '2024-02-14', '--election', 'pemilu-2029'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/unknown election 'pemilu-2029'\. Known elections: .*pemilu-2024/);
  });
});
