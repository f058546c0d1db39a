import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { main } from './main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('kamtibmas main', () => {
  it('prints help and exits 0 for --help', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('Usage: kamtibmas');
  });

  it('prints the package version', async () => {
    const c = capture();
    expect(await main(['--version'], c.io)).toBe(0);
    expect(c.out.join('').trim()).toBe(version);
  });

  it('exits 2 with a hint on an unknown command', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/unknown command 'frobnicate'.*--help/);
  });
});
