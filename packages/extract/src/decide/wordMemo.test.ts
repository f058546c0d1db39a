import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordMemo } from './wordMemo';

describe('wordMemo', () => {
  it('answers as the function does, working each word out once', () => {
    const asked: string[] = [];
    const place = wordMemo((word: string) => {
      asked.push(word);
      return word === 'Balikpapan' ? 'city' : undefined;
    });
    expect([place('Balikpapan'), place('Prakoso'), place('Balikpapan'), place('Prakoso')]).toEqual([
      'city',
      undefined,
      'city',
      undefined,
    ]);
    // An undefined answer is remembered too.
    expect(asked).toEqual(['Balikpapan', 'Prakoso']);
  });

  it('keeps at most `limit` answers: when full it starts again, still answering right', () => {
    let calls = 0;
    const length = wordMemo((word: string) => {
      calls++;
      return word.length;
    }, 2);
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    // 'ccc' found the memo full and emptied it, so 'a' was worked out again.
    expect(calls).toBe(4);
  });

  it('gives the function’s answer for any sequence of words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (words, limit) => {
          const upper = wordMemo((word: string) => word.toUpperCase(), limit);
          expect(words.map(upper)).toEqual(words.map((word) => word.toUpperCase()));
        },
      ),
    );
  });
});
