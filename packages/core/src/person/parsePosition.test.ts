import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSITION_CODES } from '../data/positionCodes';
import { POSITIONS } from '../data/positions';
import { parsePosition } from './parsePosition';

describe('parsePosition — the grammar of head words × functions', () => {
  it.each([
    ['Kasat Reskrim Polres Kampar', 'Kasat Reskrim'],
    ['Kasatreskrim', 'Kasatreskrim'],
    ['Ka SPKT III Polsek Kediri', 'Ka SPKT III'],
    ['Ba Propam', 'Ba Propam'],
    ['Kasubsipenmas', 'Kasubsipenmas'],
    ['Dirlantas Polda Jambi', 'Dirlantas'],
  ])('%s → %s, without a code', (written, title) => {
    expect(parsePosition(written)).toEqual({ text: title, former: false });
  });

  it('keeps the code of a title the list knows, and the acting prefix', () => {
    expect(parsePosition('Plt. Kasi Propam')).toEqual({ text: 'Kasi Propam', former: false, acting: 'plt' });
    expect(parsePosition('Kasat Intel')).toEqual({ code: 'kasat-intelkam', text: 'Kasat Intel', former: false });
  });
});

describe('parsePosition', () => {
  it.each([
    // Spacing variants from polri.md §8 gotcha 6 and the seed articles.
    ['Kapolres', 'kapolres', 'Kapolres'],
    ['Dir Binmas', 'dirbinmas', 'Dir Binmas'],
    ['Dirbinmas', 'dirbinmas', 'Dirbinmas'],
    ['Direktur Binmas', 'dirbinmas', 'Direktur Binmas'],
    ['Wadir Binmas', 'wadirbinmas', 'Wadir Binmas'],
    ['Wadirbinmas', 'wadirbinmas', 'Wadirbinmas'],
    ['Kasat Binmas', 'kasat-binmas', 'Kasat Binmas'],
    ['Kasi Humas', 'kasi-humas', 'Kasi Humas'],
    ['Sie Humas', undefined, 'Sie Humas'],
    ['Kasie Humas', 'kasi-humas', 'Kasie Humas'],
    ['Kabid Humas', 'kabid-humas', 'Kabid Humas'],
    ['Kakorbinmas', 'kakorbinmas', 'Kakorbinmas'],
    ['Bhabinkamtibmas', 'bhabinkamtibmas', 'Bhabinkamtibmas'],
    ['Babinkamtibmas', 'bhabinkamtibmas', 'Babinkamtibmas'],
    ['Waka Polres', 'wakapolres', 'Waka Polres'],
    ['Kapoldasu', 'kapolda', 'Kapoldasu'],
    ['Kapolres Metro', 'kapolres-metro', 'Kapolres Metro'],
    ['Kapolrestabes', 'kapolrestabes', 'Kapolrestabes'],
    ['Wabup', 'wakil-bupati', 'Wabup'],
    ['Kades', 'kepala-desa', 'Kades'],
    ['Kepala Badan Kesbangpol', 'kepala-kesbangpol', 'Kepala Badan Kesbangpol'],
    ['Ketua KPU', 'ketua-kpu', 'Ketua KPU'],
    ['Babinsa', 'babinsa', 'Babinsa'],
    ['KAPOLSEK', 'kapolsek', 'KAPOLSEK'],
  ] as const)('reads %s', (text, code, written) => {
    const position = parsePosition(text);
    expect(position?.code).toBe(code);
    expect(position?.text).toBe(written);
    expect(position?.former).toBe(false);
    expect(position?.acting).toBeUndefined();
  });

  it('reads acting prefixes (Pj., Plt., Plh., Ps.) and their long forms', () => {
    expect(parsePosition('Pj. Bupati')).toEqual({ code: 'bupati', text: 'Bupati', acting: 'pj', former: false });
    expect(parsePosition('Pj Bupati Banyuasin')).toMatchObject({ code: 'bupati', acting: 'pj' });
    expect(parsePosition('Plt. Kapolres')).toMatchObject({ code: 'kapolres', acting: 'plt' });
    expect(parsePosition('Plh Kasat Binmas')).toMatchObject({ code: 'kasat-binmas', acting: 'plh' });
    expect(parsePosition('Ps. Kanit Binmas')).toMatchObject({ code: 'kanit-binmas', acting: 'ps' });
    expect(parsePosition('Pelaksana Tugas Kapolsek')).toMatchObject({ code: 'kapolsek', acting: 'plt' });
    expect(parsePosition('Penjabat Wali Kota')).toMatchObject({ code: 'wali-kota', acting: 'pj' });
  });

  it('reads "mantan" and "eks", alone or with an acting prefix', () => {
    // Seed article 001: "tandas mantan Kapolres Metro tersebut".
    expect(parsePosition('mantan Kapolres Metro')).toEqual({
      code: 'kapolres-metro',
      text: 'Kapolres Metro',
      former: true,
    });
    expect(parsePosition('eks Kapolda')).toMatchObject({ code: 'kapolda', former: true });
    expect(parsePosition('mantan Plt. Kapolres')).toMatchObject({ code: 'kapolres', former: true, acting: 'plt' });
  });

  it('leaves the unit out of a known position and keeps an unknown one as written', () => {
    expect(parsePosition('Wadir Binmas Polda Sumsel')).toEqual({
      code: 'wadirbinmas',
      text: 'Wadir Binmas',
      former: false,
    });
    expect(parsePosition('Ketua Panitia')).toEqual({ text: 'Ketua Panitia', former: false });
    expect(parsePosition('Plt. Ketua Panitia')).toEqual({ text: 'Ketua Panitia', acting: 'plt', former: false });
  });

  it('reads every name, abbreviation and alias of every position', () => {
    for (const code of POSITION_CODES) {
      const position = POSITIONS[code];
      for (const form of [position.name, position.abbreviation, ...position.aliases]) {
        expect(parsePosition(form)?.code, form).toBe(code);
      }
    }
  });

  it('returns undefined for text without words', () => {
    expect(parsePosition('')).toBeUndefined();
    expect(parsePosition(' .,; ')).toBeUndefined();
    expect(parsePosition('mantan')).toBeUndefined();
  });

  it('never throws, and a found text is part of the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const position = parsePosition(text);
        if (position !== undefined) expect(text).toContain(position.text);
      }),
    );
  });

  it('handles a 400 kB adversarial string', () => {
    expect(parsePosition('Pj. '.repeat(100_000))).toBeUndefined();
  });
});
