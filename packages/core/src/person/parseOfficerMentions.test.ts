import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOfficerMentions } from './parseOfficerMentions';

const seed = (name: string) =>
  readFileSync(new URL(`../../../fixtures/test/articles/${name}`, import.meta.url), 'utf8');

const written = (text: string) => parseOfficerMentions(text).map((m) => text.slice(m.start, m.end));

describe('parseOfficerMentions — spans', () => {
  it('000: each mention as written, position and unit before the rank', () => {
    expect(written(seed('000_ab81f7aa4f2ae994.txt'))).toEqual([
      'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi',
      'Direktur Binmas Polda Sumsel, Kombes Pol Sofyan Hidayat SIK MM',
      'Wadir Binmas Polda Sumsel, AKBP Imam Tarmudi',
      'AKBP Imam',
      'AKBP Imam Tarmudi',
    ]);
  });

  it('001 and 002: the Kapolres, the Kabid Humas and the Direktur Binmas', () => {
    expect(written(seed('001_4a21f054e10a368d.txt'))).toEqual([
      'Kapolres Lampung Selatan, AKBP Yusriandi Yusrin',
      'Kabid Humas Polda Lampung, Kombes Pol Umi Fadilah Astutik',
    ]);
    expect(written(seed('002_cc191cb9d5383a99.txt'))).toEqual([
      'Direktur Binmas Polda Kaltim, Kombes Pol Anggie Yulianto',
    ]);
  });

  it('003: the position after the name is part of the mention', () => {
    expect(written(seed('003_9085897592665ff4.txt'))).toEqual([
      'AKBP Ferly Rosa Putra, SIK Kapolres Banyuasin',
      'AKBP Ferly',
    ]);
  });

  it('004: "selaku Kapolsek", and two officers joined by "melakui"', () => {
    expect(written(seed('004_b6255de1fb23a302.txt'))).toEqual([
      'Ipda Suharno, SH selaku Kapolsek',
      'Kapolres BS AKBP Florentus Situngkir, S.IK',
      'Kapolsek Kedurang Ipda Suharno, SH',
    ]);
  });

  it("keeps a title's closing dot, not the sentence's", () => {
    expect(written('Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. hadir')).toEqual([
      'Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K.',
    ]);
    expect(written('ujar AKBP Imam Tarmudi. Kegiatan')).toEqual(['AKBP Imam Tarmudi']);
  });

  it('covers the name before the rank and the prefixes of the position', () => {
    expect(written('hadir Sofyan Hidayat, S.I.K., Kombes Pol dan')).toEqual(['Sofyan Hidayat, S.I.K., Kombes Pol']);
    expect(written('oleh mantan Kapolres Banyuasin AKBP Ruri Prastowo')).toEqual([
      'mantan Kapolres Banyuasin AKBP Ruri Prastowo',
    ]);
    expect(written('oleh Plt. Kapolsek Kedurang Iptu Budi')).toEqual(['Plt. Kapolsek Kedurang Iptu Budi']);
  });
});

describe('parseOfficerMentions — safety', () => {
  const pieces = fc.constantFrom(
    'Kapolres',
    'Kapolsek',
    'AKBP',
    'Kombes',
    'Pol.',
    ',',
    '.',
    ' ',
    'S.I.K',
    'S.H.',
    'H.',
    'selaku',
    'melalui',
    'mantan',
    'Plt.',
    'Imam',
    'Banyuasin',
    'Polda',
    'Desa',
    'Bhabinkamtibmas',
    'I',
    '(',
    '"',
  );
  const arbitrary = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join(' ')),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join('')),
  );

  it('never throws; spans are in range, in order and do not overlap', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        let previous = 0;
        for (const mention of parseOfficerMentions(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previous);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          // The name is written inside the mention.
          expect(text.slice(mention.start, mention.end)).toContain(mention.name);
          previous = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
