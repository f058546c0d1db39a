// Private: the fast path of runValidation. A checker derived, once per schema and on first use,
// from the zod schema's own definition (`schema._zod`), that decides in one pass over the
// pre-check's plain copy whether zod would accept it and, if so, builds the value zod would return.
// zod stays the specification: every check (lengths, patterns, dates, URLs, refinements) is run
// through zod's own check function, and only the type tests and container walks zod does before
// its checks are mirrored here, for the schema kinds listed below. A schema with anything else in
// it gets no checker (the full path runs), and a checker that says no, or throws, also means the
// full path runs — so issues and messages always come from zod. It may say "valid" only when
// `schema.safeParse(copy)` succeeds with an equal value; fastPath.test.ts checks that on generated
// and mutated input.
import type * as z from 'zod';

/** Returned by a checker when it does not know the input to be valid. */
export const NOT_VALID: unique symbol = Symbol('not valid');

/** Returns the value zod would produce for `value`, or NOT_VALID. */
export type FastCheck = (value: unknown) => unknown;

// The parts of zod's internals (`schema._zod`) the compiler reads. Typed loosely on purpose: the
// compiler checks every field it uses and gives up on anything unexpected.
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface ZodCheckInternals {
  def: { check?: string; when?: (payload: Payload) => boolean };
  check?: (payload: Payload) => unknown;
}
interface ZodInternals {
  def: Record<string, unknown> & { type?: string; checks?: { _zod: ZodCheckInternals }[] };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: string;
  optout?: string;
  check?: (payload: Payload) => unknown;
}
type Schemaish = { _zod: ZodInternals };

/** The zod classes (core traits, `$…`) whose parse step each def type is mirrored for. */
const ALLOWED_TRAITS: Record<string, readonly (readonly string[])[]> = {
  string: [
    ['$ZodType', '$ZodString'],
    ['$ZodType', '$ZodString', '$ZodStringFormat', '$ZodCheck', '$ZodCheckStringFormat', '$ZodISODate'],
    ['$ZodType', '$ZodString', '$ZodStringFormat', '$ZodCheck', '$ZodCheckStringFormat', '$ZodURL'],
  ],
  number: [
    ['$ZodType', '$ZodNumber'],
    ['$ZodType', '$ZodNumber', '$ZodNumberFormat', '$ZodCheck', '$ZodCheckNumberFormat'],
  ],
  boolean: [['$ZodType', '$ZodBoolean']],
  enum: [['$ZodType', '$ZodEnum']],
  literal: [['$ZodType', '$ZodLiteral']],
  optional: [['$ZodType', '$ZodOptional']],
  nullable: [['$ZodType', '$ZodNullable']],
  array: [['$ZodType', '$ZodArray']],
  object: [
    ['$ZodType', '$ZodObject'],
    ['$ZodType', '$ZodObject', '$ZodObjectJIT'],
  ],
  union: [['$ZodType', '$ZodUnion', '$ZodDiscriminatedUnion']],
  never: [['$ZodType', '$ZodNever']],
};

function hasAllowedTraits(zod: ZodInternals): boolean {
  const type = zod.def.type;
  if (typeof type !== 'string' || !(zod.traits instanceof Set)) return false;
  const core = [...zod.traits].filter((trait) => trait.startsWith('$'));
  return (ALLOWED_TRAITS[type] ?? []).some(
    (allowed) => allowed.length === core.length && allowed.every((trait) => zod.traits.has(trait)),
  );
}

