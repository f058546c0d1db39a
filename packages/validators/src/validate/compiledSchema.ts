// Private: the fast path of runValidation is zod's own compiler. `compile(schema)` (zod/v4/core)
// returns a clone whose parse runs generated code first and falls back to zod's runtime parser for
// anything the generated code does not accept, so verdicts, values and issues are zod's own. We
// compile our schemas here, once each, on first use — never through the global `zod/compile`
// import or `z.config`, which would change every schema of the application.
//
// Where generated code is not allowed (a Content-Security-Policy without 'unsafe-eval'), or for a
// schema the compiler declines, `compile` hands back the schema itself: validation stays correct,
// only slower. The try/catch covers a zod that throws anyway.
import type * as z from 'zod';
import { compile } from 'zod/v4/core';

const COMPILED = /* @__PURE__ */ new WeakMap<object, z.ZodType>();
let enabled = true;

/** Tests only: run zod's runtime parser instead of the compiled one, to compare the two. */
export function setCompilation(on: boolean): void {
  enabled = on;
}

/** The compiled clone of `schema` (made once), or `schema` itself when it cannot be compiled. */
export function compiledSchema<T>(schema: z.ZodType<T>): z.ZodType<T> {
  if (!enabled) return schema;
  let compiled = COMPILED.get(schema) as z.ZodType<T> | undefined;
  if (compiled === undefined) {
    try {
      compiled = compile(schema as never) as unknown as z.ZodType<T>;
    } catch {
      compiled = schema;
    }
    COMPILED.set(schema, compiled);
  }
  return compiled;
}
