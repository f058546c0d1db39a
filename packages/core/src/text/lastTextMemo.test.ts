import { describe, expect, it } from 'vitest';
import { lastTextMemo } from './lastTextMemo';

describe('lastTextMemo', () => {
  it('makes once for the same text in a row, again for another text', () => {
    let made = 0;
    const memo = lastTextMemo((text) => ({ length: text.length, made: ++made }));
    const first = memo('Polres Bone');
    expect(memo('Polres Bone')).toBe(first);
    // An equal string built elsewhere is the same text.
    expect(memo(['Polres', 'Bone'].join(' '))).toBe(first);
    expect(memo('Polsek Tanete').made).toBe(2);
    expect(memo('Polres Bone').made).toBe(3);
  });
});
