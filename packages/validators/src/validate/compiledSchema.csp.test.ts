// Where generated code is not allowed (a Content-Security-Policy without 'unsafe-eval'), every
// `new Function(…)` throws. This file installs that before anything of zod or the validators is
// loaded (its own module graph: vitest isolates test files), so zod's compiler and its object
// parser see the same world a browser under such a policy shows them, and checks that validation
// gives exactly the answers it gives with code generation allowed.
import { describe, expect, it } from 'vitest';

const realFunction = globalThis.Function;
const refuse = () => {
  throw new EvalError('Code generation from strings disallowed for this context');
};
globalThis.Function = new Proxy(realFunction, { construct: refuse, apply: refuse });

describe('validation without generated code', () => {
  it('gives the results it gives with generated code (rules, issues and messages included)', async () => {
    const { validateDataset, validateEvent, EventSchema } = await import('../index');
    const { compiledSchema } = await import('./compiledSchema');
    const { validDataset, validEvent } = await import('../testing/examples');
    const examples: unknown[] = [
      validEvent(),
      validDataset(),
      { ...validEvent(), date: '2024-02-30', colour: 'red' },
      { ...validEvent(), participants: [{ personId: 'a', role: 'speaker', onBehalfOf: 'a' }] },
      { ...validDataset(), units: 'none' },
    ];
    // zod hands back the schema itself when it cannot compile it.
    expect(compiledSchema(EventSchema)).toBe(EventSchema);
    const without = examples.map((input) => [validateEvent(input, { locale: 'en' }), validateDataset(input)]);
    expect(without.map(([event]) => event!.ok)).toEqual([true, false, false, false, false]);

    globalThis.Function = realFunction;
    const { setCompilation } = await import('./compiledSchema');
    setCompilation(true);
    const withCode = examples.map((input) => [validateEvent(input, { locale: 'en' }), validateDataset(input)]);
    expect(without).toStrictEqual(withCode);
  });
});
