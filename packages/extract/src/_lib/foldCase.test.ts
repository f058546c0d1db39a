import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeUnitScratch } from './foldCase';

function unitsOf(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

describe('CodeUnitScratch', () => {
  it('gives the code units of a short text (read in a loop) and a long one (copied at once)', () => {
    const scratch = new CodeUnitScratch();
    expect([...scratch.read('Jum’at').subarray(0, 6)]).toEqual([74, 117, 109, 0x2019, 97, 116]);
    const long = `“Polres Lebong” menggelar apel\u00a0siaga – ${'kampanye damai '.repeat(40)}\ud800 lone`;
    expect([...scratch.read(long).subarray(0, long.length)]).toEqual(unitsOf(long));
  });

  it('reads a shorter text over a longer one, and a text too long to keep, without mixing them', () => {
    const scratch = new CodeUnitScratch();
    const long = 'a'.repeat(3000);
    scratch.read(long);
    expect([...scratch.read('bc').subarray(0, 2)]).toEqual([98, 99]);
    const huge = `${'x'.repeat(70_000)}é`;
    const units = scratch.read(huge);
    expect(units[70_000]).toBe(0xe9);
    expect([...scratch.read('de').subarray(0, 2)]).toEqual([100, 101]);
  });

  it('agrees with charCodeAt on any text', () => {
    const scratch = new CodeUnitScratch();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        expect([...scratch.read(text).subarray(0, text.length)]).toEqual(unitsOf(text));
      }),
    );
  });
});
