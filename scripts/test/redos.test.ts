import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from './collectRegexes';

// Parsers of human text run on whatever users paste in. A regular expression with super-linear
// backtracking turns one hostile 400 kB string into a hung server, so every regex in the published
// source must be proven safe by recheck (https://makenowjust-labs.github.io/recheck/).
const regexes = collectRegexes(path.resolve(import.meta.dirname, '../../packages'));

describe('regular expressions in the published source', () => {
  it('are found (the collector works)', () => {
    // The area-code pattern of the validators (packages/validators/src/schemas/AreaSchema.ts).
    expect(regexes.some((r) => r.source === '^\\d{2}(?:\\.\\d{2}(?:\\.\\d{2}(?:\\.\\d{4})?)?)?$')).toBe(true);
    expect(regexes.length).toBeGreaterThan(5);
  });

  it('all pass the recheck ReDoS checker', () => {
    const unsafe = regexes
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags, { timeout: 10_000 }) }))
      .filter((r) => r.result.status !== 'safe')
      .map(
        (r) =>
          `${r.location} /${r.source}/${r.flags}: ${r.result.status}${'complexity' in r.result && r.result.complexity ? ` (${r.result.complexity.type})` : ''}`,
      );
    expect(unsafe).toEqual([]);
  }, 120_000);
});

describe('the collector', () => {
  it('flags a known-vulnerable pattern', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
