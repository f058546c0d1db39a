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

/**
 * The state of one read, passed to plain module-level functions (no closures made per call; a
 * getter that validates something else while it is read gets its own state). The three stacks
 * are indexed by depth: `containers[d]` is the object or array being read at depth d (the cycle
 * test looks at `containers[0..d-1]`, at most MAX_DEPTH entries, and gives the input's objects
 * no identity hash as a Set would), `keys[d]` the key it was read under (`keys[0]` is unused: the
 * root has no key) and `buffers[d]` the values read from the object at depth d. Entries past the
 * current depth are stale and never read, so nothing is pushed or popped per container.
 */
interface Walk {
  issues: RawIssue[];
  nodes: number;
  aborted: boolean;
  containers: object[];
  keys: (string | number)[];
  buffers: unknown[][];
}

function isPlainPrototype(proto: object | null): boolean {
  // Object.prototype of this realm or another one (its own prototype is null), or no prototype.
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** Reports an issue at the container at `depth`, or at its child `key` when given. */
function report(
  walk: Walk,
  depth: number,
  key: string | number | undefined,
  code: RawIssue['code'],
  params: RawIssue['params'],
): void {
  const path: Path = walk.keys.slice(1, depth + 1);
  if (key !== undefined) path.push(key);
  walk.issues.push({ path, code, params });
}

/** Counts one value read; false (and the walk aborted) when the node budget has run out. */
function count(walk: Walk): boolean {
  walk.nodes += 1;
  if (walk.nodes <= MAX_NODES) return true;
  walk.aborted = true;
  walk.issues.push({ path: [], code: 'too_large', params: { limit: MAX_NODES } });
  return false;
}

/**
 * The copy of a value read under `key` of the container at `depth - 1` (the value itself is at
 * `depth`), already counted. The loops call it only for objects and over-long strings: other
 * values are copied as they are, without a call, and no path is made unless there is an issue.
 */
function copyValue(walk: Walk, value: unknown, key: string | number, depth: number): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_STRING_LENGTH) return value;
    report(walk, depth - 1, key, 'too_long', { limit: MAX_STRING_LENGTH });
    return '';
  }
  if (typeof value !== 'object' || value === null) return value;
  walk.keys[depth] = key;
  return copyContainer(walk, value, depth);
}

/** The copy of an object or array at `depth`, whose path is `keys[1..depth]`. */
function copyContainer(walk: Walk, value: object, depth: number): unknown {
  const containers = walk.containers;
  for (let i = 0; i < depth; i++) {
    if (containers[i] === value) {
      report(walk, depth, undefined, 'circular_reference', {});
      return null;
    }
  }
  if (depth >= MAX_DEPTH) {
    report(walk, depth, undefined, 'too_deep', { limit: MAX_DEPTH });
    return null;
  }
  containers[depth] = value;
  // A throw from the container itself (a proxy's trap, a revoked proxy) makes it unreadable; a
  // throw while reading one of its properties is caught where it is read, and a child container
  // catches its own, so this catch is reached only for this container.
  try {
    return Array.isArray(value) ? copyArray(walk, value, depth) : copyObject(walk, value, depth);
  } catch {
    report(walk, depth, undefined, 'unreadable_value', {});
    return null;
  }
}

function copyArray(walk: Walk, array: unknown[], depth: number): unknown[] | null {
  const length = array.length;
  if (!(length <= MAX_ARRAY_LENGTH)) {
    report(walk, depth, undefined, 'too_many_items', { limit: MAX_ARRAY_LENGTH });
    return null;
  }
  const out: unknown[] = [];
  for (let i = 0; i < length && !walk.aborted; i++) {
    let child: unknown;
    try {
      child = array[i];
    } catch {
      report(walk, depth, i, 'unreadable_value', {});
      out.push(null);
      continue;
    }
    if (!count(walk)) {
      out.push(undefined);
      break;
    }
    out.push(
      typeof child === 'object' || (typeof child === 'string' && child.length > MAX_STRING_LENGTH)
        ? copyValue(walk, child, i, depth + 1)
        : child,
    );
  }
  return out;
}

/** Stands for a `__proto__` key among the values read: reported, and left out of the copy. */
const SKIPPED: unique symbol = Symbol('skipped');

