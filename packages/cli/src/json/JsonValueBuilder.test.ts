import { describe, expect, it } from 'vitest';
import type { JsonExpectation } from './JsonExpectation';
import type { JsonRecord } from './JsonRecord';
import { JsonTokenizer } from './JsonTokenizer';
import { JsonValueBuilder } from './JsonValueBuilder';
import { RecordFramer } from './RecordFramer';
import { TextPosition } from './TextPosition';
import { ValueLocator } from './ValueLocator';

function builder(lineDelimited = false) {
  const position = new TextPosition();
  const tokenizer = new JsonTokenizer(position);
  const locator = new ValueLocator(true);
  const framer = new RecordFramer(lineDelimited, locator);
  const errors: [string, JsonExpectation][] = [];
  const built = new JsonValueBuilder({
    position,
    tokenizer,
    framer,
    locator,
    fail: (found, expected) => errors.push([found, expected]),
  });
  return { built, framer, tokenizer, position, errors };
}

describe('JsonValueBuilder', () => {
  it('assembles an object from structural characters and the tokens handed back, then emits it', () => {
    const { built, framer, tokenizer, position, errors } = builder();
    // {"a": [1, 2], "b": "x"}: each token is started here and handed back as the tokenizer would.
    built.structural('{');
    expect([built.open, built.expectation()]).toEqual([true, 'key-or-close-object']);
    built.structural('"');
    expect([tokenizer.kind, tokenizer.isKey]).toEqual(['string', true]);
    built.key('a');
    expect(built.expectation()).toBe('colon');
    built.structural(':');
    built.structural(' ');
    position.column = 7;
    built.structural('[');
    expect(built.expectation()).toBe('value-or-close-array');
    built.structural('1');
    expect(tokenizer.kind).toBe('number');
    built.value(1);
    built.structural(',');
    built.structural('2');
    built.value(2);
    built.structural(']');
    expect(built.expectation()).toBe('comma-or-close-object');
    built.structural(',');
    built.structural('"');
    built.key('b');
    built.structural(':');
    built.structural('"');
    expect([tokenizer.kind, tokenizer.isKey]).toEqual(['string', false]);
    built.value('x');
    built.structural('}');
    expect(built.open).toBe(false);
    expect(errors).toEqual([]);
    const [record] = framer.drain();
    expect(record).toMatchObject({ type: 'record', value: { a: [1, 2], b: 'x' }, line: 1, column: 1, index: 0 });
    expect([...(record as JsonRecord).locations!.keys()]).toEqual(['[]', '["a"]', '["a",0]', '["a",1]', '["b"]']);
  });

  it('streams the elements of a top-level array as records, and wants the end after it', () => {
    const { built, framer, errors } = builder();
    built.structural('[');
    built.structural('{');
    built.structural('}');
    built.structural(',');
    built.structural('[');
    built.structural(']');
    built.structural(']');
    expect(framer.drain().map((item) => item.type === 'record' && item.value)).toEqual([{}, []]);
    expect(built.expectation()).toBe('end');
    built.structural('1');
    expect(errors).toEqual([['1', 'end']]);
  });

  it('reports what was expected at a misplaced character', () => {
    const { built, errors } = builder();
    built.structural('{');
    built.structural(':');
    built.reset();
    built.structural('[');
    built.structural(',');
    built.structural('x');
    expect(errors).toEqual([
      [':', 'key-or-close-object'],
      [',', 'value-or-close-array'],
      ['x', 'value-or-close-array'],
    ]);
  });

  it('in known NDJSON, refuses a line that ends inside a value', () => {
    const { built, errors } = builder(true);
    built.structural('{');
    built.structural('\n');
    expect(errors).toEqual([['\n', 'key-or-close-object']]);
  });
});
