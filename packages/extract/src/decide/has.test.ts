import { describe, expect, it } from 'vitest';
import { PLACE_MARKERS } from '../data/officialTitles';
import { has } from './has';

describe('has', () => {
  it('tells the words of a list from others, as the list writes them', () => {
    expect([
      has(PLACE_MARKERS, 'kota'),
      has(PLACE_MARKERS, 'kab.'),
      has(PLACE_MARKERS, 'Kota'),
      has(PLACE_MARKERS, 'kot'),
    ]).toEqual([true, true, false, false]);
  });
});
