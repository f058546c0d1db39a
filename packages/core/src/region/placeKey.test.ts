import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeKey, placeKeyOfRange } from './placeKey';

describe('placeKey', () => {
  it('folds a name to lower-case letters and digits, one letter of a run, sumatra read as sumatera', () => {
    expect(placeKey('polres')).toBe('polres');
    expect(placeKey('POLRES')).toBe('polres');
    expect(placeKey('Okuu')).toBe('oku');
    expect(placeKey('SUMATRA')).toBe('sumatera');
    expect(placeKey('Sumatra Selatan')).toBe('sumateraselatan');
    expect(placeKey('Tanjung  Balai')).toBe(placeKey('TANJUNGBALAI'));
    expect(placeKey("Jum'at")).toBe('jumat');
    expect(placeKey('Pölres')).toBe('polres');
    expect(placeKey('KP3')).toBe('kp3');
  });
});

describe('placeKeyOfRange', () => {
  it('gives the key of a word read in the text around it', () => {
    const text = 'di Polres SUMATRA Okuu-Selatan';
    expect(placeKeyOfRange(text, 3, 9, 'Polres')).toBe('polres');
    expect(placeKeyOfRange(text, 10, 17, 'SUMATRA')).toBe('sumatera');
    expect(placeKeyOfRange(text, 18, 30, 'Okuu-Selatan')).toBe('okuselatan');
  });

  it('is placeKey of the slice, whatever the characters', () => {
    const piece = fc.oneof(
      fc.constantFrom('Polres', 'sumatra', 'SUMATRA', 'oo', 'Pöl', "'", '-', 'é', 'e\u0301', '1', '11', 'İ', 'ß'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(4), fc.nat(4), (pieces, before, after) => {
        const word = pieces.join('');
        const text = `${'x'.repeat(before)}${word}${'y'.repeat(after)}`;
        expect(placeKeyOfRange(text, before, before + word.length, word)).toBe(placeKey(word));
      }),
      { numRuns: 500 },
    );
  });
});
