// validateEvent against its baselines in one run: the bare zod schema of the same shape
// (EventSchema.safeParse), a hand-written type guard, and ajv on the shipped JSON Schema; then
// validateDataset on 10 000 events built with the fixtures factories.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as Core from '@kamtibmas/core';
import type * as Fixtures from '@kamtibmas/fixtures';
import type * as Validators from '@kamtibmas/validators';
import * as z from 'zod';
import { makeEventGuard } from './lib/eventGuard';
import { importBuilt, readJson, requireFrom, root } from './lib/load';
import { fmtMs, heading, interleavedRatio, measure, printTimings, target } from './lib/report';

type AjvClass = new (options: object) => { compile(schema: unknown): (data: unknown) => boolean };

export async function benchValidators(): Promise<void> {
  const core = await importBuilt<typeof Core>('core');
  const v = await importBuilt<typeof Validators>('validators');
  const fx = await importBuilt<typeof Fixtures>('fixtures');

  // The richest real event of the fixtures dataset (most sources/evidence), and a factory event.
  const events = [...fx.dataset.events].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
  const realEvent = JSON.parse(JSON.stringify(events[0])) as unknown;
  const factoryEvent = JSON.parse(JSON.stringify(fx.makeEvent())) as unknown;
  const invalidEvent = { ...fx.makeEvent(), date: '2024-02-30', colour: 'red', kinds: [] } as unknown;

  const guard = makeEventGuard(core);
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

  heading(`validateEvent vs baselines (fixture event of ${JSON.stringify(realEvent).length} bytes of JSON)`);
  console.log(
    `JSON Schema: ${existsSync(schemaFile) ? path.relative(root, schemaFile) : 'z.toJSONSchema(EventSchema) (no build output found)'}`,
  );
  const valid = await measure([
    ['validateEvent', () => v.validateEvent(realEvent)],
    ['EventSchema.safeParse', () => v.EventSchema.safeParse(realEvent)],
    ['hand-written guard', () => guard(realEvent)],
    ['ajv (event.json)', () => ajvEvent(realEvent)],
  ]);
  printTimings(valid, 'EventSchema.safeParse');

  heading('the same on an invalid event (3 issues), factory event');
  const invalid = await measure([
    ['validateEvent (invalid)', () => v.validateEvent(invalidEvent)],
    ['EventSchema.safeParse (invalid)', () => v.EventSchema.safeParse(invalidEvent)],
    ['validateEvent (makeEvent)', () => v.validateEvent(factoryEvent)],
    ['EventSchema.safeParse (makeEvent)', () => v.EventSchema.safeParse(factoryEvent)],
  ]);
  printTimings(invalid);

  const ms = (name: string) => valid.find((t) => t.name === name)!.meanMs;
  console.log(
    `from the table: validateEvent / EventSchema.safeParse = ${(ms('validateEvent') / ms('EventSchema.safeParse')).toFixed(2)}×; / guard = ${(ms('validateEvent') / ms('hand-written guard')).toFixed(1)}×; / ajv = ${(ms('validateEvent') / ms('ajv (event.json)')).toFixed(1)}×`,
  );
  // The targets use interleaved batches (median of 15 rounds), which a load spike cannot skew.
  const ratios = {
    large: interleavedRatio(
      () => v.validateEvent(realEvent),
      () => v.EventSchema.safeParse(realEvent),
    ),
    small: interleavedRatio(
      () => v.validateEvent(factoryEvent),
      () => v.EventSchema.safeParse(factoryEvent),
    ),
    invalid: interleavedRatio(
      () => v.validateEvent(invalidEvent),
      () => v.EventSchema.safeParse(invalidEvent),
    ),
  };
  console.log(
    `interleaved medians, validateEvent / EventSchema.safeParse: fixture event ${ratios.large.toFixed(2)}×, makeEvent() ${ratios.small.toFixed(2)}×, invalid event ${ratios.invalid.toFixed(2)}×`,
  );
  target('validateEvent ≤ 1.3× EventSchema.safeParse (largest fixture event, 6.9 kB)', ratios.large, 1.3);
  target('validateEvent ≤ 1.3× EventSchema.safeParse (makeEvent(), 0.6 kB)', ratios.small, 1.3);
  target(
    'validateEvent ≤ 1.3× EventSchema.safeParse (invalid event, 3 issues)',
    ratios.invalid,
    1.3,
    '×',
    'informational: validateEvent words every issue in the chosen language; zod formats messages lazily',
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
      ['JSON.parse of the same (for scale)', () => JSON.parse(bigJson)],
    ],
    { time: 1500, iterations: 5, warmupTime: 0 },
  );
  printTimings(dataset, 'DatasetSchema.safeParse (10k events)');
  const per = dataset[0]!.meanMs;
  console.log(
    `${(bigJson.length / 2 ** 20).toFixed(1)} MiB of JSON; ${fmtMs(per)} per dataset = ${fmtMs(per / 10_000)} per event, ${Math.round(10_000 / (per / 1000)).toLocaleString('en-US')} events/s`,
  );
}
