// validateEvent against its baselines in one run: the bare zod schema of the same shape
// (EventSchema.safeParse), the same schema through zod's compiler (what validateEvent runs), ajv
// with ajv-formats on the shipped JSON Schema, and a hand-written type guard — on the largest
// fixture event, on makeEvent() and on an invalid event; then validateDataset on 10 000 events
// built with the fixtures factories.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as Core from '@kamtibmas/core';
import type * as Fixtures from '@kamtibmas/fixtures';
import type * as Validators from '@kamtibmas/validators';
import * as z from 'zod';
import { compile } from 'zod/v4/core';
import { makeEventGuard } from './lib/eventGuard';
import { importBuilt, readJson, requireFrom, root } from './lib/load';
import { fmtMs, heading, interleavedRatio, measure, printTimings, target } from './lib/report';

type AjvClass = new (options: object) => { compile(schema: unknown): (data: unknown) => boolean };

/** The pattern a string schema checks (`pattern` of its JSON Schema), for the hand-written guard. */
function schemaPattern(schema: z.ZodType): RegExp {
  type Json = { pattern?: string; $ref?: string; $defs?: Record<string, Json> };
  const json = z.toJSONSchema(schema) as Json;
  const target = json.$ref === undefined ? json : json.$defs?.[json.$ref.replace('#/$defs/', '')];
  if (target?.pattern === undefined) throw new Error('bench: an id schema without a pattern');
  return new RegExp(target.pattern);
}

