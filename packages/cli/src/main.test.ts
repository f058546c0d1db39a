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

describe('kamtibmas help', () => {
  it.each(['validate', 'schema', 'parse', 'phase'])(
    'prints the help of %s for both --help and help <command>',
    async (command) => {
      const a = capture();
      expect(await main([command, '--help'], a.io)).toBe(0);
      expect(a.out.join('')).toMatch(new RegExp(`^Usage: kamtibmas ${command}`));
      const b = capture();
      expect(await main(['help', command], b.io)).toBe(0);
      expect(b.out.join('')).toBe(a.out.join('').replace(/\nNames: .*\n$/, ''));
    },
  );

  it('exits 2 with the usage when no command is given', async () => {
    const c = capture();
    expect(await main([], c.io)).toBe(2);
    expect(c.out.join('')).toContain('Commands:');
  });

  it('does not treat inherited object keys as commands', async () => {
    const c = capture();
    expect(await main(['toString'], c.io)).toBe(2);
    expect(c.err.join('')).toContain("unknown command 'toString'");
  });
});
