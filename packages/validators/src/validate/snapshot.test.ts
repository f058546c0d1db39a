import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_STRING_LENGTH } from '../limits';
import { snapshot } from './snapshot';

describe('snapshot (the pre-check)', () => {
  it('copies keys the new object would inherit as own data, without reaching a setter on Object.prototype', () => {
    let calls = 0;
    Object.defineProperty(Object.prototype, 'trapKey', {
      configurable: true,
      set() {
        calls += 1;
      },
      get() {
        return undefined;
      },
    });
    try {
      const input = JSON.parse('{"trapKey":1,"constructor":2,"toString":3,"hasOwnProperty":4,"plain":5}');
      const { value, issues } = snapshot(input);
      expect(issues).toEqual([]);
      expect(calls).toBe(0);
      for (const key of ['trapKey', 'constructor', 'toString', 'hasOwnProperty', 'plain']) {
        expect(Object.getOwnPropertyDescriptor(value, key)).toMatchObject({ enumerable: true, writable: true });
      }
      expect(value).toEqual({ trapKey: 1, constructor: 2, toString: 3, hasOwnProperty: 4, plain: 5 });
    } finally {
      delete (Object.prototype as Record<string, unknown>).trapKey;
    }
  });

  it('reports issues at the full path of the value, through objects and arrays', () => {
    const long = 'x'.repeat(MAX_STRING_LENGTH + 1);
    const input = { a: [{ b: 'ok' }, { b: long }], c: { d: [1, 2, long] } };
    const { issues, value } = snapshot(input);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['too_long', ['a', 1, 'b']],
      ['too_long', ['c', 'd', 2]],
    ]);
    expect(value).toEqual({ a: [{ b: 'ok' }, { b: '' }], c: { d: [1, 2, ''] } });
  });

  it('locates __proto__ keys, cycles and over-deep values', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
    const input = { list: [JSON.parse('{"__proto__":1}')], cyclic, deep };
    const issues = snapshot(input).issues.map((issue) => [issue.code, issue.path.slice(0, 3)]);
    expect(issues).toEqual([
      ['forbidden_key', ['list', 0, '__proto__']],
      ['circular_reference', ['cyclic', 'self']],
      ['too_deep', ['deep', 0, 0]],
    ]);
    expect(snapshot(input).issues[2]!.path).toHaveLength(MAX_DEPTH);
  });
});

describe('snapshot of familiar key lists (generated copies)', () => {
  // A key list seen before is copied by a generated object literal; these run each input often
  // enough to go through it, and check that it behaves as the key-by-key copy.
  const many = <T>(make: () => T, times = 4) => Array.from({ length: times }, make);

  it('never reaches a setter on Object.prototype, and copies inherited names as own data', () => {
    let calls = 0;
    Object.defineProperty(Object.prototype, 'trapKeyTwo', {
      configurable: true,
      set() {
        calls += 1;
      },
      get() {
        return undefined;
      },
    });
    try {
      for (const { value, issues } of many(() =>
        snapshot(JSON.parse('{"trapKeyTwo":1,"constructor":2,"toString":3,"valueOf":4,"plain":5}')),
      )) {
        expect(issues).toEqual([]);
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        for (const key of ['trapKeyTwo', 'constructor', 'toString', 'valueOf', 'plain']) {
          expect(Object.getOwnPropertyDescriptor(value, key)).toMatchObject({ enumerable: true, writable: true });
        }
        expect(value).toEqual({ trapKeyTwo: 1, constructor: 2, toString: 3, valueOf: 4, plain: 5 });
      }
      expect(calls).toBe(0);
    } finally {
      delete (Object.prototype as Record<string, unknown>).trapKeyTwo;
    }
  });

  it('keeps the key order, integer-like keys and keys that need escaping in code', () => {
    const keys = ['b', '2', 'a', '1', 'a"b', "c'd", '}', '\u2028', '\ud800', 'x\ny', '\u0024{z}', '\\'];
    const input = Object.fromEntries(keys.map((key, i) => [key, i]));
    for (const { value, issues } of many(() => snapshot(input))) {
      expect(issues).toEqual([]);
      expect(Object.keys(value as object)).toEqual(Object.keys(input));
      expect(value).toEqual(input);
    }
  });

  it('refuses __proto__ keys every time, without changing the prototype', () => {
    for (const { value, issues } of many(() => snapshot(JSON.parse('{"a":1,"__proto__":{"polluted":1},"b":2}')))) {
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['forbidden_key', ['__proto__']]]);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.keys(value as object)).toEqual(['a', 'b']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('reads each getter once and locates unreadable values in a familiar key list', () => {
    for (let run = 0; run < 4; run++) {
      let reads = 0;
      const input = Object.defineProperties(
        { a: 1 },
        {
          b: {
            enumerable: true,
            get() {
              reads += 1;
              return { c: 'x' };
            },
          },
          d: {
            enumerable: true,
            get() {
              throw new Error('boom');
            },
          },
        },
      );
      const { value, issues } = snapshot({ list: [input] });
      expect(reads).toBe(1);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['unreadable_value', ['list', 0, 'd']]]);
      expect(value).toEqual({ list: [{ a: 1, b: { c: 'x' }, d: null }] });
    }
  });
});
