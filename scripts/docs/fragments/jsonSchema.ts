// The JSON Schema guide: the shipped event.json summarised, and the Python example run against it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fragment } from './Fragment';
import { brokenFgd, fgdEvent } from './fgdPayloads';
import { fence, json } from './markdown';
import { readFileSafe, root } from './paths';

/** The parts of a JSON Schema document (packages/validators/json-schema/*.json) shown here. */
interface SchemaDocument {
  $schema?: unknown;
  $id?: unknown;
  $ref?: unknown;
  $defs?: Record<string, SchemaDocument>;
  type?: unknown;
  required?: unknown;
  additionalProperties?: unknown;
  properties?: Record<string, unknown>;
}

function eventSchema(): string {
  const file = path.join(root, 'packages', 'validators', 'json-schema', 'event.json');
  let schema: SchemaDocument;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8')) as SchemaDocument;
  } catch {
    throw new Error('packages/validators/json-schema/event.json does not exist yet');
  }
  const defs = schema.$defs ?? {};
  const ref = typeof schema.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  const main = ref ? defs[ref] : schema;
  if (!main) throw new Error(`event.json refers to ${String(schema.$ref)}, which it does not define`);
  const properties = Object.keys(main.properties ?? {});
  return [
    fence(
      'json',
      json({
        $schema: schema.$schema,
        ...(schema.$id === undefined ? {} : { $id: schema.$id }),
        ...(schema.$ref === undefined ? {} : { $ref: schema.$ref }),
        [`$defs.${ref ?? '(root)'}`]: {
          type: main.type,
          required: main.required,
          additionalProperties: main.additionalProperties,
          properties: `{ ${properties.length} properties }`,
        },
      }),
    ),
    '',
    `Properties of an event: ${properties.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    `Shared definitions (\`$defs\`): ${Object.keys(defs)
      .map((d) => `\`${d}\``)
      .join(', ')}.`,
  ].join('\n');
}

const PYTHON_EXAMPLE = `import json
import sys

from jsonschema import Draft202012Validator

with open("node_modules/@kamtibmas/validators/json-schema/event.json", encoding="utf-8") as file:
    schema = json.load(file)
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

with open(sys.argv[1], encoding="utf-8") as file:
    payload = json.load(file)

errors = sorted(validator.iter_errors(payload), key=lambda error: [str(key) for key in error.absolute_path])
for error in errors:
    location = "/".join(str(key) for key in error.absolute_path) or "(root)"
    print(f"{location}: {error.message}")
sys.exit(1 if errors else 0)
`;

function pythonExample(): string {
  const schemaFile = path.join(root, 'packages', 'validators', 'json-schema', 'event.json');
  if (!readFileSafe('packages/validators/json-schema/event.json')) {
    throw new Error('packages/validators/json-schema/event.json does not exist yet');
  }
  const tmp = path.join(root, '.tmp', 'docs', 'python');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(tmp, 'node_modules', '@kamtibmas', 'validators', 'json-schema'), { recursive: true });
  writeFileSync(
    path.join(tmp, 'node_modules', '@kamtibmas', 'validators', 'json-schema', 'event.json'),
    readFileSync(schemaFile),
  );
  writeFileSync(path.join(tmp, 'validate_event.py'), PYTHON_EXAMPLE);
  writeFileSync(path.join(tmp, 'event.json'), json(fgdEvent()));
  writeFileSync(path.join(tmp, 'broken-event.json'), json(brokenFgd()));
  const parts = [fence('python', PYTHON_EXAMPLE)];
  const probe = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    parts.push('', '_python3 with `jsonschema` was not available when these docs were built, so no output is shown._');
    console.warn('json-schema-python.md: python3 with jsonschema not found; the snippet was not run');
    return parts.join('\n');
  }
  for (const [file, expect] of [
    ['event.json', 0],
    ['broken-event.json', 1],
  ] as const) {
    const run = spawnSync('python3', ['validate_event.py', file], { cwd: tmp, encoding: 'utf8' });
    if (run.status !== expect) {
      throw new Error(
        `the Python example exited ${run.status} on ${file}, expected ${expect}: ${run.stderr.slice(0, 300)}`,
      );
    }
    const output = `${run.stdout}${run.stderr}`.replace(/\s+$/, '') || '(no output)';
    parts.push('', fence('sh', `$ python3 validate_event.py ${file}\n${output}\n# exit status ${run.status}`));
  }
  return parts.join('\n');
}

/** json-schema-event.md and json-schema-python.md. */
export function jsonSchemaFragments(): Fragment[] {
  return [
    ['json-schema-event.md', eventSchema],
    ['json-schema-python.md', pythonExample],
  ];
}
