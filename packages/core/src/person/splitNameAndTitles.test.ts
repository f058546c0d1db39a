import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitNameAndTitles } from './splitNameAndTitles';

describe('splitNameAndTitles', () => {
  it('splits the forms in the seed articles', () => {
    expect(splitNameAndTitles('H. Adam Ibrahim, SE.,M.SI')).toEqual({
      name: 'Adam Ibrahim',
      honorifics: ['H.'],
      titles: ['S.E.', 'M.Si.'],
      rest: '',
    });
    expect(splitNameAndTitles('Sofyan Hidayat SIK MM')).toMatchObject({
      name: 'Sofyan Hidayat',
      titles: ['S.I.K.', 'M.M.'],
    });
    expect(splitNameAndTitles('Florentus Situngkir, S.IK')).toMatchObject({
      name: 'Florentus Situngkir',
      titles: ['S.I.K.'],
    });
    expect(splitNameAndTitles('Suharno, SH')).toMatchObject({ name: 'Suharno', titles: ['S.H.'] });
  });

  it.each([
    ['Ruri Prastowo, S IK', ['S.I.K.']],
    ['Ruri Prastowo, SIK.MM', ['S.I.K.', 'M.M.']],
    ['Ruri Prastowo, S.H . M.Si', ['S.H.', 'M.Si.']],
    ['Ruri Prastowo, SH.,MH', ['S.H.', 'M.H.']],
    ['Ruri Prastowo, S.I.K, SH, MM, MH', ['S.I.K.', 'S.H.', 'M.M.', 'M.H.']],
    ['Ruri Prastowo, S.IK.M.AP', ['S.I.K.', 'M.A.P.']],
    ['Ruri Prastowo, S.I.K. M.I.K.', ['S.I.K.', 'M.I.K.']],
  ])('reads the glued/spaced titles of %s', (text, titles) => {
    expect(splitNameAndTitles(text)).toEqual({ name: 'Ruri Prastowo', honorifics: [], titles, rest: '' });
  });

  it('stops at the word glued after the last title', () => {
    expect(splitNameAndTitles('Suharno, S.H.melalui')).toEqual({
      name: 'Suharno',
      honorifics: [],
      titles: ['S.H.'],
      rest: 'melalui',
    });
  });

  it('reads pre-nominal titles and honorifics, glued or spaced', () => {
    expect(splitNameAndTitles('Prof. Dr. Dedi Prasetyo')).toMatchObject({
      name: 'Dedi Prasetyo',
      titles: ['Prof.', 'Dr.'],
    });
    expect(splitNameAndTitles('H.Rudi Hartono')).toMatchObject({ name: 'Rudi Hartono', honorifics: ['H.'] });
    expect(splitNameAndTitles('K.H. Ahmad Dahlan')).toMatchObject({ name: 'Ahmad Dahlan', honorifics: ['K.H.'] });
    // Lombok's ulama title (Antara NTB: "tokoh agama TGH Hilman Maududi").
    expect(splitNameAndTitles('TGH Hilman Maududi')).toMatchObject({ name: 'Hilman Maududi', honorifics: ['TGH'] });
    expect(splitNameAndTitles('Drs. H. Arkian Lubis, M.Si.')).toEqual({
      name: 'Arkian Lubis',
      honorifics: ['H.'],
      titles: ['Drs.', 'M.Si.'],
      rest: '',
    });
    // The engineer's title, before the name (held-out corpus 109).
    expect(splitNameAndTitles('Ir. Semuel Siriwa, M.Si')).toEqual({
      name: 'Semuel Siriwa',
      honorifics: [],
      titles: ['Ir.', 'M.Si.'],
      rest: '',
    });
    expect(splitNameAndTitles('Prof. Dr. Ir. Agus Taufik Mulyono')).toMatchObject({
      name: 'Agus Taufik Mulyono',
      titles: ['Prof.', 'Dr.', 'Ir.'],
    });
  });

  it('keeps initials, abbreviated first names and Balinese names whole', () => {
    expect(splitNameAndTitles('A.R. Moh. Ridwan, S.H.').name).toBe('A.R. Moh. Ridwan');
    expect(splitNameAndTitles('I Gusti Ngurah Rai, S.H.').name).toBe('I Gusti Ngurah Rai');
    expect(splitNameAndTitles('Ida Bagus Made').name).toBe('Ida Bagus Made');
  });

  it('returns titles only when there is no name', () => {
    expect(splitNameAndTitles('SIK.MM')).toEqual({ name: '', honorifics: [], titles: ['S.I.K.', 'M.M.'], rest: '' });
  });

  it('never throws; the name is part of the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(text).toContain(splitNameAndTitles(text).name);
      }),
    );
    expect(splitNameAndTitles(`Imam ${'S.H., '.repeat(70_000)}`)).toMatchObject({ name: 'Imam' });
  });
});
