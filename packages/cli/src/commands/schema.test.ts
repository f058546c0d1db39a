import { EventSchema } from '@kamtibmas/validators';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { main } from '../main';
import { captureIo } from '../test-support/captureIo';

describe('kamtibmas schema', () => {
  it.each(['Event', 'event', 'EVENT', 'EventSchema'])('prints the Event JSON Schema for %s', async (name) => {
    const c = captureIo();
    expect(await main(['schema', name], c.io)).toBe(0);
    const schema = JSON.parse(c.stdout());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(
      z.toJSONSchema(EventSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    );
  });

  it('accepts kebab-case names of multi-word types', async () => {
    const c = captureIo();
    expect(await main(['schema', 'election-phase'], c.io)).toBe(0);
    expect(JSON.stringify(JSON.parse(c.stdout()))).toContain('"electionId"');
  });

  it('exits 2 on an unknown name, listing the valid names', async () => {
    const c = captureIo();
    expect(await main(['schema', 'Evnt'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^kamtibmas schema: unknown schema 'Evnt'\. Valid names: /);
    expect(c.stderr()).toMatch(/\bEvent\b/);
    expect(c.stderr()).toMatch(/\bDataset\b/);
    expect(c.stdout()).toBe('');
  });

  it('exits 2 without a name, and lists names in --help', async () => {
    const c = captureIo();
    expect(await main(['schema'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/name a model type, one of: .*Event.*kamtibmas schema --help/);
    const h = captureIo();
    expect(await main(['schema', '--help'], h.io)).toBe(0);
    expect(h.stdout()).toMatch(/^Usage: kamtibmas schema[\s\S]*Names: .*Dataset/);
  });
});
