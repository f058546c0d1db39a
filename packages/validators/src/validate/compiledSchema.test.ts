import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as exported from '../index';
import { MAX_STRING_LENGTH } from '../limits';
import { DatasetSchema } from '../schemas/DatasetSchema';
import { EventSchema } from '../schemas/EventSchema';
import { datasetArb, eventArb } from '../testing/arbitraries';
import { validDataset, validEvent } from '../testing/examples';
import { compiledSchema, setCompilation } from './compiledSchema';
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

/** zod's compiled parser gives exactly what its runtime parser gives: verdict, value, key order, issues. */
function agreesWithRuntime(schema: z.ZodType, input: unknown): void {
  const compiled = compiledSchema(schema).safeParse(input);
  const runtime = schema.safeParse(input);
  expect(compiled.success).toBe(runtime.success);
  if (runtime.success) {
    expect(compiled.data).toStrictEqual(runtime.data);
    expect(keyOrder(compiled.data)).toEqual(keyOrder(runtime.data));
  } else {
    expect(compiled.error?.issues).toStrictEqual(runtime.error.issues);
  }
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

afterEach(() => setCompilation(true));

function compiledAndRuntime<T>(validate: (input: unknown, options?: { locale: 'en' }) => T, input: unknown) {
  setCompilation(true);
  const compiled = validate(input, { locale: 'en' });
  setCompilation(false);
  const runtime = validate(input, { locale: 'en' });
  setCompilation(true);
  return { compiled, runtime };
}

// Property runs are long on a busy machine: generous timeouts, they are not speed assertions.
describe('zod’s compiled parser as the validators’ fast path', () => {
  it('compiles the event and dataset schemas (else the fast path would never run)', () => {
    // compile() hands back the schema itself when it declines; strict mode makes a refusal visible.
    expect(compiledSchema(EventSchema)).not.toBe(EventSchema);
    expect(compiledSchema(DatasetSchema)).not.toBe(DatasetSchema);
    expect(compiledSchema(EventSchema)).toBe(compiledSchema(EventSchema));
  });

  it('agrees with the runtime parser on generated valid events and datasets', () => {
    fc.assert(
      fc.property(eventArb(), (event) => {
        expect(compiledSchema(EventSchema).safeParse(snapshot(event).value).success).toBe(true);
        agreesWithRuntime(EventSchema, snapshot(event).value);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(datasetArb, (dataset) => agreesWithRuntime(DatasetSchema, snapshot(dataset).value)),
      { numRuns: 100 },
    );
  }, 120_000);

  it('agrees with the runtime parser on mutated events and datasets', () => {
    fc.assert(
      fc.property(eventArb(), mutationArb, (event, m) => {
        agreesWithRuntime(EventSchema, snapshot(mutate(event, m.at, m.pick, m.how, m.junk, m.key)).value);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(datasetArb, mutationArb, (dataset, m) => {
        agreesWithRuntime(DatasetSchema, snapshot(mutate(dataset, m.at, m.pick, m.how, m.junk, m.key)).value);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('agrees with the runtime parser for every exported schema on arbitrary values', () => {
    const schemas = (Object.values(exported) as unknown[]).filter(
      (value): value is z.ZodType => value instanceof z.ZodType,
    );
    expect(schemas.length).toBeGreaterThan(20);
    for (const schema of schemas) {
      fc.assert(
        fc.property(fc.oneof(edgeValue, fc.jsonValue(), fc.anything()), (input) => agreesWithRuntime(schema, input)),
        { numRuns: 150 },
      );
    }
  }, 120_000);

  it('gives validateEvent and validateDataset the same results compiled and on the runtime parser', () => {
    fc.assert(
      fc.property(eventArb(), mutationArb, fc.boolean(), (event, m, mutated) => {
        const input = mutated ? mutate(event, m.at, m.pick, m.how, m.junk, m.key) : event;
        const { compiled, runtime } = compiledAndRuntime(validateEvent, input);
        expect(compiled).toStrictEqual(runtime);
        expect(keyOrder(compiled)).toEqual(keyOrder(runtime));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(datasetArb, mutationArb, fc.boolean(), (dataset, m, mutated) => {
        const input = mutated ? mutate(dataset, m.at, m.pick, m.how, m.junk, m.key) : dataset;
        const { compiled, runtime } = compiledAndRuntime(validateDataset, input);
        expect(compiled).toStrictEqual(runtime);
        expect(keyOrder(compiled)).toEqual(keyOrder(runtime));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const event = compiledAndRuntime(validateEvent, input);
        expect(event.compiled).toStrictEqual(event.runtime);
        const dataset = compiledAndRuntime(validateDataset, input);
        expect(dataset.compiled).toStrictEqual(dataset.runtime);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('returns zod’s value for fields zod rewrites, and keys in schema order', () => {
    const event = validEvent();
    const padded = { ...event, sources: [{ ...event.sources[0]!, url: ' https://example.id/a ' }] };
    const reversed = Object.fromEntries(Object.entries(padded).reverse());
    for (const input of [padded, reversed]) {
      const { compiled, runtime } = compiledAndRuntime(validateEvent, input);
      expect(compiled.ok && compiled.value.sources[0]!.url).toBe('https://example.id/a');
      expect(keyOrder(compiled)).toEqual(keyOrder(runtime));
    }
    const { compiled, runtime } = compiledAndRuntime(validateDataset, validDataset());
    expect(compiled.ok).toBe(true);
    expect(compiled).toStrictEqual(runtime);
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
        agreesWithRuntime(EventSchema, snapshot(validEvent()).value);
        const { compiled, runtime } = compiledAndRuntime(validateEvent, validEvent());
        expect(compiled).toStrictEqual(runtime);
      } finally {
        delete (Object.prototype as Record<string, unknown>).theme;
      }
    }
  });
});
