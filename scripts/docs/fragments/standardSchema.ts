// The Standard Schema guide's examples: the files themselves, which `pnpm run docs` type-checks
// (docs/examples/standard-schema/tsconfig.json) before this script runs.
import type { Fragment } from './Fragment';
import { fence } from './markdown';
import { readFileSafe } from './paths';

/** standard-schema-trpc.md, standard-schema-react-hook-form.md and standard-schema-hono.md. */
export function standardSchemaFragments(): Fragment[] {
  return (
    [
      ['standard-schema-trpc.md', 'trpc.ts'],
      ['standard-schema-react-hook-form.md', 'react-hook-form.ts'],
      ['standard-schema-hono.md', 'hono.ts'],
    ] as const
  ).map(
    ([name, file]): Fragment => [
      name,
      () => {
        const text = readFileSafe(`docs/examples/standard-schema/${file}`);
        if (text === undefined) throw new Error(`docs/examples/standard-schema/${file} is missing`);
        return fence('ts', text);
      },
    ],
  );
}