function isZodSchema(value: unknown): value is Schemaish {
  return typeof value === 'object' && value !== null && typeof (value as Schemaish)._zod === 'object';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Unknown extends Error {}

// Whether object checks are generated code (see generateObjectCheck) or interpreted.
let generate = true;

/**
 * zod's checks of a schema, in zod's order (the schema itself first when it is a check, as
 * `$ZodType` arranges it), as one function that runs each through zod's own `check` on a payload,
 * skipping those whose `when` says so, exactly as zod's runChecks does while no issue has been
 * raised. Returns the (possibly rewritten) value or NOT_VALID.
 */
function compileChecks(zod: ZodInternals): ((value: unknown) => unknown) | undefined {
  const list = [
    ...(zod.traits.has('$ZodCheck') ? [zod as ZodCheckInternals] : []),
    ...(zod.def.checks ?? []).map((c) => c._zod),
  ];
  if (list.length === 0) return undefined;
  const checks = list.map((ch) => {
    if (typeof ch.check !== 'function') throw new Unknown();
    if (ch.def.when !== undefined && typeof ch.def.when !== 'function') throw new Unknown();
    return ch.check;
  });
  const whens = list.map((ch) => ch.def.when);
  return (value) => {
    const payload: Payload = { value, issues: [] };
    for (let i = 0; i < checks.length; i++) {
      const when = whens[i];
      if (when !== undefined && !when(payload)) continue;
      const result = checks[i]!(payload);
      if (result instanceof Promise || payload.issues.length > 0) return NOT_VALID;
    }
    return payload.value;
  };
}

interface Compiled {
  check: FastCheck;
  /** For a literal or enum: zod's own set of accepted values (discriminated unions key on it). */
  values?: ReadonlySet<unknown>;
}

function compileNode(schema: unknown, cache: Map<unknown, Compiled>): Compiled {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  if (!isZodSchema(schema)) throw new Unknown();
  const zod = schema._zod;
  if (typeof zod.def !== 'object' || zod.def === null || !hasAllowedTraits(zod)) throw new Unknown();
  const def = zod.def;
  if (def.coerce) throw new Unknown();
  const checks = compileChecks(zod);
  const withChecks = (parse: FastCheck): FastCheck =>
    checks === undefined
      ? parse
      : (value) => {
          const parsed = parse(value);
          return parsed === NOT_VALID ? NOT_VALID : checks(parsed);
        };
  let compiled: Compiled;
  switch (def.type) {
    case 'string':
      compiled = { check: withChecks((value) => (typeof value === 'string' ? value : NOT_VALID)) };
      break;
    case 'number':
      compiled = {
        check: withChecks((value) =>
          typeof value === 'number' && !Number.isNaN(value) && Number.isFinite(value) ? value : NOT_VALID,
        ),
      };
      break;
    case 'boolean':
      compiled = { check: withChecks((value) => (typeof value === 'boolean' ? value : NOT_VALID)) };
      break;
    case 'enum':
    case 'literal': {
      const values = zod.values;
      if (!(values instanceof Set)) throw new Unknown();
      compiled = { check: withChecks((value) => (values.has(value) ? value : NOT_VALID)), values };
      break;
    }
    case 'optional': {
      const innerSchema = def.innerType;
      if (!isZodSchema(innerSchema) || innerSchema._zod.optin === 'defaulted') throw new Unknown();
      const inner = compileNode(innerSchema, cache).check;
      compiled = { check: withChecks((value) => (value === undefined ? undefined : inner(value))) };
      break;
    }
    case 'nullable': {
      const inner = compileNode(def.innerType, cache).check;
      compiled = { check: withChecks((value) => (value === null ? null : inner(value))) };
      break;
    }
    case 'array': {
      const element = compileNode(def.element, cache).check;
      compiled = {
        check: withChecks((value) => {
          if (!Array.isArray(value)) return NOT_VALID;
          const out: unknown[] = new Array(value.length);
          for (let i = 0; i < value.length; i++) {
            const item = element(value[i]);
            if (item === NOT_VALID) return NOT_VALID;
            out[i] = item;
          }
          return out;
        }),
      };
      break;
    }
    case 'object':
      compiled = { check: withChecks(compileObject(def, cache)) };
      break;
    case 'union':
      compiled = { check: withChecks(compileDiscriminatedUnion(def, cache)) };
      break;
    default:
      throw new Unknown();
  }
  cache.set(schema, compiled);
  return compiled;
}

/**
 * A strict object (catchall `never`): zod's object parse and its property handling, for fields
 * that are either required (optin and optout undefined) or `.optional()` (both 'optional').
 * Presence is `key in input` and the value `input[key]`, as in zod; the output is a new object
 * with the fields in shape order, an absent optional field left out.
 */
function compileObject(def: Record<string, unknown>, cache: Map<unknown, Compiled>): FastCheck {
  const shape = def.shape;
  if (!isObject(shape) || Object.getOwnPropertySymbols(shape).length > 0) throw new Unknown();
  const catchall = def.catchall;
  if (!isZodSchema(catchall) || catchall._zod.def.type !== 'never' || !hasAllowedTraits(catchall._zod)) {
    throw new Unknown();
  }
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw new Unknown();
  const fields = keys.map((key): Field => {
    const field = shape[key];
    if (!isZodSchema(field)) throw new Unknown();
    const { optin, optout } = field._zod;
    const optional = optin === 'optional' && optout === 'optional';
    if (!optional && (optin !== undefined || optout !== undefined)) throw new Unknown();
    return { key, optional, check: compileNode(field, cache).check };
  });
  return generateObjectCheck(fields) ?? interpretObjectCheck(fields, new Set(keys));
}

interface Field {
  key: string;
  optional: boolean;
  check: FastCheck;
}

function interpretObjectCheck(fields: readonly Field[], keySet: ReadonlySet<string>): FastCheck {
  return (input) => {
    if (!isObject(input)) return NOT_VALID;
    // Strict: any key outside the shape, inherited enumerable ones included (zod uses for…in).
    for (const key in input) if (!keySet.has(key)) return NOT_VALID;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const key = field.key;
      if (!(key in input)) {
        if (field.optional) continue;
        return NOT_VALID;
      }
      const value = field.check(input[key]);
      if (value === NOT_VALID) return NOT_VALID;
      out[key] = value;
    }
    return out;
  };
}

