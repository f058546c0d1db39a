import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { mapZodIssues } from './mapZodIssues';
import { render } from './render';

describe('mapZodIssues', () => {
  it('maps zod codes no kamtibmas schema produces onto invalid_value, in both languages', () => {
    const result = z.strictObject({ count: z.number().multipleOf(5) }).safeParse({ count: 7 });
    expect(result.success).toBe(false);
    const [raw] = mapZodIssues(result.error!.issues, { count: 7 });
    expect(raw).toMatchObject({ code: 'invalid_value', path: ['count'], params: { value: '7' } });
    expect(render(raw!, 'id').message).toBe('count: nilai 7 tidak valid.');
    expect(render(raw!, 'en').message).toBe('count: invalid value 7.');
  });

  it('splits one unrecognized_keys issue into one unknown_key per key', () => {
    const result = z.strictObject({}).safeParse({ a: 1, b: 2 });
    const mapped = mapZodIssues(result.error!.issues, { a: 1, b: 2 });
    expect(mapped.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_key', ['a']],
      ['unknown_key', ['b']],
    ]);
  });
});
