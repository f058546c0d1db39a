import { describe, expect, it } from 'vitest';
import { RecordFramer } from './RecordFramer';
import { RecordRecovery } from './RecordRecovery';
import { ValueLocator } from './ValueLocator';

function ndjsonFramer(): RecordFramer {
  const framer = new RecordFramer(true, new ValueLocator(false));
  framer.begin('{');
  return framer;
}

describe('RecordRecovery', () => {
  it('in NDJSON, skips the rest of the bad line, then reads on', () => {
    const recovery = new RecordRecovery();
    expect(recovery.afterError('}', false, ndjsonFramer())).toBe(true);
    expect([recovery.skipping, recovery.failed]).toEqual([true, false]);
    recovery.skip('x');
    expect(recovery.skipping).toBe(true);
    recovery.skip('\n');
    expect(recovery.skipping).toBe(false);
  });

  it('does not skip a line when the offending character is the line feed that ends it', () => {
    const recovery = new RecordRecovery();
    expect(recovery.afterError('\n', false, ndjsonFramer())).toBe(true);
    expect(recovery.skipping).toBe(false);
  });

  it('stops at the end of the input, in a top-level array, and in input not seen to be NDJSON', () => {
    const atEnd = new RecordRecovery();
    expect(atEnd.afterError(undefined, true, ndjsonFramer())).toBe(false);
    expect(atEnd.failed).toBe(true);
    const array = new RecordFramer(false, new ValueLocator(false));
    array.begin('[');
    expect(new RecordRecovery().afterError(',', false, array)).toBe(false);
    const document = new RecordFramer(false, new ValueLocator(false));
    document.begin('{');
    expect(new RecordRecovery().afterError('"', false, document)).toBe(false);
  });
});
