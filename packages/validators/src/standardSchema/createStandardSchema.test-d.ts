import type { Dataset, Event } from '@kamtibmas/core';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { DatasetSchema } from '../schemas/DatasetSchema';
import type { EventSchema } from '../schemas/EventSchema';
import { createStandardSchema } from './createStandardSchema';

describe('createStandardSchema types', () => {
  it('is assignable to the Standard Schema spec’s own interface, with our input and output', () => {
    const event = createStandardSchema('event');
    expectTypeOf(event).toExtend<StandardSchemaV1<z.input<typeof EventSchema>, Event>>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof event>>().toEqualTypeOf<Event>();
    const dataset = createStandardSchema('dataset', { locale: 'en-US' });
    expectTypeOf(dataset).toExtend<StandardSchemaV1<z.input<typeof DatasetSchema>, Dataset>>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof dataset>>().toEqualTypeOf<z.input<typeof DatasetSchema>>();
  });

  it('accepts only the two kinds', () => {
    // @ts-expect-error: 'person' is not a kind
    createStandardSchema('person');
  });
});
