import { describe, expect, it } from 'vitest';
import { MAX_NODES, MAX_STRING_LENGTH } from '../limits';
import { validEvent } from '../testing/examples';
import type { ValidationResult } from './ValidateOptions';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

const codes = (result: ValidationResult<unknown>) => (result.ok ? [] : result.issues.map((issue) => issue.code));

describe('hostile input', () => {
  it('an own __proto__ key is an issue and pollutes nothing', () => {
    const payload = JSON.parse(`{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`);
    const result = validateEvent(payload);
    expect(codes(result)).toContain('forbidden_key');
    expect(codes(result)).toContain('unknown_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a 5 MB string is refused as too_long, quickly and without copying it into the message', () => {
    const huge = 'A'.repeat(5 * 1024 * 1024);
    const result = validateEvent({ ...validEvent(), title: huge }, { locale: 'en' });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((i) => i.code === 'too_long');
    expect(issue?.path).toEqual(['title']);
    expect(issue?.params.limit).toBe(MAX_STRING_LENGTH);
    expect(issue!.message.length).toBeLessThan(200);
  });

  it('100 000 levels of nesting, built iteratively, are refused without a stack overflow', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { venue: deep };
    expect(codes(validateEvent(deep))).toContain('too_deep');
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(codes(validateDataset({ units: deepArray, organizations: [], people: [], events: [] }))).toContain(
      'too_deep',
    );
  });

  it('throwing getters and proxies become unreadable_value', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(codes(validateEvent(trap))).toEqual(['unreadable_value']);
    const getter = Object.defineProperty({ ...validEvent() }, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(codes(validateEvent(getter))).toEqual(['unreadable_value']);
  });

  it('a getter is read once, so a value that changes between reads cannot slip through', () => {
    let reads = 0;
    const flaky = Object.defineProperty({ ...validEvent() }, 'title', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 'ok title' : 42;
      },
    });
    const result = validateEvent(flaky);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.title).toBe('ok title');
    expect(reads).toBe(1);
  });

  it('payloads with more values than MAX_NODES stop with too_large', () => {
    const wide = Array.from({ length: 100 }, () => new Array<number>(Math.ceil(MAX_NODES / 99)).fill(1));
    expect(codes(validateEvent({ ...validEvent(), objectives: wide }))).toEqual(['too_large']);
  });

  it('class instances, functions, symbols and bigints are type errors, not crashes', () => {
    for (const value of [new Date(), new Map(), () => 1, Symbol('s'), 10n, new Uint8Array(10)]) {
      const result = validateEvent({ ...validEvent(), title: value });
      expect(codes(result)).toContain('invalid_type');
    }
  });

  it('options whose locale getter throws fall back to Indonesian', () => {
    const options = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => validateEvent(validEvent(), options)).not.toThrow();
    const result = validateEvent(validEvent(), options);
    expect(result.ok).toBe(true);
  });
});
