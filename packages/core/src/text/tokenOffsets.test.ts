import { describe, expect, it } from 'vitest';
import { TokenOffsets } from './tokenOffsets';

/** Every character of a text is a token; counts how often a token object is made. */
class Chars extends TokenOffsets<{ text: string; tag: number }> {
  made = 0;
  constructor(private readonly text: string) {
    super(3, text.length); // a ring of 4
    for (let i = 0; i < text.length; i++) this.push(i, i + 1, i % 256);
  }
  protected make(start: number, end: number, tag: number) {
    this.made++;
    return { text: this.text.slice(start, end), tag };
  }
}

describe('TokenOffsets', () => {
  it('keeps every token recorded, past its first capacity', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(40);
    const chars = new Chars(text);
    expect(chars.length).toBe(1040);
    for (const i of [0, 15, 16, 17, 300, 1039]) expect(chars.get(i)).toEqual({ text: text[i], tag: i % 256 });
  });

  it('keeps every token of a long text (a typed array grown by doubling)', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(800);
    const chars = new Chars(text);
    expect(chars.length).toBe(20_800);
    for (const i of [0, 2047, 2048, 4096, 20_799]) expect(chars.get(i)).toEqual({ text: text[i], tag: i % 256 });
    expect(chars.get(20_800)).toBeUndefined();
  });

  it('gives undefined outside the list', () => {
    const chars = new Chars('ab');
    expect(chars.get(-1)).toBeUndefined();
    expect(chars.get(2)).toBeUndefined();
    expect(new Chars('').length).toBe(0);
  });

  it('makes a token once while it is in the ring, and again (equal) after it has left', () => {
    const chars = new Chars('abcdefgh');
    const first = chars.get(1);
    expect(chars.get(1)).toBe(first);
    expect(chars.made).toBe(1);
    for (let i = 2; i <= 5; i++) chars.get(i); // index 5 takes the slot of index 1
    expect(chars.made).toBe(5);
    const again = chars.get(1);
    expect(chars.made).toBe(6);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("gives every token's start, end and tag side by side, in a short text and a long one", () => {
    for (const text of ['abc', 'abcdefghijklmnopqrstuvwxyz'.repeat(100)]) {
      const slots = new Chars(text).offsetSlots();
      for (const i of [0, 1, text.length - 1]) {
        expect([slots[3 * i], slots[3 * i + 1], slots[3 * i + 2]]).toEqual([i, i + 1, i % 256]);
      }
    }
  });
});
