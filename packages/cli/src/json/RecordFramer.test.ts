import { describe, expect, it } from 'vitest';
import { RecordFramer } from './RecordFramer';
import { ValueLocator } from './ValueLocator';

describe('RecordFramer', () => {
  it('streams a top-level array, whose elements are one level down', () => {
    const framer = new RecordFramer(false, new ValueLocator(false));
    expect(framer.begin('[')).toBe(true);
    expect([framer.framing, framer.recordDepth]).toEqual(['array', 1]);
  });

  it('takes known NDJSON, or an input starting with anything but "[", as a sequence of values', () => {
    const ndjson = new RecordFramer(true, new ValueLocator(false));
    expect(ndjson.begin('[')).toBe(false);
    expect([ndjson.framing, ndjson.recordDepth]).toEqual(['sequence', 0]);
    const document = new RecordFramer(false, new ValueLocator(false));
    expect(document.begin('{')).toBe(false);
    expect(document.framing).toBe('sequence');
  });

  it('numbers records and errors together, with each record’s start and locations', () => {
    const locator = new ValueLocator(true);
    const framer = new RecordFramer(false, locator);
    framer.begin('{');
    framer.startRecord(1, 1);
    locator.add('[]', 1, 1);
    framer.emitTopLevel({ a: 1 }, 1);
    framer.emitError({ type: 'syntax-error', line: 2, column: 5, found: '}', expected: 'value', recovered: true });
    framer.startRecord(3, 2);
    framer.emit(2);
    expect(framer.drain()).toEqual([
      {
        type: 'record',
        value: { a: 1 },
        line: 1,
        column: 1,
        index: 0,
        locations: new Map([['[]', { line: 1, column: 1 }]]),
      },
      { type: 'syntax-error', line: 2, column: 5, found: '}', expected: 'value', recovered: true },
      { type: 'record', value: 2, line: 3, column: 2, index: 2, locations: new Map() },
    ]);
    expect(framer.drain()).toEqual([]);
  });

  it('shows lines once a top-level value was complete on its line, and no longer after one spans lines', () => {
    const framer = new RecordFramer(false, new ValueLocator(false));
    framer.begin('{');
    expect(framer.showsLines).toBe(false);
    framer.startRecord(1, 1);
    framer.emitTopLevel({}, 1);
    expect(framer.showsLines).toBe(true);
    framer.startRecord(2, 1);
    framer.emitTopLevel({}, 4);
    expect(framer.showsLines).toBe(false);
    expect(new RecordFramer(true, new ValueLocator(false)).showsLines).toBe(true);
  });
});
