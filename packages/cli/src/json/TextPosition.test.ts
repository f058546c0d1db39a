import { describe, expect, it } from 'vitest';
import { TextPosition } from './TextPosition';

describe('TextPosition', () => {
  it('starts at line 1 column 1, counts characters and starts a new line after a line feed', () => {
    const position = new TextPosition();
    expect([position.line, position.column]).toEqual([1, 1]);
    for (const c of 'ab\ncd\r\n') position.advance(c);
    // "ab\n" ends line 1; "cd\r\n" ends line 2 (the carriage return is a character of line 2).
    expect([position.line, position.column]).toEqual([3, 1]);
    position.advance('x');
    position.skip(4);
    expect([position.line, position.column]).toEqual([3, 6]);
  });
});
