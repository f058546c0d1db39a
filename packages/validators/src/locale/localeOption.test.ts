import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';
import { validateEvent } from '../validate/validateEvent';

// A payload with one missing field: its message shows which table answered.
const noTitle = {
  id: 'dialog-x',
  kinds: ['dialog'],
  datePrecision: 'unknown',
  organizerIds: [],
  participants: [],
  participantGroups: [],
  topics: [],
  sources: [{ publisher: 'X' }],
};
const english = 'title: required field is missing (string).';
const indonesian = 'title: kolom wajib belum diisi (string).';

function messageOf(locale: unknown) {
  const result = validateEvent(noTitle, { locale } as never);
  return { message: result.ok ? undefined : result.issues[0]?.message, fallback: result.localeFallback };
}

describe('the locale option takes BCP 47 tags', () => {
  it('maps regional and differently written tags to their language', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'en_AU', 'EN-us', 'en-Latn-US'])
      expect(messageOf(tag)).toEqual({ message: english, fallback: undefined });
    for (const tag of ['id', 'id-ID', 'ID', 'in', 'in-ID'])
      expect(messageOf(tag)).toEqual({ message: indonesian, fallback: undefined });
  });

  it('answers in Indonesian, the default, when no locale is given', () => {
    expect(messageOf(undefined)).toEqual({ message: indonesian, fallback: undefined });
    expect(validateEvent(noTitle)).not.toHaveProperty('localeFallback');
  });

  it('answers an unsupported tag in English and says so on the result', () => {
    expect(messageOf('fr-FR')).toEqual({ message: english, fallback: { requested: 'fr-FR', used: 'en' } });
    expect(messageOf('ms')).toEqual({ message: english, fallback: { requested: 'ms', used: 'en' } });
    expect(messageOf(42)).toEqual({ message: english, fallback: { requested: '(number)', used: 'en' } });
    const valid = validateDataset({ units: [], organizations: [], people: [], events: [] }, { locale: 'de-DE' });
    expect(valid).toEqual({
      ok: true,
      value: valid.ok ? valid.value : undefined,
      advisories: [],
      localeFallback: { requested: 'de-DE', used: 'en' },
    });
  });

  it('never lets a hostile option escape', () => {
    const options = {
      get locale(): string {
        throw new Error('boom');
      },
    };
    const result = validateEvent(noTitle, options);
    expect(result.ok).toBe(false);
    expect(result.localeFallback).toEqual({ requested: '(unreadable)', used: 'en' });
  });
});
