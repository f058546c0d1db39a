import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as exported from '../index';
import { MAX_STRING_LENGTH } from '../limits';
import { DatasetSchema } from '../schemas/DatasetSchema';
import { EventSchema } from '../schemas/EventSchema';
import { datasetArb, eventArb } from '../testing/arbitraries';
import { validDataset, validEvent } from '../testing/examples';
import { fastCheckOf, fastValidate, NOT_VALID, setCodeGeneration, setFastPathEnabled } from './fastPath';
import { snapshot } from './snapshot';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

// Every own key of every object, in order: toStrictEqual ignores key order, the validators' value
// must not.
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (typeof value !== 'object' || value === null) return value;
  return Object.entries(value).map(([key, v]) => [key, keyOrder(v)]);
}

/** The fast path may say valid only when zod does, with the same value (keys in the same order). */
function agreesWithZod(schema: z.ZodType, copy: unknown): boolean {
  const fast = fastValidate(schema, copy);
  const zod = schema.safeParse(copy);
  if (fast === NOT_VALID) return zod.success;
  expect(zod.success, 'the fast path said valid, zod did not').toBe(true);
  expect(fast).toStrictEqual(zod.data);
  expect(keyOrder(fast)).toEqual(keyOrder(zod.data));
  return true;
}

// Values near every boundary the schemas draw: lengths in UTF-16 units and code points, slugs,
// dates, URLs (zod trims those), integers, enum and discriminator values, keys zod treats apart.
const edgeValue = fc.constantFrom<unknown>(
  '',
  ' ',
  'x',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(MAX_STRING_LENGTH),
  '😀'.repeat(MAX_STRING_LENGTH / 2),
  '😀'.repeat(MAX_STRING_LENGTH / 2 + 1),
  '\uD800',
  'a--b',
  '-a',
  'a-',
  'Polres',
  'pemilu-2024/kampanye',
  'pilkada-2024/kampanye',
  'kampanye',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-1-01',
  'https://example.id/a',
  ' https://example.id/a ',
  'https://exa\tmple.id/a',
  'ftp://example.id',
  'example.id',
  'dialog',
  'day',
  'officer',
  'official',
  'tokoh-agama',
  -0,
  0,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 - 1,
  1e308,
  null,
  undefined,
  true,
  [],
  {},
  [''],
  { id: 'x' },
);

type Mutation = 'replace' | 'delete' | 'add' | 'undefined';