function copyObject(walk: Walk, object: object, depth: number): object | null {
  if (!isPlainPrototype(Object.getPrototypeOf(object))) {
    report(walk, depth, undefined, 'invalid_type', { expected: 'object', received: typeOfValue(object) });
    return null;
  }
  const keys = Object.keys(object);
  if (keys.length > MAX_ARRAY_LENGTH) {
    report(walk, depth, undefined, 'too_many_items', { limit: MAX_ARRAY_LENGTH });
    return null;
  }
  // Every value is read (once, in key order) before the copy is made, so that a copy of a
  // familiar key list can be made in one step (see builderOf). They go to a buffer of this depth,
  // reused for every object read at it (an object is copied before the next one at its depth is
  // read); entries from `read` on are stale.
  let values = walk.buffers[depth];
  if (values === undefined) {
    values = [];
    walk.buffers[depth] = values;
  }
  let read = 0;
  for (let k = 0; k < keys.length && !walk.aborted; k++) {
    const key = keys[k]!;
    if (key === '__proto__') {
      report(walk, depth, key, 'forbidden_key', { value: "'__proto__'" });
      values[read++] = SKIPPED;
      continue;
    }
    let child: unknown;
    let readable = true;
    try {
      child = (object as Record<string, unknown>)[key];
    } catch {
      readable = false;
    }
    if (!readable) {
      report(walk, depth, key, 'unreadable_value', {});
      child = null;
    } else if (!count(walk)) child = undefined;
    else if (typeof child === 'object' || (typeof child === 'string' && child.length > MAX_STRING_LENGTH))
      child = copyValue(walk, child, key, depth + 1);
    values[read++] = child;
  }
  if (read === keys.length) {
    const build = builderOf(keys, depth);
    if (build !== undefined) return build(values);
  }
  const out: Record<string, unknown> = {};
  for (let k = 0; k < read; k++) {
    const key = keys[k]!;
    const child = values[k];
    if (child === SKIPPED) continue;
    // A key the new object inherits ('constructor', 'toString' …, or anything someone added to
    // Object.prototype) is defined, not assigned, so no key can reach an inherited setter.
    // Every other key is assigned: defineProperty for every key was the pre-check's main cost.
    if (key in out)
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    else out[key] = child;
  }
  return out;
}

/**
 * Copies of objects with a familiar key list are made by generated code, one object literal per
 * key list (`{ "id": v[0], "kinds": v[1], … }`): a literal defines its properties, so like
 * defineProperty it can never reach a setter on Object.prototype, and it builds the object in
 * one step instead of one megamorphic store (and one inherited-key test) per key, which was
 * most of the copy's time. A key list gets a builder the second time it is seen; lists with a
 * `__proto__` key (which a literal would take as the prototype), more than MAX_BUILDER_KEYS keys
 * or long keys never do, the cache is bounded, and where code cannot be generated (a
 * Content-Security-Policy without 'unsafe-eval') every copy is made key by key.
 */
interface BuilderEntry {
  keys: readonly string[];
  /** Undefined until the list is seen again, null when code could not be generated. */
  build: ((values: unknown[]) => object) | undefined | null;
}

const MAX_BUILDER_KEYS = 64;
const MAX_BUILDER_KEY_LENGTH = 40;
const MAX_BUILDER_ENTRIES = 256;
const MAX_ENTRIES_PER_FIRST_KEY = 8;
/** Entries by the first key of their list (hashing the whole list would cost what it saves). */
const builders = new Map<string, BuilderEntry[]>();
let builderEntries = 0;
let canGenerate = true;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The entry last used at each depth: the objects at one depth of a payload mostly share a key list. */
const lastAtDepth: (BuilderEntry | undefined)[] = [];

function buildOf(entry: BuilderEntry): ((values: unknown[]) => object) | undefined {
  if (entry.build === undefined) entry.build = generateBuilder(entry.keys);
  return entry.build ?? undefined;
}

function builderOf(keys: readonly string[], depth: number): ((values: unknown[]) => object) | undefined {
  if (keys.length === 0 || keys.length > MAX_BUILDER_KEYS || !canGenerate) return undefined;
  const last = lastAtDepth[depth];
  if (last !== undefined && sameKeys(last.keys, keys)) return buildOf(last);
  const first = keys[0]!;
  let bucket = builders.get(first);
  if (bucket !== undefined) {
    for (const entry of bucket) {
      if (!sameKeys(entry.keys, keys)) continue;
      lastAtDepth[depth] = entry;
      return buildOf(entry);
    }
  }
  if (builderEntries >= MAX_BUILDER_ENTRIES || (bucket !== undefined && bucket.length >= MAX_ENTRIES_PER_FIRST_KEY)) {
    return undefined;
  }
  // Only lists a literal can build, and whose keys are short enough to keep, are remembered.
  if (keys.some((key) => key === '__proto__' || key.length > MAX_BUILDER_KEY_LENGTH)) return undefined;
  if (bucket === undefined) {
    bucket = [];
    builders.set(first, bucket);
  }
  bucket.push({ keys: keys.slice(), build: undefined });
  builderEntries += 1;
  return undefined;
}

function generateBuilder(keys: readonly string[]): ((values: unknown[]) => object) | null {
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: v[${i}]`);
  try {
    return new Function('v', `return { ${fields.join(', ')} };`) as (values: unknown[]) => object;
  } catch {
    canGenerate = false;
    return null;
  }
}

export function snapshot(input: unknown): Snapshot {
  const walk: Walk = { issues: [], nodes: 0, aborted: false, containers: [], keys: [''], buffers: [] };
  let value: unknown = input;
  if (!count(walk)) value = undefined;
  else if (typeof input === 'string' && input.length > MAX_STRING_LENGTH) {
    walk.issues.push({ path: [], code: 'too_long', params: { limit: MAX_STRING_LENGTH } });
    value = '';
  } else if (typeof input === 'object' && input !== null) value = copyContainer(walk, input, 0);
  return { value, issues: walk.issues, aborted: walk.aborted };
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
