import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiateLocale';

describe('negotiateLocale', () => {
  it('answers the supported language the header weighs highest', () => {
    // What browsers send: a regional tag first, then the bare language, with falling q values.
    expect(negotiateLocale('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
    expect(negotiateLocale('en-US,en;q=0.9,id;q=0.8')).toBe('en');
    // Order does not matter, weight does: id at 0.9 beats en at 0.8 although en comes first.
    expect(negotiateLocale('en;q=0.8, id;q=0.9')).toBe('id');
    // Unsupported languages are skipped to reach a supported one.
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8, id;q=0.7')).toBe('en');
    // Equal weights: the first listed wins.
    expect(negotiateLocale('en, id')).toBe('en');
    expect(negotiateLocale('id, en')).toBe('id');
    // 'in' is the withdrawn code for Indonesian that some systems still send.
    expect(negotiateLocale('in-ID')).toBe('id');
    expect(negotiateLocale('EN_gb')).toBe('en');
  });

  it('falls back to English for other languages and to Indonesian when nothing is said', () => {
    expect(negotiateLocale('ja-JP')).toBe('en');
    expect(negotiateLocale('ja, *;q=0.5')).toBe('en');
    expect(negotiateLocale('ms-MY,ms;q=0.9')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('id');
    expect(negotiateLocale(null)).toBe('id');
    expect(negotiateLocale('')).toBe('id');
    expect(negotiateLocale('*')).toBe('id');
  });

  it('ignores refused (q=0) and malformed entries', () => {
    expect(negotiateLocale('id;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLocale('id;q=2, en;q=0.5')).toBe('en');
    expect(negotiateLocale('id;q=abc, en')).toBe('en');
    expect(negotiateLocale(',,;;, en-AU ;q=0.3')).toBe('en');
  });

  it('never throws and stays fast on hostile headers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (header) => {
        expect(['id', 'en']).toContain(negotiateLocale(header));
      }),
    );
    const started = performance.now();
    // Only the first 4096 characters are read: a header of 400 kB costs no more than a short one.
    expect(negotiateLocale(`${'x;q=0.1,'.repeat(50_000)}id`)).toBe('en');
    expect(negotiateLocale(`${';'.repeat(400_000)}`)).toBe('id');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
