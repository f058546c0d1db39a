import { describe, expect, it } from 'vitest';
import { JsonTokenizer, type JsonTokenStep } from './JsonTokenizer';
import { TextPosition } from './TextPosition';

/** Feeds a string token's characters after its opening quote (at `position`), as the reader does. */
function readString(tokenizer: JsonTokenizer, position: TextPosition, text: string): JsonTokenStep {
  let step: JsonTokenStep = 'pending';
  for (let i = 0; i < text.length && step === 'pending'; i++) {
    const end = tokenizer.readPlainRun(text, i);
    if (end > i) {
      position.skip(end - i);
      i = end - 1;
      continue;
    }
    step = tokenizer.stringChar(text[i]!);
    if (step === 'pending') position.advance(text[i]!);
  }
  return step;
}

function started(c: string): { tokenizer: JsonTokenizer; position: TextPosition } {
  const position = new TextPosition();
  const tokenizer = new JsonTokenizer(position);
  expect(tokenizer.startValue(c)).toBe(true);
  position.advance(c);
  return { tokenizer, position };
}

describe('JsonTokenizer', () => {
  it('reads a string with every escape, and hands it over once', () => {
    const { tokenizer, position } = started('"');
    expect(tokenizer.kind).toBe('string');
    expect(readString(tokenizer, position, 'a\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"')).toBe('done');
    expect(tokenizer.kind).toBe('none');
    expect(tokenizer.isKey).toBe(false);
    expect(tokenizer.takeValue()).toBe('a"\\/\b\f\n\r\té');
    expect(tokenizer.takeValue()).toBeUndefined();
  });

  it('marks a property name as a key', () => {
    const position = new TextPosition();
    const tokenizer = new JsonTokenizer(position);
    tokenizer.startKey();
    expect(readString(tokenizer, position, 'id"')).toBe('done');
    expect([tokenizer.isKey, tokenizer.takeValue()]).toEqual([true, 'id']);
  });

  it('reports a bad escape and a bad hex digit at the offending character', () => {
    // '"' at column 1, 'a' at 2, '\' at 3, 'x' at 4.
    const bad = started('"');
    expect(readString(bad.tokenizer, bad.position, 'a\\x')).toBe('error');
    expect(bad.tokenizer.error).toEqual({ found: 'x', expected: 'escape', line: 1, column: 4 });
    // '"' 1, '\' 2, 'u' 3, '0' 4, 'g' 5.
    const hex = started('"');
    expect(readString(hex.tokenizer, hex.position, '\\u0g')).toBe('error');
    expect(hex.tokenizer.error).toEqual({ found: 'g', expected: 'hex-digit', line: 1, column: 5 });
  });

  it('refuses a raw control character inside a string', () => {
    const { tokenizer, position } = started('"');
    expect(readString(tokenizer, position, 'ab\n')).toBe('error');
    expect(tokenizer.error).toEqual({ found: '\n', expected: 'string-end', line: 1, column: 4 });
  });

  it('reads numbers, and reports a malformed one whole, at its start', () => {
    const good = started('-');
    for (const c of '12.5e+3') expect(good.tokenizer.appendNumberChar(c)).toBe(true);
    expect(good.tokenizer.appendNumberChar(',')).toBe(false);
    expect(good.tokenizer.finishNumber()).toBe('done');
    expect(good.tokenizer.takeValue()).toBe(-12500);
    const bad = started('0');
    bad.position.advance('0');
    expect(bad.tokenizer.appendNumberChar('1')).toBe(true);
    expect(bad.tokenizer.finishNumber()).toBe('error');
    expect(bad.tokenizer.error).toEqual({ found: '01', expected: 'number', line: 1, column: 1 });
  });

  it('reads the three literals and refuses a misspelt one', () => {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      const { tokenizer } = started(word[0]!);
      const steps = [...word.slice(1)].map((c) => tokenizer.literalChar(c));
      expect(steps.at(-1)).toBe('done');
      expect(tokenizer.takeValue()).toBe(value);
    }
    const { tokenizer } = started('t');
    expect(tokenizer.literalChar('r')).toBe('pending');
    expect(tokenizer.literalChar('i')).toBe('error');
    expect(tokenizer.error).toMatchObject({ found: 'i', expected: 'literal' });
  });

  it('starts no token at a character that begins none', () => {
    const tokenizer = new JsonTokenizer(new TextPosition());
    expect(tokenizer.startValue('x')).toBe(false);
    expect(tokenizer.kind).toBe('none');
  });

  it('says what an input ending inside a token lacks', () => {
    expect(started('"').tokenizer.unfinished()).toBe('string-end');
    const hex = started('"');
    readString(hex.tokenizer, hex.position, '\\u0');
    expect(hex.tokenizer.unfinished()).toBe('hex-digit');
    expect(started('n').tokenizer.unfinished()).toBe('literal');
    expect(new JsonTokenizer(new TextPosition()).unfinished()).toBeUndefined();
  });
});
