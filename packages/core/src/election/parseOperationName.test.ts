import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOperationName } from './parseOperationName';

describe('parseOperationName', () => {
  it('reads the seed article spelling "Ops Mantab Praja Mahakam 2024"', () => {
    const mention = parseOperationName('personel Polda Kaltim yang bertugas dalam Ops Mantab Praja Mahakam 2024.');
    expect(mention).toMatchObject({
      family: 'mantap-praja',
      codename: 'Mahakam',
      years: '2024',
      displayName: 'Operasi Mantap Praja Mahakam 2024',
    });
    expect(mention?.operation?.id).toBe('mantap-praja-mahakam-2024');
    expect(mention?.operation?.start).toBe('2024-08-26');
  });

  it.each([
    ['Operasi Mantap Brata 2023-2024', 'mantap-brata-2023-2024', 'Operasi Mantap Brata 2023-2024'],
    ['OPS MANTAP BRATA', 'mantap-brata-2023-2024', 'Operasi Mantap Brata'],
    ['ops mantab brata 2024', 'mantap-brata-2023-2024', 'Operasi Mantap Brata 2024'],
    ['Operasi Mantap Brata Candi 2023/2024', 'mantap-brata-candi-2023-2024', 'Operasi Mantap Brata Candi 2023-2024'],
    ['Operasi Mantap Praja Jaya 2024', 'mantap-praja-jaya-2024', 'Operasi Mantap Praja Jaya 2024'],
    ['Ops Mantap Praja Semeru', 'mantap-praja-semeru-2024', 'Operasi Mantap Praja Semeru'],
    ['Ops Mantap Praja Seulawah-2024', 'mantap-praja-seulawah-2024', 'Operasi Mantap Praja Seulawah 2024'],
    ['Operasi Mantap Praja Lancang Kuning', 'mantap-praja-lancang-kuning-2024', 'Operasi Mantap Praja Lancang Kuning'],
    [
      'Operasi Nusantara Cooling System 2023-2024',
      'nusantara-cooling-system-2023-2024',
      'Operasi Nusantara Cooling System 2023-2024',
    ],
  ])('%s', (text, id, displayName) => {
    const mention = parseOperationName(text);
    expect(mention?.displayName).toBe(displayName);
    expect(mention?.operation?.id).toBe(id);
  });

  it('keeps a mention without a known operation when none fits', () => {
    // Mantap Praja Mahakam also ran in 2020 (elections.md §5b), but the table has only 2024.
    const old = parseOperationName('Operasi Mantap Praja Mahakam 2020');
    expect(old).toMatchObject({ family: 'mantap-praja', codename: 'Mahakam', years: '2020' });
    expect(old?.operation).toBeUndefined();
    // A bare "Mantap Praja" names the per-Polda family, not one operation.
    const bare = parseOperationName('Operasi Mantap Praja 2024 di wilayah hukum Polres');
    expect(bare).toMatchObject({ family: 'mantap-praja', years: '2024' });
    expect(bare?.codename).toBeUndefined();
    expect(bare?.operation).toBeUndefined();
  });

  it('rejects other operations and non-names', () => {
    expect(parseOperationName('Operasi Ketupat Mahakam 2023')).toBeUndefined();
    expect(parseOperationName('mantap sekali praja')).toBeUndefined();
    expect(parseOperationName('')).toBeUndefined();
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const mention = parseOperationName(text);
        if (mention !== undefined) expect(mention.displayName.startsWith('Operasi ')).toBe(true);
      }),
    );
  });

  it('handles a 400 kB adversarial string', () => {
    const text = `${'Ops Mantab '.repeat(40_000)}Praja Mahakam 2024`;
    expect(text.length).toBeGreaterThan(400_000);
    expect(parseOperationName(text)?.operation?.id).toBe('mantap-praja-mahakam-2024');
    expect(parseOperationName('mantap '.repeat(60_000))).toBeUndefined();
  });
});
