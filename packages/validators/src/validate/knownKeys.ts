// Private: the keys an object schema knows at a path of the value, for "did you mean 'title'?" on
// an unknown key. Walks the schema with zod's public API only (`shape`, `element`, `unwrap()`,
// `options`); a union takes the object option that knows the most of the value's keys (an
// official's unknown key is compared with the official's fields, not the officer's).
import * as z from 'zod';
import type { Path } from './RawIssue';
import { valueAt } from './snapshot';

const MAX_STEPS = 64;

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < MAX_STEPS; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else if (current instanceof z.ZodLazy) {
      current = current.unwrap();
    } else {
      return current;
    }
  }
  return undefined;
}

/** The object schema (unwrapped) that describes `value`, choosing among union options. */
function objectSchemaFor(schema: unknown, value: unknown): z.ZodObject | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner;
  if (!(inner instanceof z.ZodUnion)) return undefined;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const keys = Object.keys(record);
  let best: z.ZodObject | undefined;
  let bestKnown = -1;
  for (const option of inner.options) {
    const candidate = objectSchemaFor(option, value);
    if (candidate === undefined) continue;
    // A discriminator ('kind': 'official') that names another option rules this one out.
    const contradicted = keys.some((key) => {
      const field = candidate.shape[key];
      return field instanceof z.ZodLiteral && !field.values.has(record[key] as never);
    });
    const known = contradicted ? 0 : keys.filter((key) => Object.hasOwn(candidate.shape, key)).length;
    if (known > bestKnown) {
      best = candidate;
      bestKnown = known;
    }
  }
  return best;
}

/** The field names of the object at `path` in `root` (the snapshot `schema` validated), or []. */
export function knownKeysAt(schema: unknown, root: unknown, path: Path): string[] {
  let current: unknown = schema;
  for (let depth = 0; depth < path.length && depth < MAX_STEPS; depth++) {
    const segment = path[depth];
    const here = unwrap(current);
    if (typeof segment === 'number') {
      if (!(here instanceof z.ZodArray)) return [];
      current = here.element;
      continue;
    }
    const object = objectSchemaFor(here, valueAt(root, path.slice(0, depth)).value);
    if (object === undefined || segment === undefined || !Object.hasOwn(object.shape, segment)) return [];
    current = object.shape[segment];
  }
  const object = objectSchemaFor(current, valueAt(root, path).value);
  return object === undefined ? [] : Object.keys(object.shape);
}