/** Every object and array in a JSON-like value, with itself: the places a mutation can hit. */
function containers(value: unknown, out: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

/** A deep copy of `model` with one change at the `at`-th container. */
function mutate(model: unknown, at: number, pick: number, how: Mutation, junk: unknown, key: string): unknown {
  const copy = structuredClone(model);
  const places = containers(copy);
  const place = places[at % places.length] as Record<string, unknown>;
  const keys = Object.keys(place);
  const target = keys.length > 0 ? keys[pick % keys.length]! : key;
  if (how === 'replace') place[target] = junk;
  else if (how === 'undefined') place[target] = undefined;
  else if (how === 'delete') delete place[target];
  else place[key] = junk;
  return copy;
}

const mutationArb = fc.record({
  at: fc.nat(),
  pick: fc.nat(),
  how: fc.constantFrom<Mutation>('replace', 'delete', 'add', 'undefined'),
  junk: fc.oneof(edgeValue, fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom('extra', 'constructor', 'toString', 'id', 'kind', 'start', 'end', '0'),
});

afterEach(() => setFastPathEnabled(true));

function resultsWithAndWithout<T>(validate: (input: unknown, options?: { locale: 'en' }) => T, input: unknown) {
  setFastPathEnabled(true);
  const fast = validate(input, { locale: 'en' });
  setFastPathEnabled(false);
  const full = validate(input, { locale: 'en' });
  setFastPathEnabled(true);
  return { fast, full };
}

// The whole suite runs twice: with object checks as generated code, and interpreted.
describe.each([true, false])('fast path (generated object checks: %s)', (generated) => {
  beforeAll(() => setCodeGeneration(generated));
  afterAll(() => setCodeGeneration(true));

  it('has a checker for the event and dataset schemas (else it would never run)', () => {
    expect(fastCheckOf(EventSchema)).toBeTypeOf('function');
    expect(fastCheckOf(DatasetSchema)).toBeTypeOf('function');
  });

  it('has no checker for a schema with a kind it does not mirror', () => {
    expect(fastCheckOf(z.object({ a: z.string().default('x') }))).toBeUndefined();
    expect(fastCheckOf(z.object({ a: z.string() }))).toBeUndefined(); // strips unknown keys
    expect(fastCheckOf(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(fastCheckOf(z.strictObject({ a: z.string().trim() }))).toBeTypeOf('function'); // zod's own check
  });

  it('says valid for generated valid events and datasets, with the value zod returns', () => {
    fc.assert(
      fc.property(eventArb(), (event) => {
        expect(fastValidate(EventSchema, snapshot(event).value)).not.toBe(NOT_VALID);
        agreesWithZod(EventSchema, snapshot(event).value);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(fastValidate(DatasetSchema, snapshot(dataset).value)).not.toBe(NOT_VALID);
        agreesWithZod(DatasetSchema, snapshot(dataset).value);
      }),
      { numRuns: 100 },
    );
  });

  it('never says valid when zod does not, on mutated events and datasets', () => {
    fc.assert(
      fc.property(eventArb(), mutationArb, (event, m) => {
        const input = mutate(event, m.at, m.pick, m.how, m.junk, m.key);
        agreesWithZod(EventSchema, snapshot(input).value);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(datasetArb, mutationArb, (dataset, m) => {
        const input = mutate(dataset, m.at, m.pick, m.how, m.junk, m.key);
        agreesWithZod(DatasetSchema, snapshot(input).value);
      }),
      { numRuns: 500 },
    );
  });

  it('never says valid when zod does not, for every exported schema on arbitrary values', () => {
    const schemas = (Object.values(exported) as unknown[]).filter(
      (value): value is z.ZodType => value instanceof z.ZodType,
    );
    expect(schemas.length).toBeGreaterThan(20);
    for (const schema of schemas) {
      fc.assert(
        fc.property(fc.oneof(edgeValue, fc.jsonValue(), fc.anything()), (input) => {
          agreesWithZod(schema, input);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('gives validateEvent and validateDataset the same results with and without it', () => {
    fc.assert(
      fc.property(eventArb(), mutationArb, fc.boolean(), (event, m, mutated) => {
        const input = mutated ? mutate(event, m.at, m.pick, m.how, m.junk, m.key) : event;
        const { fast, full } = resultsWithAndWithout(validateEvent, input);
        expect(fast).toStrictEqual(full);
        expect(keyOrder(fast)).toEqual(keyOrder(full));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(datasetArb, mutationArb, fc.boolean(), (dataset, m, mutated) => {
        const input = mutated ? mutate(dataset, m.at, m.pick, m.how, m.junk, m.key) : dataset;
        const { fast, full } = resultsWithAndWithout(validateDataset, input);
        expect(fast).toStrictEqual(full);
        expect(keyOrder(fast)).toEqual(keyOrder(full));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const event = resultsWithAndWithout(validateEvent, input);
        expect(event.fast).toStrictEqual(event.full);
        const dataset = resultsWithAndWithout(validateDataset, input);
        expect(dataset.fast).toStrictEqual(dataset.full);
      }),
      { numRuns: 200 },
    );
  });

  it('returns zod’s value for fields zod rewrites, and keys in schema order', () => {
    const event = validEvent();
    const padded = { ...event, sources: [{ ...event.sources[0]!, url: ' https://example.id/a ' }] };
    const reversed = Object.fromEntries(Object.entries(padded).reverse());
    for (const input of [padded, reversed]) {
      const { fast, full } = resultsWithAndWithout(validateEvent, input);
      expect(fast.ok && fast.value.sources[0]!.url).toBe('https://example.id/a');
      expect(keyOrder(fast)).toEqual(keyOrder(full));
    }
    const dataset = validDataset();
    const { fast, full } = resultsWithAndWithout(validateDataset, dataset);
    expect(fast.ok).toBe(true);
    expect(fast).toStrictEqual(full);
  });

  it('follows zod on keys inherited from a polluted Object.prototype', () => {
    for (const enumerable of [true, false]) {
      Object.defineProperty(Object.prototype, 'theme', {
        value: 'Tema',
        enumerable,
        configurable: true,
        writable: true,
      });
      try {
        const copy = snapshot(validEvent()).value;
        agreesWithZod(EventSchema, copy);
        const { fast, full } = resultsWithAndWithout(validateEvent, validEvent());
        expect(fast).toStrictEqual(full);
      } finally {
        delete (Object.prototype as Record<string, unknown>).theme;
      }
    }
  });
});
