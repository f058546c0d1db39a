// Private: the pre-check. Reads the input once into plain data (own enumerable keys only, each
// property read once inside try/catch), enforcing the limits in ../limits. zod then validates
// the snapshot, never the raw input, so getters, proxies, prototypes, cycles and size cannot
// make validation throw, hang or pollute anything.
import { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_NODES, MAX_STRING_LENGTH } from '../limits';
import { typeOfValue } from './display';
import type { Path, RawIssue } from './RawIssue';

export interface Snapshot {
  value: unknown;
  issues: RawIssue[];
  /** The node budget ran out: the snapshot is incomplete and must not be validated further. */
  aborted: boolean;
}

function isPlainPrototype(proto: object | null): boolean {
  // Object.prototype of this realm or another one (its own prototype is null), or no prototype.
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

export function snapshot(input: unknown): Snapshot {
  const issues: RawIssue[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;
  let aborted = false;

  const visit = (value: unknown, path: Path, depth: number): unknown => {
    if (aborted) return undefined;
    nodes += 1;
    if (nodes > MAX_NODES) {
      aborted = true;
      issues.push({ path: [], code: 'too_large', params: { limit: MAX_NODES } });
      return undefined;
    }
    if (typeof value === 'string') {
      if (value.length <= MAX_STRING_LENGTH) return value;
      issues.push({ path, code: 'too_long', params: { limit: MAX_STRING_LENGTH } });
      return '';
    }
    if (typeof value !== 'object' || value === null) return value;
    if (ancestors.has(value)) {
      issues.push({ path, code: 'circular_reference', params: {} });
      return null;
    }
    if (depth >= MAX_DEPTH) {
      issues.push({ path, code: 'too_deep', params: { limit: MAX_DEPTH } });
      return null;
    }
    ancestors.add(value);
    try {
      return Array.isArray(value) ? visitArray(value, path, depth) : visitObject(value, path, depth);
    } catch {
      issues.push({ path, code: 'unreadable_value', params: {} });
      return null;
    } finally {
      ancestors.delete(value);
    }
  };

  const visitArray = (array: unknown[], path: Path, depth: number): unknown[] | null => {
    const length = array.length;
    if (!(length <= MAX_ARRAY_LENGTH)) {
      issues.push({ path, code: 'too_many_items', params: { limit: MAX_ARRAY_LENGTH } });
      return null;
    }
    const out: unknown[] = [];
    for (let i = 0; i < length && !aborted; i++)
      out.push(readAndVisit(array as unknown as Record<number, unknown>, i, [...path, i], depth));
    return out;
  };

  const visitObject = (object: object, path: Path, depth: number): object | null => {
    if (!isPlainPrototype(Object.getPrototypeOf(object))) {
      issues.push({ path, code: 'invalid_type', params: { expected: 'object', received: typeOfValue(object) } });
      return null;
    }
    const keys = Object.keys(object);
    if (keys.length > MAX_ARRAY_LENGTH) {
      issues.push({ path, code: 'too_many_items', params: { limit: MAX_ARRAY_LENGTH } });
      return null;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (aborted) break;
      if (key === '__proto__') {
        issues.push({ path: [...path, key], code: 'forbidden_key', params: { value: "'__proto__'" } });
        continue;
      }
      const child = readAndVisit(object as Record<string, unknown>, key, [...path, key], depth);
      // defineProperty, not assignment: no key can reach a setter on the new object.
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  const readAndVisit = (
    container: Record<string | number, unknown>,
    key: string | number,
    path: Path,
    depth: number,
  ) => {
    let child: unknown;
    try {
      child = container[key];
    } catch {
      issues.push({ path, code: 'unreadable_value', params: {} });
      return null;
    }
    return visit(child, path, depth + 1);
  };

  const value = visit(input, [], 0);
  return { value, issues, aborted };
}

/** The value at `path` inside a snapshot (plain data), or undefined. `found` tells absent from undefined. */
export function valueAt(root: unknown, path: Path): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}
