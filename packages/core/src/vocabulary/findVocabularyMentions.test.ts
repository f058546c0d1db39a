import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../data/eventKinds';
import { PARTICIPANT_GROUPS } from '../data/participantGroups';
import { TOPICS } from '../data/topics';
import type { VocabularyEntry } from '../model/vocabulary';
import { findVocabularyCodes } from './findVocabularyCodes';
import { findVocabularyMentions } from './findVocabularyMentions';

/** The three vocabularies, typed alike so one loop can read them all. */
const VOCABULARIES: readonly Readonly<Record<string, VocabularyEntry>>[] = [EVENT_KINDS, PARTICIPANT_GROUPS, TOPICS];

const asWritten = (text: string, vocabulary: Readonly<Record<string, VocabularyEntry>>) =>
  findVocabularyMentions(vocabulary, text).map((m) => [m.code, text.slice(m.start, m.end)]);

describe('findVocabularyMentions', () => {
  it('finds every occurrence with the words as written', () => {
    const text = 'FGD bersama Tokoh Agama, lalu doa bersama dengan tokoh-agama desa';
    expect(asWritten(text, PARTICIPANT_GROUPS)).toEqual([
      ['tokoh-agama', 'Tokoh Agama'],
      ['tokoh-agama', 'tokoh-agama'],
    ]);
    expect(asWritten(text, EVENT_KINDS)).toEqual([
      ['fgd', 'FGD'],
      ['doa-bersama', 'doa bersama'],
    ]);
  });

  it('keeps the longest alias and spans punctuation and spacing inside it', () => {
    const text = 'kegiatan Focus-Group   Discussion (FGD) dan Bimbingan dan Penyuluhan.';
    expect(asWritten(text, EVENT_KINDS)).toEqual([
      ['fgd', 'Focus-Group   Discussion'],
      ['fgd', 'FGD'],
      ['bimbingan-penyuluhan', 'Bimbingan dan Penyuluhan'],
    ]);
  });

  it('matches accented, decomposed and apostrophe-broken words and still points at them', () => {
    // "hoaks" written with a combining acute on the a (decomposed) and with a precomposed á.
    const text = 'Waspada hoa\u0301ks dan HOÁKS di desa';
    const found = findVocabularyMentions(TOPICS, text);
    expect(found.map((m) => m.code)).toEqual(['hoaks', 'hoaks']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['hoa\u0301ks', 'HOÁKS']);
  });

  it('gives the codes findVocabularyCodes gives, in the same order of first appearance', () => {
    const seed = readFileSync(join(__dirname, '../../../fixtures/test/articles/001_4a21f054e10a368d.txt'), 'utf8');
    for (const vocabulary of VOCABULARIES) {
      const distinct = [...new Set(findVocabularyMentions(vocabulary, seed).map((m) => m.code))];
      expect(distinct).toEqual(findVocabularyCodes(vocabulary, seed));
      expect(distinct.length).toBeGreaterThan(0);
    }
  });

  it('finds the phrases of a vocabulary first used on a text already read for another', () => {
    const text = 'Warga menggelar zebrakross malam di pos';
    expect(findVocabularyMentions(EVENT_KINDS, text)).toEqual([]);
    const fresh: Readonly<Record<string, VocabularyEntry>> = {
      zebra: {
        label: { id: 'Zebra', en: 'Zebra' },
        description: { id: 'Uji', en: 'Test' },
        aliases: ['zebrakross malam'],
      },
    };
    // "Warga menggelar " is 16 characters.
    expect(findVocabularyMentions(fresh, text)).toEqual([{ code: 'zebra', start: 16, end: 32 }]);
  });

  it('answers [] for text that is not a string', () => {
    expect(findVocabularyMentions(TOPICS, 42 as never)).toEqual([]);
    expect(findVocabularyMentions(TOPICS, undefined as never)).toEqual([]);
  });

  it('never throws; spans are in range, ordered, non-overlapping and re-read as the same code', () => {
    const words = fc.constantFrom(
      'tokoh',
      'agama',
      'Tokoh-Agama',
      'doa',
      'bersama',
      'hoaks',
      'FGD',
      'pemuda',
      '´',
      '\u0301',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const vocabulary of VOCABULARIES) {
          let last = 0;
          for (const m of findVocabularyMentions(vocabulary, t)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(t.length);
            expect(findVocabularyCodes(vocabulary, t.slice(m.start, m.end))).toEqual([m.code]);
            last = m.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 400 kB article of near-misses', () => {
    const text = 'tokoh tokoh-agam doa bersam '.repeat(15_000);
    expect(text.length).toBeGreaterThan(400_000);
    const started = performance.now();
    expect(findVocabularyMentions(PARTICIPANT_GROUPS, text)).toEqual([]);
    // Generous: linear work on 400 kB is a few tens of milliseconds; backtracking would be minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
