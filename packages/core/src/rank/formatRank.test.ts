import { describe, expect, it } from 'vitest';
import { formatRank } from './formatRank';

describe('formatRank', () => {
  it('writes the abbreviation by default, as polri.md §1 lists it', () => {
    expect(formatRank('KOMBES')).toBe('Kombes Pol');
    expect(formatRank('AKBP')).toBe('AKBP');
    expect(formatRank('BRIGJEN', 'abbreviated')).toBe('Brigjen Pol');
    expect(formatRank('IPTU', 'abbreviated')).toBe('Iptu');
  });

  it('writes the official name', () => {
    expect(formatRank('KOMBES', 'full')).toBe('Komisaris Besar Polisi');
    expect(formatRank('BRIPKA', 'full')).toBe('Brigadir Polisi Kepala');
    expect(formatRank('BHARADA', 'full')).toBe('Bhayangkara Dua');
  });

  it('writes the English name of the sources', () => {
    expect(formatRank('KOMBES', 'english')).toBe('Police Grand Commissioner');
    expect(formatRank('IRJEN', 'english')).toBe('Police Inspector General');
    expect(formatRank('JENDERAL', 'english')).toBe('Police General');
  });
});