/**
 * The same check as interpretObjectCheck, written out for one shape as zod's own object parser
 * does (`new Function`), so that every property access names its key: a lookup by a variable key
 * is megamorphic and was most of the fast path's time. Undefined where code cannot be generated
 * (a Content-Security-Policy without 'unsafe-eval'), or when generation is switched off.
 */
function generateObjectCheck(fields: readonly Field[]): FastCheck | undefined {
  if (!generate) return undefined;
  const lines = ['return function (input) {', '  if (!isObject(input)) return NOT_VALID;'];
  lines.push('  for (const key in input) {', '    switch (key) {');
  for (const { key } of fields) lines.push(`      case ${JSON.stringify(key)}:`);
  lines.push('        continue;', '      default:', '        return NOT_VALID;', '    }', '  }');
  lines.push('  const out = {};', '  let value;');
  fields.forEach(({ key, optional }, i) => {
    const k = JSON.stringify(key);
    lines.push(optional ? `  if (${k} in input) {` : `  if (!(${k} in input)) return NOT_VALID;`, '  {');
    lines.push(`    value = checks[${i}](input[${k}]);`, '    if (value === NOT_VALID) return NOT_VALID;');
    lines.push(`    out[${k}] = value;`, '  }');
    if (optional) lines.push('  }');
  });
  lines.push('  return out;', '};');
  try {
    const factory = new Function('NOT_VALID', 'isObject', 'checks', lines.join('\n'));
    return factory(
      NOT_VALID,
      isObject,
      fields.map((field) => field.check),
    ) as FastCheck;
  } catch {
    return undefined;
  }
}

/**
 * A discriminated union without `unionFallback`: the option is picked by `input[discriminator]`
 * among the values of each option's required literal or enum field, as zod's discriminator map
 * does; a value claimed by more than one option is left to zod.
 */
function compileDiscriminatedUnion(def: Record<string, unknown>, cache: Map<unknown, Compiled>): FastCheck {
  const discriminator = def.discriminator;
  const options = def.options;
  if (typeof discriminator !== 'string' || !Array.isArray(options) || def.unionFallback) throw new Unknown();
  const byValue = new Map<unknown, FastCheck | null>();
  for (const option of options) {
    if (!isZodSchema(option) || option._zod.def.type !== 'object') throw new Unknown();
    const shape = option._zod.def.shape;
    const field = isObject(shape) ? shape[discriminator] : undefined;
    if (!isZodSchema(field) || field._zod.optin !== undefined) throw new Unknown();
    const values = compileNode(field, cache).values;
    if (values === undefined) throw new Unknown();
    const check = compileNode(option, cache).check;
    for (const value of values) byValue.set(value, byValue.has(value) ? null : check);
  }
  return (input) => {
    if (!isObject(input)) return NOT_VALID;
    const option = byValue.get(input[discriminator]);
    return option ? option(input) : NOT_VALID;
  };
}

let compiledSchemas = new WeakMap<object, FastCheck | null>();

/**
 * The fast checker of a schema, compiled on first use; undefined when the schema holds anything
 * the compiler does not mirror (the full path then always runs).
 */
export function fastCheckOf(schema: z.ZodType): FastCheck | undefined {
  let check = compiledSchemas.get(schema);
  if (check === undefined) {
    try {
      check = compileNode(schema, new Map()).check;
    } catch {
      check = null;
    }
    compiledSchemas.set(schema, check);
  }
  return check ?? undefined;
}

let enabled = true;

/** Turns the fast path off or on (tests compare the two). */
export function setFastPathEnabled(value: boolean): void {
  enabled = value;
}

/**
 * Turns code generation for object shapes off or on and forgets the compiled checkers, so that
 * tests can run the interpreted checker too.
 */
export function setCodeGeneration(value: boolean): void {
  generate = value;
  compiledSchemas = new WeakMap();
}

/**
 * The value zod would return for `copy` (a pre-check snapshot) when the fast checker knows it
 * valid; NOT_VALID when it does not, when it throws, or when the fast path is off.
 */
export function fastValidate(schema: z.ZodType, copy: unknown): unknown {
  if (!enabled) return NOT_VALID;
  const check = fastCheckOf(schema);
  if (check === undefined) return NOT_VALID;
  try {
    return check(copy);
  } catch {
    return NOT_VALID;
  }
}
