import * as validatorsPackage from '@kamtibmas/validators';
import * as z from 'zod';
import { parseCommandArgs } from '../args/parseCommandArgs';
import { usageError } from '../args/usageError';
import type { CliIo } from '../CliIo';

/**
 * Help text of `kamtibmas schema`.
 *
 * @example
 * ```ts
 * SCHEMA_HELP.startsWith('Usage: kamtibmas schema')
 * //=> true
 * ```
 * @category Commands
 */
export const SCHEMA_HELP = `Usage: kamtibmas schema <Name>

Print the JSON Schema (draft 2020-12) of a kamtibmas model type, generated from the
zod schemas of @kamtibmas/validators. Names are case-insensitive: Event, event,
ElectionPhase, election-phase and EventSchema all work.

Options:
  -h, --help   show this help (and the list of names)

Exit codes: 0 printed, 2 unknown name or usage error.

Example:
  kamtibmas schema Event > event.schema.json
`;

function normalise(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key.endsWith('schema') && key !== 'schema' ? key.slice(0, -'schema'.length) : key;
}

/**
 * The zod schemas of `@kamtibmas/validators` by model name (`Event` for `EventSchema`), in the
 * package's export order.
 *
 * @returns Pairs of model name and schema.
 * @example
 * ```ts
 * schemaEntries().some(([name]) => name === 'Event')
 * //=> true
 * ```
 * @category Commands
 */
export function schemaEntries(): [string, z.ZodType][] {
  const entries: [string, z.ZodType][] = [];
  for (const [name, value] of Object.entries(validatorsPackage as Record<string, unknown>)) {
    if (name.endsWith('Schema') && name !== 'Schema' && value instanceof z.ZodType) {
      entries.push([name.slice(0, -'Schema'.length), value]);
    }
  }
  return entries;
}

/**
 * Runs `kamtibmas schema <Name>`: prints the JSON Schema of one model type.
 *
 * @param argv - Arguments after `schema`.
 * @param io - Streams.
 * @returns 0 when printed, 2 for an unknown name or a usage error.
 * @example
 * ```ts
 * await runSchema(['event'], io)
 * //=> 0 (stdout: {"$schema":"https://json-schema.org/draft/2020-12/schema", …})
 * ```
 * @category Commands
 */
export async function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { help: { type: 'boolean', short: 'h' } });
  if (!parsed.ok) return usageError(io, 'schema', parsed.message);
  const entries = schemaEntries();
  const names = entries.map(([name]) => name).join(', ');
  if (parsed.values.help === true) {
    io.stdout(`${SCHEMA_HELP}\nNames: ${names}\n`);
    return 0;
  }
  const [name, ...extra] = parsed.positionals;
  if (name === undefined) return usageError(io, 'schema', `name a model type, one of: ${names}`);
  if (extra.length > 0) return usageError(io, 'schema', `give one name only (got ${parsed.positionals.length})`);
  const wanted = normalise(name);
  const found = entries.find(([candidate]) => normalise(candidate) === wanted);
  if (found === undefined) {
    io.stderr(`kamtibmas schema: unknown schema '${name}'. Valid names: ${names}.\n`);
    return 2;
  }
  // io 'input' describes what a payload may contain (defaults optional); 'any' keeps refinements
  // that JSON Schema cannot express from aborting the export — the validators still check them.
  const jsonSchema = z.toJSONSchema(found[1], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  io.stdout(`${JSON.stringify(jsonSchema, null, 2)}\n`);
  return 0;
}
