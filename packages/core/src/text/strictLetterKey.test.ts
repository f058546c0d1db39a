import { describe, expect, it } from 'vitest';
import { strictLetterKey } from './strictLetterKey';

describe('strictLetterKey', () => {
  it('keeps the letters, lower-cased, and drops dots, commas and white space', () => {
    expect(strictLetterKey('Kombes, Pol.')).toBe('kombespol');
    expect(strictLetterKey('S. IK')).toBe('sik');
    expect(strictLetterKey('M.Si.')).toBe('msi');
    expect(strictLetterKey(' \t\u00a0')).toBe('');
  });

  it('refuses any other character: digits, hyphens, slashes, letters outside a–z', () => {
    expect(strictLetterKey('Kombes/Pol')).toBeUndefined();
    expect(strictLetterKey('AKBP-2')).toBeUndefined();
    expect(strictLetterKey('Brigjen 1')).toBeUndefined();
    expect(strictLetterKey('Bripka é')).toBeUndefined();
    // Turkish dotted capital I lower-cases to two code units ("i" and a combining dot).
    expect(strictLetterKey('\u0130PTU')).toBeUndefined();
  });
});
