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

/**
 * A path kept as a chain of (parent, key) links while the input is read, and turned into an
 * array only when an issue is reported, instead of copying the path array for every value read.
 */
interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

/** The link of a value read under `key` of `parent`; the root (no key) has none. */
function linkOf(parent: PathLink | undefined, key: string | number | undefined): PathLink | undefined {
  return key === undefined ? undefined : { parent, key };
}

function toPath(link: PathLink | undefined): Path {
  const path: Path = [];
  for (let at = link; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

export function snapshot(input: unknown): Snapshot {
  const issues: RawIssue[] = [];
  // The objects and arrays being read, outermost first: at most MAX_DEPTH of them, so a linear
  // search is cheap, and unlike a Set it gives the input's objects no identity hash.
  const ancestors: object[] = [];
  let nodes = 0;
  let aborted = false;
  const report = (link: PathLink | undefined, code: RawIssue['code'], params: RawIssue['params']) => {
    issues.push({ path: toPath(link), code, params });
  };

  // The path of a value is the (parent, key) pair it was read under; a link object is made only
  // when the value is a container (its children need it) or has an issue, so that reading the
  // many strings and numbers of a payload allocates nothing.
  const visit = (
    value: unknown,
    parent: PathLink | undefined,
    key: string | number | undefined,
    depth: number,
  ): unknown => {
    if (aborted) return undefined;
    nodes += 1;
    if (nodes > MAX_NODES) {
      aborted = true;
      issues.push({ path: [], code: 'too_large', params: { limit: MAX_NODES } });
      return undefined;
    }
    if (typeof value === 'string') {
      if (value.length <= MAX_STRING_LENGTH) return value;
      report(linkOf(parent, key), 'too_long', { limit: MAX_STRING_LENGTH });
      return '';
    }
    if (typeof value !== 'object' || value === null) return value;
    const link = linkOf(parent, key);
    if (ancestors.includes(value)) {
      report(link, 'circular_reference', {});
      return null;
    }
    if (depth >= MAX_DEPTH) {
      report(link, 'too_deep', { limit: MAX_DEPTH });
      return null;
    }
    ancestors.push(value);
    try {
      return Array.isArray(value) ? visitArray(value, link, depth) : visitObject(value, link, depth);
    } catch {
      report(link, 'unreadable_value', {});
      return null;
    } finally {
      ancestors.pop();
    }
  };

  const visitArray = (array: unknown[], link: PathLink | undefined, depth: number): unknown[] | null => {
    const length = array.length;
    if (!(length <= MAX_ARRAY_LENGTH)) {
      report(link, 'too_many_items', { limit: MAX_ARRAY_LENGTH });
      return null;
    }
    const out: unknown[] = [];
    for (let i = 0; i < length && !aborted; i++)
      out.push(readAndVisit(array as unknown as Record<number, unknown>, i, link, depth));
    return out;
  };

  const visitObject = (object: object, link: PathLink | undefined, depth: number): object | null => {
    if (!isPlainPrototype(Object.getPrototypeOf(object))) {
      report(link, 'invalid_type', { expected: 'object', received: typeOfValue(object) });
      return null;
    }
    const keys = Object.keys(object);
    if (keys.length > MAX_ARRAY_LENGTH) {
      report(link, 'too_many_items', { limit: MAX_ARRAY_LENGTH });
      return null;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (aborted) break;
      if (key === '__proto__') {
        report({ parent: link, key }, 'forbidden_key', { value: "'__proto__'" });
        continue;
      }
      const child = readAndVisit(object as Record<string, unknown>, key, link, depth);
      // A key the new object inherits ('constructor', 'toString' …, or anything someone added to
      // Object.prototype) is defined, not assigned, so no key can reach an inherited setter.
      // Every other key is assigned: defineProperty for every key was the pre-check's main cost.
      if (key in out)
        Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
      else out[key] = child;
    }
    return out;
  };

  const readAndVisit = (
    container: Record<string | number, unknown>,
    key: string | number,
    parent: PathLink | undefined,
    depth: number,
  ) => {
    let child: unknown;
    try {
      child = container[key];
    } catch {
      report({ parent, key }, 'unreadable_value', {});
      return null;
    }
    return visit(child, parent, key, depth + 1);
  };

  const value = visit(input, undefined, undefined, 0);
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
