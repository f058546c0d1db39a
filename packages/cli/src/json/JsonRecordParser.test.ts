import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonRecord } from './JsonRecord';
import { JsonRecordParser } from './JsonRecordParser';
import type { JsonStreamItem } from './JsonStreamItem';

function parseAll(text: string, chunkSizes: readonly number[] = [], lineDelimited = false): JsonStreamItem[] {
  const parser = new JsonRecordParser({ lineDelimited });
  const items: JsonStreamItem[] = [];
  let offset = 0;
  for (const size of chunkSizes) {
    if (offset >= text.length) break;
    items.push(...parser.write(text.slice(offset, offset + size)));
    offset += size;
  }
  items.push(...parser.write(text.slice(offset)));
  items.push(...parser.end());
  return items;
}

function values(items: readonly JsonStreamItem[]): unknown[] {
  return items.filter((item): item is JsonRecord => item.type === 'record').map((item) => item.value);
}

describe('JsonRecordParser', () => {
  it('streams the elements of a top-level array with the line and column where each starts', () => {
    const text = '[\n  {"id": "a"},\n  {"id": "b",\n   "n": [1, 2]},\n  3\n]\n';
    expect(parseAll(text)).toEqual([
      { type: 'record', value: { id: 'a' }, line: 2, column: 3, index: 0 },
      { type: 'record', value: { id: 'b', n: [1, 2] }, line: 3, column: 3, index: 1 },
      { type: 'record', value: 3, line: 5, column: 3, index: 2 },
    ]);
  });

  it('emits an array element as soon as it is complete, before the array closes', () => {
    const parser = new JsonRecordParser();
    expect(parser.write('[{"id":"a"},{"id"')).toEqual([
      { type: 'record', value: { id: 'a' }, line: 1, column: 2, index: 0 },
    ]);
    expect(parser.write(':"b"}')).toEqual([{ type: 'record', value: { id: 'b' }, line: 1, column: 13, index: 1 }]);
    expect(parser.write(']')).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it('reads NDJSON line by line, numbering lines from 1 and skipping blank lines', () => {
    const text = '{"id":"a"}\n\n{"id":"b"}\r\n  {"id":"c"}';
    expect(parseAll(text).map((item) => item.type === 'record' && [item.line, item.column, item.value])).toEqual([
      [1, 1, { id: 'a' }],
      [3, 1, { id: 'b' }],
      [4, 3, { id: 'c' }],
    ]);
  });

  it('reads a single pretty-printed object as one record at line 1', () => {
    expect(parseAll('{\n  "units": [],\n  "events": []\n}\n')).toEqual([
      { type: 'record', value: { units: [], events: [] }, line: 1, column: 1, index: 0 },
    ]);
  });

  it('locates an unexpected comma and says a value was expected', () => {
    const text = '{\n  "id": "a",\n  "kinds": ["fgd",, "dialog"]\n}';
    expect(parseAll(text)).toEqual([
      { type: 'syntax-error', line: 3, column: 19, found: ',', expected: 'value', recovered: false },
    ]);
  });

  it('reports the end of input inside an object', () => {
    expect(parseAll('{"id": "a",')).toEqual([
      { type: 'syntax-error', line: 1, column: 12, found: undefined, expected: 'key', recovered: false },
    ]);
  });

  it('reports empty input as a missing value', () => {
    expect(parseAll('  \n')).toEqual([
      { type: 'syntax-error', line: 2, column: 1, found: undefined, expected: 'value', recovered: false },
    ]);
  });

  it('reports a malformed number at its start', () => {
    expect(parseAll('[1, 012]')).toEqual([
      { type: 'record', value: 1, line: 1, column: 2, index: 0 },
      { type: 'syntax-error', line: 1, column: 5, found: '012', expected: 'number', recovered: false },
    ]);
  });

  it('rejects content after a closed top-level array', () => {
    expect(parseAll('[1] 2')).toEqual([
      { type: 'record', value: 1, line: 1, column: 2, index: 0 },
      { type: 'syntax-error', line: 1, column: 5, found: '2', expected: 'end', recovered: false },
    ]);
  });

  it('resumes NDJSON at the next line after a broken line', () => {
    const items = parseAll('{"id":"a"}\n{"id": tru}\n{"id":"c"}\n');
    expect(items.map((item) => [item.type, item.line])).toEqual([
      ['record', 1],
      ['syntax-error', 2],
      ['record', 3],
    ]);
    expect(items[1]).toMatchObject({ found: '}', expected: 'literal', recovered: true });
  });

  it('resumes after a broken first line when told the input is NDJSON', () => {
    const items = parseAll('{"id": \n{"id":"b"}\n', [], true);
    expect(items.map((item) => [item.type, item.line])).toEqual([
      ['syntax-error', 1],
      ['record', 2],
    ]);
  });

  it('does not resume inside a pretty-printed document, so one mistake gives one error', () => {
    const items = parseAll('{\n  "id": "a"\n  "title": "x"\n}\n');
    expect(items).toEqual([
      { type: 'syntax-error', line: 3, column: 3, found: '"', expected: 'comma-or-close-object', recovered: false },
    ]);
  });

  it('keeps "__proto__" as an own property, like JSON.parse', () => {
    const [record] = values(parseAll('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(record).toEqual(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles deep nesting without recursion', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const items = parseAll(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'record', line: 1, column: 2 });
  });

  it('decodes escapes split across chunks', () => {
    const text = '["a\\u00e9\\n\\"b\\ud83d\\ude00"]';
    for (let split = 1; split < text.length; split++) {
      expect(values(parseAll(text, [split]))).toEqual(JSON.parse(text));
    }
  });
});

// Whitespace JSON allows between tokens, for re-serialising values with random layout.
const jsonWhitespace = fc.stringMatching(/^[ \t\r\n]{0,3}$/);

describe('JsonRecordParser agrees with JSON.parse', () => {
  it('on arrays of random JSON values, in random chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.array(fc.integer({ min: 1, max: 17 })),
        fc.boolean(),
        (elements, chunkSizes, pretty) => {
          const text = pretty ? JSON.stringify(elements, null, 2) : JSON.stringify(elements);
          const expected = JSON.parse(text) as unknown[];
          const items = parseAll(text, chunkSizes);
          expect(items.every((item) => item.type === 'record')).toBe(true);
          expect(values(items)).toEqual(expected);
        },
      ),
    );
  });

  it('on NDJSON lines of random JSON values, with line numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 17 })),
        jsonWhitespace,
        fc.boolean(),
        (lines, chunkSizes, padding, hinted) => {
          // Without the .ndjson hint, input that starts with '[' is one JSON array, so start with an object.
          const records = hinted ? lines : [{}, ...lines];
          const text = records.map((value) => `${padding.replace(/[\r\n]/g, ' ')}${JSON.stringify(value)}`).join('\n');
          const items = parseAll(text, chunkSizes, hinted);
          const expected = records.map((value) => JSON.parse(JSON.stringify(value)) as unknown);
          expect(values(items)).toEqual(expected);
          expect(items.map((item) => item.line)).toEqual(records.map((_, index) => index + 1));
        },
      ),
    );
  });

  it('on a single random JSON value, with the same value or the same elements', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = JSON.parse(text) as unknown;
        expect(values(parseAll(text))).toEqual(Array.isArray(parsed) ? parsed : [parsed]);
      }),
    );
  });

  it('never throws on random text, and reports an error wherever JSON.parse fails on one value', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '\\',
        'u',
        '0',
        '1',
        '-',
        '.',
        'e',
        't',
        'n',
        ' ',
        '\n',
        'a',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), jsonish), fc.array(fc.integer({ min: 1, max: 5 })), (text, chunkSizes) => {
        const items = parseAll(text, chunkSizes);
        let parsed: { value: unknown } | undefined;
        try {
          parsed = { value: JSON.parse(text) };
        } catch {
          parsed = undefined;
        }
        const records = values(items);
        const errors = items.filter((item) => item.type === 'syntax-error');
        if (parsed === undefined) {
          // Either a syntax error, or several whitespace-separated values (NDJSON), which JSON.parse refuses.
          expect(errors.length > 0 || records.length > 1).toBe(true);
        } else {
          expect(errors).toEqual([]);
          expect(records).toEqual(Array.isArray(parsed.value) ? parsed.value : [parsed.value]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('JsonRecordParser value locations', () => {
  it('records where each value of a record starts, keyed by its path from the record', () => {
    const parser = new JsonRecordParser({ locate: true });
    const items = [...parser.write('[\n  {"id": "a"},\n  {"id": "b",\n   "sources": [{"x": 1}]}\n]'), ...parser.end()];
    const second = items[1] as JsonRecord;
    expect(Object.fromEntries(second.locations!)).toEqual({
      '[]': { line: 3, column: 3 },
      '["id"]': { line: 3, column: 10 },
      '["sources"]': { line: 4, column: 15 },
      '["sources",0]': { line: 4, column: 16 },
      '["sources",0,"x"]': { line: 4, column: 22 },
    });
  });

  it('locates values at most 64 levels deep of a record nested 100 000 deep, in NDJSON or an array', () => {
    const depth = 100_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepest = JSON.stringify(new Array(64).fill(0));
    const tooDeep = JSON.stringify(new Array(65).fill(0));
    for (const [text, lineDelimited, column] of [
      [`${nested}\n`, true, 65],
      [`[${nested}]`, false, 66],
    ] as const) {
      const parser = new JsonRecordParser({ locate: true, lineDelimited });
      const items = [...parser.write(text), ...parser.end()];
      const record = items[0] as JsonRecord;
      expect(record.type).toBe('record');
      expect(record.locations!.size).toBe(65);
      expect(record.locations!.get(deepest)).toEqual({ line: 1, column });
      expect(record.locations!.has(tooDeep)).toBe(false);
    }
  });

  it('locates the first 50 000 values of a huge record, then only its items', () => {
    // A dataset of 20 000 events of 5 values each (the event, id, n, tags and its one tag).
    const events = Array.from({ length: 20_000 }, (_, i) => `{"id":"e-${i}","n":${i},"tags":["x"]}`);
    const parser = new JsonRecordParser({ locate: true });
    const text = `{"units":[],\n"events":[\n${events.join(',\n')}\n]}`;
    const [record] = [...parser.write(text), ...parser.end()] as JsonRecord[];
    const locations = record!.locations!;
    // Root, units and events, then 5 per event: the budget runs out in event 9 999; every later
    // event is still located (where its line starts), its fields are not.
    expect(locations.get('["events",0,"id"]')).toEqual({ line: 3, column: 7 });
    expect(locations.get('["events",19999]')).toEqual({ line: 20_002, column: 1 });
    expect(locations.has('["events",19999,"id"]')).toBe(false);
    expect(locations.size).toBeLessThan(50_000 + 20_000 + 1);
    // The value itself is complete.
    expect((record!.value as { events: unknown[] }).events).toHaveLength(20_000);
  });

  it('gives string values equal to the text, whether short (interned) or long (copied)', () => {
    const long = 'Dialog Kamtibmas jelang Pilkada serentak 2024 di Kedurang';
    const parser = new JsonRecordParser();
    const values = [...parser.write(`["${long}","day","day",{"day":"${long}"}]`), ...parser.end()].map(
      (item) => (item as JsonRecord).value,
    );
    expect(values).toEqual([long, 'day', 'day', { day: long }]);
  });

  it('adds no locations unless asked', () => {
    expect(parseAll('{"a": 1}')[0]).not.toHaveProperty('locations');
  });
});
