import { describe, expect, it } from 'vitest';
import { formatJsonSyntaxError } from './formatJsonSyntaxError';
import type { JsonSyntaxError } from './JsonSyntaxError';

const comma: JsonSyntaxError = {
  type: 'syntax-error',
  line: 3,
  column: 14,
  found: ',',
  expected: 'value',
  recovered: false,
};

describe('formatJsonSyntaxError', () => {
  it('says where, what was found, what was expected and what to do, in English', () => {
    const message = formatJsonSyntaxError(comma, 'en');
    expect(message).toMatch(/^Unexpected ',' at line 3 column 14 — expected a value\b/);
    expect(message).toMatch(/Fix the JSON and run again\.$/);
  });

  it('says the same in Indonesian', () => {
    const message = formatJsonSyntaxError(comma, 'id');
    expect(message).toMatch(/^',' tak terduga di baris 3 kolom 14 — seharusnya sebuah nilai\b/);
    expect(message).toMatch(/Perbaiki JSON lalu jalankan lagi\.$/);
  });

  it('names the end of input, control characters by code point, and skipped lines', () => {
    expect(formatJsonSyntaxError({ ...comma, found: undefined, expected: 'comma-or-close-object' }, 'en')).toMatch(
      /^Unexpected end of input at line 3 column 14 — expected ',' or '}'/,
    );
    expect(formatJsonSyntaxError({ ...comma, found: '\t', expected: 'string-end' }, 'en')).toMatch(
      /^Unexpected U\+0009/,
    );
    expect(formatJsonSyntaxError({ ...comma, recovered: true }, 'en')).toMatch(/This line was skipped\.$/);
  });
});