export async function benchValidators(): Promise<void> {
  const core = await importBuilt<typeof Core>('core');
  const v = await importBuilt<typeof Validators>('validators');
  const fx = await importBuilt<typeof Fixtures>('fixtures');

  // The richest real event of the fixtures dataset (most sources/evidence), and a factory event.
  const events = [...fx.dataset.events].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
  const realEvent = JSON.parse(JSON.stringify(events[0])) as unknown;
  const factoryEvent = JSON.parse(JSON.stringify(fx.makeEvent())) as unknown;
  const invalidEvent = { ...fx.makeEvent(), date: '2024-02-30', colour: 'red', kinds: [] } as unknown;

  const guard = makeEventGuard(core, { id: schemaPattern(v.IdSchema), phaseId: schemaPattern(v.PhaseIdSchema) });
  const schemaFile = path.join(root, 'packages/validators/json-schema/event.json');
  const jsonSchema = existsSync(schemaFile) ? readJson(schemaFile) : z.toJSONSchema(v.EventSchema);
  const req = requireFrom('validators');
  const Ajv2020 = (req('ajv/dist/2020') as { default: AjvClass }).default;
  const addFormats = (req('ajv-formats') as { default: (ajv: unknown) => void }).default;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const ajvEvent = ajv.compile(jsonSchema);

  // The baselines must agree with validateEvent, or the comparison means nothing.
  for (const [name, input, expected] of [
    ['real', realEvent, true],
    ['factory', factoryEvent, true],
    ['invalid', invalidEvent, false],
  ] as const) {
    const answers = {
      validateEvent: v.validateEvent(input).ok,
      'EventSchema.safeParse': v.EventSchema.safeParse(input).success,
      guard: guard(input),
      ajv: ajvEvent(input),
    };
    for (const [who, answer] of Object.entries(answers)) {
      if (answer !== expected) throw new Error(`bench: ${who} says ${answer} for the ${name} event`);
    }
  }

  // zod's compiler on the same schemas, as validateEvent uses it (compile() from zod/v4/core).
  const compiledEvent = compile(v.EventSchema);
  const compiledDataset = compile(v.DatasetSchema);
  for (const input of [realEvent, factoryEvent, invalidEvent]) {
    if (compiledEvent.safeParse(input).success !== v.EventSchema.safeParse(input).success) {
      throw new Error('bench: compiled and runtime EventSchema disagree');
    }
  }

  // Warm-up on every input before anything is timed, so that each function runs the code V8
  // makes for a mix of inputs (as in a service), not for the first input it saw: without it the
  // first ratios of a run came out up to twice the later ones.
  for (let i = 0; i < 2000; i++) {
    for (const input of [realEvent, factoryEvent, invalidEvent]) {
      v.validateEvent(input);
      v.EventSchema.safeParse(input);
      compiledEvent.safeParse(input);
      ajvEvent(input);
      guard(input);
    }
  }

  console.log(
    `JSON Schema: ${existsSync(schemaFile) ? path.relative(root, schemaFile) : 'z.toJSONSchema(EventSchema) (no build output found)'}`,
  );
  const rows = (input: unknown, label: string): [string, () => unknown][] => [
    [`validateEvent (${label})`, () => v.validateEvent(input)],
    [`EventSchema.safeParse (${label})`, () => v.EventSchema.safeParse(input)],
    [`compiled EventSchema (${label})`, () => compiledEvent.safeParse(input)],
    [`ajv + ajv-formats (${label})`, () => ajvEvent(input)],
    [`hand-written guard (${label})`, () => guard(input)],
  ];
  const inputs = [
    [realEvent, 'fixture', `the largest fixture event, ${JSON.stringify(realEvent).length} bytes of JSON`],
    [factoryEvent, 'makeEvent', `makeEvent(), ${JSON.stringify(factoryEvent).length} bytes`],
    [invalidEvent, 'invalid', 'an invalid event (3 issues)'],
  ] as const;
  for (const [input, label, title] of inputs) {
    heading(`validateEvent vs baselines: ${title}`);
    printTimings(await measure(rows(input, label)), `ajv + ajv-formats (${label})`);
  }

  // The targets use interleaved batches (median of 15 rounds after 4 not counted) timed in CPU
  // time: on the shared machine wall-clock medians of the same pair ranged 0.5–3× within one
  // process, CPU-time medians within a few per cent.
  const interleaved = { rounds: 15, batch: 20, clock: 'cpu', warmup: 4 } as const;
  const versus = (input: unknown, baseline: () => unknown) =>
    interleavedRatio(() => v.validateEvent(input), baseline, interleaved);
  const ajvRatios = inputs.map(([input]) => versus(input, () => ajvEvent(input)));
  const zodRatios = inputs.map(([input]) => versus(input, () => v.EventSchema.safeParse(input)));
  const compiledRatios = inputs.map(([input]) => versus(input, () => compiledEvent.safeParse(input)));
  const list = (ratios: number[]) => ratios.map((r, i) => `${inputs[i]![1]} ${r.toFixed(2)}×`).join(', ');
  console.log(`\ninterleaved medians (CPU time), validateEvent / ajv + ajv-formats: ${list(ajvRatios)}`);
  console.log(`interleaved medians (CPU time), validateEvent / EventSchema.safeParse: ${list(zodRatios)}`);
  console.log(`interleaved medians (CPU time), validateEvent / compiled EventSchema: ${list(compiledRatios)}`);
  target('validateEvent ≤ 0.5× ajv + ajv-formats (largest fixture event, 6.9 kB)', ajvRatios[0]!, 0.5);
  target('validateEvent ≤ 1× ajv + ajv-formats (makeEvent(), 0.6 kB)', ajvRatios[1]!, 1);
  target(
    'validateEvent ≤ 1× ajv + ajv-formats (invalid event, 3 issues)',
    ajvRatios[2]!,
    1,
    '×',
    'informational: validateEvent words every issue in the chosen language and salvages the valid fields; ajv stops at the first error',
  );

  heading('validateDataset on 10 000 events (fixtures factories)');
  const base = fx.makeDataset();
  const template = base.events[0]!;
  const big = fx.makeDataset({
    events: Array.from({ length: 10_000 }, (_, i) => ({ ...fx.makeEvent(template), id: `event-${i}` })),
  });
  const bigJson = JSON.stringify(big);
  const check = v.validateDataset(big);
  if (!check.ok) throw new Error(`bench: the 10k dataset is invalid: ${check.issues[0]?.code}`);
  const dataset = await measure(
    [
      ['validateDataset (10k events)', () => v.validateDataset(big)],
      ['DatasetSchema.safeParse (10k events)', () => v.DatasetSchema.safeParse(big)],
      ['compiled DatasetSchema (10k events)', () => compiledDataset.safeParse(big)],
      ['JSON.parse of the same (for scale)', () => JSON.parse(bigJson)],
    ],
    { time: 1500, iterations: 5, warmupTime: 0 },
  );
  printTimings(dataset, 'DatasetSchema.safeParse (10k events)');
  const per = dataset[0]!.meanMs;
  console.log(
    `${(bigJson.length / 2 ** 20).toFixed(1)} MiB of JSON; ${fmtMs(per)} per dataset = ${fmtMs(per / 10_000)} per event, ${Math.round(10_000 / (per / 1000)).toLocaleString('en-US')} events/s`,
  );
  // Batches of a few calls each (a call takes tens of milliseconds): 7 rounds after 1.
  const datasetRatio = interleavedRatio(
    () => v.validateDataset(big),
    () => v.DatasetSchema.safeParse(big),
    { rounds: 7, batch: 200, clock: 'cpu', warmup: 1 },
  );
  console.log(`interleaved median (CPU time), validateDataset / DatasetSchema.safeParse: ${datasetRatio.toFixed(2)}×`);
  target('validateDataset ≤ 1× DatasetSchema.safeParse (10k events)', datasetRatio, 1);
}
