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
